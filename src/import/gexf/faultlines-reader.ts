/**
 * Reads back the GEXF files this tool writes (export/gexf.ts), in either mode: the actors with
 * their kinds, aliases, lifetimes and dated changes, and the relations with their types (and
 * the types' timing), directions, confidence, evidence ids and periods, rebuilt from the EDTF
 * text each spell carries. What the writer derives from the dates (possible and certain days,
 * certainty in a slice, the kind at the time) is not read: it follows from what is. Parses
 * with @xmldom/xmldom, which runs in Node and the browser. Strict where the general importer
 * (import-gexf.ts) is lenient: it is tolerant only of what Gephi changes on a round trip
 * (attribute ids matched by id or title in any case, spells instead of start/end, missing
 * optional values) and fails with a GexfReadError naming the element and the problem otherwise;
 * when it refuses a file, import-gexf.ts reads it as any GEXF.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { DateError, parsePartialDate, parsePeriod, type Period } from "../../model/dates";
import { CONFIDENCE_LEVELS, type Actor, type ActorChange, type Confidence, type Relation, type Timing } from "../../model/types";
import { attr, child, children } from "./dom";
import { decodeList, DYNAMIC_EDGE_COLUMNS, EDGE_COLUMNS, GexfReadError, NODE_COLUMNS, reverseTwins, SNAPSHOT_EDGE_COLUMNS, type GexfColumn } from "./format";

export { decodeList, GexfReadError };

/** An actor as the file gives it: the same fields as the model's. */
export type GexfActor = Actor;

/** A relation as the file gives it: its evidence reduced to source ids and a citation. */
export type GexfRelation = Omit<Relation, "evidence"> & {
  /** Ids of the sources the evidence cites. */
  readonly sources: readonly string[];
  readonly family?: string;
  readonly citation?: string;
  /** The relation type's timing, when the file gives it. */
  readonly timing?: Timing;
};

export interface FaultlinesGexf {
  readonly mode: "snapshot" | "dynamic";
  readonly description?: string;
  readonly actors: readonly GexfActor[];
  readonly relations: readonly GexfRelation[];
}

const describe = (el: Element): string => `<${el.localName}${el.hasAttribute("id") ? ` id="${el.getAttribute("id")}"` : ""}>`;

export function readFaultlinesGexf(text: string): FaultlinesGexf {
  let root: Element | null;
  try {
    const doc = new DOMParser({
      // XML 1.0 line ends only: xmldom's default also folds U+0085, U+2028 and U+2029 (XML 1.1).
      normalizeLineEndings: (source) => source.replace(/\r\n?/g, "\n"),
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text, "text/xml");
    root = doc.documentElement;
  } catch (e) {
    throw new GexfReadError("file", `not well-formed XML (${(e as Error).message.split("\n")[0]})`);
  }
  if (!root || root.localName !== "gexf") throw new GexfReadError("file", `the root element is <${root?.localName ?? "nothing"}>, not <gexf>; this is not a GEXF file`);
  const graph = child(root, "graph");
  if (!graph) throw new GexfReadError("<gexf>", "there is no <graph> element");
  const mode = attr(graph, "mode") === "dynamic" ? "dynamic" : "snapshot";
  const columns = { node: new ColumnMap(), edge: new ColumnMap() };
  for (const block of children(graph, "attributes")) {
    const of = attr(block, "class");
    if (of === "node" || of === "edge") for (const a of children(block, "attribute")) columns[of].declare(attr(a, "id") ?? "", attr(a, "title") ?? "");
  }
  const actors = unique(children(child(graph, "nodes") ?? graph, "node").map((n) => readNode(n, columns.node)), "node");
  const ids = new Set(actors.map((a) => a.id));
  const defaultType = attr(graph, "defaultedgetype") ?? "undirected";
  const edges = children(child(graph, "edges") ?? graph, "edge");
  // A mutual relation is written both ways (export/gexf.ts): its way back is not a relation of its own.
  const twins = reverseTwins(edges.map((e) => ({ id: attr(e, "id"), source: attr(e, "source"), target: attr(e, "target") })));
  const relations = unique(edges.filter((_, i) => !twins.has(i)).map((e) => readEdge(e, columns.edge, mode, defaultType, ids)), "edge");
  const meta = child(root, "meta");
  const description = meta && child(meta, "description")?.textContent;
  return { mode, ...(description ? { description } : {}), actors, relations };
}

function unique<T extends { readonly id: string }>(records: T[], element: string): T[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new GexfReadError(`<${element} id="${r.id}">`, `the id is used by two ${element}s`);
    seen.add(r.id);
  }
  return records;
}

