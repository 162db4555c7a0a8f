/**
 * Checks for GEXF files: validity against the official GEXF 1.3 RELAX NG schema (kept in
 * test/fixtures/gexf/1.3 with its licence, validated with xmllint-wasm), and what the schema
 * cannot say: every edge's ends exist, ids are unique, no interval ends before it starts, the
 * spells of one element (and the values of one dynamic attribute) do not overlap, every time
 * matches the graph's timeformat, and attribute values are declared and of their type.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { expect } from "vitest";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = fileURLToPath(new URL("../fixtures/gexf/1.3/", import.meta.url));
let schemaFiles: { fileName: string; contents: string }[] | undefined;
const schema = () => (schemaFiles ??= ["gexf.rng", "dynamics.rng", "viz.rng"].map((fileName) => ({ fileName, contents: readFileSync(SCHEMA_DIR + fileName, "utf8") })));

/** What xmllint says is wrong with the file against the GEXF 1.3 RELAX NG schema; [] when valid. */
export async function schemaProblems(xml: string): Promise<string[]> {
  const [main, ...included] = schema();
  const result = await validateXML({ xml: [{ fileName: "export.gexf", contents: xml }], schema: [main], preload: included, extension: "relaxng", maxMemoryPages: 16384 });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

const TIME_FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  dateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  integer: /^-?\d+$/,
  double: /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/,
};
const VALUE_TYPES: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  long: /^-?\d+$/,
  double: /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^(-?INF|NaN)$/,
  float: /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^(-?INF|NaN)$/,
  boolean: /^(true|false)$/,
};

const elements = (parent: Element, name: string): Element[] => {
  const found: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) found.push(n as Element);
  return found;
};
const name = (el: Element) => `<${el.localName}${el.hasAttribute("id") ? ` id="${el.getAttribute("id")}"` : el.hasAttribute("for") ? ` for="${el.getAttribute("for")}"` : ""}>`;