/**
 * Which declared attribute id holds which of our columns: the same id, else the same id in
 * another case (Gephi lower-cases column ids), else the same title in any case.
 */
class ColumnMap {
  private readonly declared: { readonly id: string; readonly title: string }[] = [];
  private readonly resolved = new Map<string, string>();
  declare(id: string, title: string): void {
    this.declared.push({ id, title: title.toLowerCase() });
  }
  /** The attribute id the file uses for one of our columns. */
  idOf(column: GexfColumn): string {
    let id = this.resolved.get(column.id);
    if (id === undefined) {
      const lower = column.id.toLowerCase();
      const found =
        this.declared.find((d) => d.id === column.id) ?? this.declared.find((d) => d.id.toLowerCase() === lower) ?? this.declared.find((d) => d.title === column.title.toLowerCase());
      this.resolved.set(column.id, (id = found?.id ?? column.id));
    }
    return id;
  }
}

/** An element's attvalues by attribute id, every value kept (dynamic attributes have several). */
function attvalues(el: Element): Map<string, Element[]> {
  const values = new Map<string, Element[]>();
  for (const block of children(el, "attvalues"))
    for (const v of children(block, "attvalue")) {
      const key = attr(v, "for") ?? attr(v, "id") ?? "";
      const list = values.get(key);
      if (list) list.push(v);
      else values.set(key, [v]);
    }
  return values;
}

class Values {
  private readonly values: Map<string, Element[]>;
  constructor(
    private readonly el: Element,
    private readonly columns: ColumnMap,
  ) {
    this.values = attvalues(el);
  }
  all(column: GexfColumn): Element[] {
    return this.values.get(this.columns.idOf(column)) ?? [];
  }
  optional(column: GexfColumn): string | undefined {
    const v = this.all(column)[0];
    return v ? attr(v, "value") : undefined;
  }
  required(column: GexfColumn): string {
    const value = this.optional(column);
    if (value === undefined || value === "") throw new GexfReadError(describe(this.el), `has no value for "${column.id}" (${column.title})`);
    return value;
  }
  list(column: GexfColumn): string[] {
    const value = this.optional(column);
    return value === undefined ? [] : decodeList(value, `${describe(this.el)} "${column.id}"`);
  }
  period(text: string, what: string): Period {
    try {
      return parsePeriod(text);
    } catch (e) {
      throw new GexfReadError(describe(this.el), `${what} ${JSON.stringify(text)} is not a period this tool reads (${e instanceof DateError ? e.problem : (e as Error).message})`);
    }
  }
}

function readNode(el: Element, columns: ColumnMap): GexfActor {
  const id = attr(el, "id");
  if (!id) throw new GexfReadError("<node>", "a node has no id");
  const values = new Values(el, columns);
  const description = values.optional(NODE_COLUMNS.description);
  const lifetimeText = values.optional(NODE_COLUMNS.lifetime);
  const lifetime = lifetimeText ? values.period(lifetimeText, "the lifetime") : undefined;
  const changesText = values.optional(NODE_COLUMNS.changes);
  const changes = changesText ? readChanges(changesText, describe(el)) : [];
  return {
    id,
    label: attr(el, "label") ?? id,
    kind: values.required(NODE_COLUMNS.kind),
    aliases: values.list(NODE_COLUMNS.aliases),
    ...(description ? { description } : {}),
    ...(lifetime ? { lifetime } : {}),
    ...(changes.length ? { changes } : {}),
  };
}

/** The `changes` value: a JSON array of { from: EDTF, kind?, label?, note? }, in date order. */
function readChanges(text: string, where: string): ActorChange[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new GexfReadError(where, `the changes ${JSON.stringify(text.slice(0, 80))} are not JSON`);
  }
  if (!Array.isArray(raw)) throw new GexfReadError(where, "the changes are not a list");
  const changes: ActorChange[] = [];
  for (const c of raw as unknown[]) {
    const get = (key: string): unknown => (typeof c === "object" && c !== null && Object.hasOwn(c, key) ? (c as Record<string, unknown>)[key] : undefined);
    const [from, kind, label, note] = ["from", "kind", "label", "note"].map(get);
    if (typeof from !== "string") throw new GexfReadError(where, "a change has no date (from)");
    let date;
    try {
      date = parsePartialDate(from);
    } catch (e) {
      throw new GexfReadError(where, `the change's date ${JSON.stringify(from)} is not a date this tool reads (${e instanceof DateError ? e.problem : (e as Error).message})`);
    }
    const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    if (!text(kind) && !text(label)) throw new GexfReadError(where, `the change of ${from} gives neither a kind nor a label`);
    const before = changes[changes.length - 1];
    if (before && date.first <= before.from.last) throw new GexfReadError(where, `the change of ${from} does not come after the one of ${before.from.edtf}`);
    changes.push({ from: date, ...(text(kind) ? { kind: text(kind) } : {}), ...(text(label) ? { label: text(label) } : {}), ...(text(note) ? { note: text(note) } : {}) });
  }
  return changes;
}

function readEdge(el: Element, columns: ColumnMap, mode: "snapshot" | "dynamic", defaultType: string, actors: ReadonlySet<string>): GexfRelation {
  const id = attr(el, "id");
  if (!id) throw new GexfReadError("<edge>", `an edge from "${attr(el, "source")}" to "${attr(el, "target")}" has no id`);
  const ends = ["source", "target"].map((end) => {
    const actor = attr(el, end);
    if (!actor) throw new GexfReadError(describe(el), `has no ${end}`);
    if (!actors.has(actor)) throw new GexfReadError(describe(el), `its ${end} "${actor}" is not a node of the file`);
    return actor;
  });
  const values = new Values(el, columns);
  const type = values.optional(EDGE_COLUMNS.relationType) || attr(el, "kind");
  if (!type) throw new GexfReadError(describe(el), `has no value for "${EDGE_COLUMNS.relationType.id}" (${EDGE_COLUMNS.relationType.title}) and no kind`);
  const confidence = values.required(EDGE_COLUMNS.confidence);
  if (!(CONFIDENCE_LEVELS as readonly string[]).includes(confidence))
    throw new GexfReadError(describe(el), `the confidence "${confidence}" is not one of ${CONFIDENCE_LEVELS.join(", ")}`);
  const edgeType = attr(el, "type") ?? defaultType;
  if (!["directed", "undirected", "mutual"].includes(edgeType)) throw new GexfReadError(describe(el), `the type "${edgeType}" is not directed, undirected or mutual`);
  const family = values.optional(EDGE_COLUMNS.family);
  const citation = values.optional(EDGE_COLUMNS.citation);
  const note = values.optional(EDGE_COLUMNS.note);
  const timing = values.optional(EDGE_COLUMNS.timing);
  if (timing !== undefined && timing !== "event" && timing !== "state") throw new GexfReadError(describe(el), `the timing "${timing}" is neither "event" nor "state"`);
  return {
    id,
    source: ends[0],
    target: ends[1],
    type,
    // Directed one way, unless the relation says it is mutual (written both ways, or as an undirected edge).
    directed: edgeType === "directed" && values.optional(EDGE_COLUMNS.directed) !== "false",
    periods: mode === "dynamic" ? dynamicPeriods(el, values) : values.list(SNAPSHOT_EDGE_COLUMNS.periods).map((p) => values.period(p, "the period")),
    confidence: confidence as Confidence,
    sources: values.list(EDGE_COLUMNS.sources),
    ...(family ? { family } : {}),
    ...(citation ? { citation } : {}),
    ...(note ? { note } : {}),
    ...(timing ? { timing } : {}),
  };
}

/**
 * The periods of a dynamic edge: from the EDTF text each spell carries, or, when a tool has
 * dropped those values, from the spells themselves, as days.
 */
function dynamicPeriods(el: Element, values: Values): Period[] {
  const written = values.all(DYNAMIC_EDGE_COLUMNS.period).map((v) => values.period(attr(v, "value") ?? "", "the period"));
  if (written.length) return written.sort((a, b) => a.first - b.first);
  const spells = child(el, "spells");
  const periods: Period[] = [];
  for (const s of spells ? children(spells, "spell") : [el]) {
    const [start, end] = [attr(s, "start"), attr(s, "end")];
    if (start || end) periods.push(values.period(start && end ? `${start}/${end}` : start ? `${start}/..` : `../${end}`, "the spell"));
  }
  return periods.sort((a, b) => a.first - b.first);
}