interface Interval {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The problems the schema cannot see, each naming the element; [] when there are none. */
export function gexfProblems(xml: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && problems.push(`not well-formed: ${message}`)) }).parseFromString(xml, "text/xml");
  const graph = doc.documentElement && elements(doc.documentElement, "graph")[0];
  if (!graph) return [...problems, "there is no <graph>"];
  const timeformat = graph.getAttribute("timeformat") || "double";
  const timePattern = TIME_FORMATS[timeformat];
  if (!timePattern) problems.push(`<graph>: unknown timeformat "${timeformat}"`);

  const toNumber = (text: string) => (timeformat.startsWith("date") ? Date.parse(text) : Number(text));
  /** An element's own interval (start/end or timestamp), checked; undefined when it has no time. */
  const interval = (el: Element): Interval | undefined => {
    const bounds = ["start", "end", "timestamp"].filter((a) => el.hasAttribute(a));
    for (const a of bounds) {
      const text = el.getAttribute(a)!;
      if (timePattern && !timePattern.test(text)) problems.push(`${name(el)}: ${a}="${text}" does not match timeformat="${timeformat}"`);
      else if (Number.isNaN(toNumber(text)) || (timeformat === "date" && new Date(Date.parse(text)).toISOString().slice(0, 10) !== text)) problems.push(`${name(el)}: ${a}="${text}" is not a real ${timeformat}`);
    }
    if (!bounds.length) return undefined;
    const at = el.getAttribute("timestamp");
    const [start, end] = at ? [at, at] : [el.getAttribute("start"), el.getAttribute("end")];
    const from = start ? toNumber(start) : -Infinity;
    const to = end ? toNumber(end) : Infinity;
    if (from > to) problems.push(`${name(el)}: start ${start} is after end ${end}`);
    return { from, to, text: `${start ?? "-∞"}..${end ?? "+∞"}` };
  };
  const noOverlaps = (owner: Element, what: string, intervals: Interval[]) => {
    const sorted = [...intervals].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i].from <= sorted[i - 1].to) problems.push(`${name(owner)}: ${what} ${sorted[i - 1].text} and ${sorted[i].text} overlap`);
  };
  interval(graph);

  const declared = { node: new Map<string, { type: string; dynamic: boolean }>(), edge: new Map<string, { type: string; dynamic: boolean }>() };
  for (const block of elements(graph, "attributes")) {
    const of = block.getAttribute("class") as "node" | "edge";
    for (const a of elements(block, "attribute")) {
      const id = a.getAttribute("id") ?? "";
      if (declared[of]?.has(id)) problems.push(`<attribute id="${id}">: declared twice for ${of}s`);
      declared[of]?.set(id, { type: a.getAttribute("type") ?? "string", dynamic: block.getAttribute("mode") === "dynamic" });
    }
  }

  const checkElement = (el: Element, of: "node" | "edge") => {
    const own = interval(el);
    const spellsBlock = elements(el, "spells")[0];
    const spells = spellsBlock ? elements(spellsBlock, "spell").map(interval).filter((s): s is Interval => !!s) : [];
    if (own && spellsBlock) problems.push(`${name(el)}: has both its own start/end and <spells>; Gephi ignores one`);
    noOverlaps(el, "spells", spells);
    const lifetime = spellsBlock ? spells : own ? [own] : [];
    const byAttribute = new Map<string, Interval[]>();
    for (const block of elements(el, "attvalues"))
      for (const v of elements(block, "attvalue")) {
        const key = v.getAttribute("for") ?? "";
        const attribute = declared[of].get(key);
        const value = v.getAttribute("value") ?? "";
        if (!attribute) problems.push(`${name(el)}: attvalue for "${key}", which no ${of} attribute declares`);
        else if (VALUE_TYPES[attribute.type] && !VALUE_TYPES[attribute.type].test(value)) problems.push(`${name(el)}: "${key}" = "${value}" is not a ${attribute.type}`);
        const time = interval(v);
        if (time && attribute && !attribute.dynamic) problems.push(`${name(el)}: "${key}" has a time, but its attribute is static`);
        if (time && lifetime.length && !lifetime.some((s) => s.from <= time.from && time.to <= s.to)) problems.push(`${name(el)}: the value of "${key}" over ${time.text} lies outside the element's time`);
        const list = byAttribute.get(key) ?? [];
        list.push(time ?? { from: -Infinity, to: Infinity, text: "always" });
        byAttribute.set(key, list);
      }
    for (const [key, intervals] of byAttribute) noOverlaps(el, `values of "${key}"`, intervals);
  };

  const nodeIds = new Set<string>();
  for (const nodes of elements(graph, "nodes"))
    for (const node of elements(nodes, "node")) {
      const id = node.getAttribute("id") ?? "";
      if (nodeIds.has(id)) problems.push(`<node id="${id}">: the id is used twice`);
      nodeIds.add(id);
      checkElement(node, "node");
    }
  const edgeIds = new Set<string>();
  for (const edges of elements(graph, "edges"))
    for (const edge of elements(edges, "edge")) {
      const id = edge.getAttribute("id");
      if (id !== null && edgeIds.has(id)) problems.push(`<edge id="${id}">: the id is used twice`);
      if (id !== null) edgeIds.add(id);
      for (const end of ["source", "target"]) if (!nodeIds.has(edge.getAttribute(end) ?? "")) problems.push(`${name(edge)}: its ${end} "${edge.getAttribute(end)}" is not a node`);
      checkElement(edge, "edge");
    }
  return problems;
}

/** Asserts that a file is valid against the schema and passes every other check. */
export async function expectValidGexf(xml: string): Promise<void> {
  expect(await schemaProblems(xml), "GEXF 1.3 RELAX NG schema").toEqual([]);
  expect(gexfProblems(xml), "checks beyond the schema").toEqual([]);
}
