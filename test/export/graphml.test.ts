/**
 * The GraphML export: well-formed XML (@xmldom/xmldom, failing on any error), every value under
 * a declared key of the right type, and read back by graphology-graphml, an independent reader,
 * with the same nodes, edges and attributes: a mutual relation both ways, each edge directed.
 */
import { readFileSync } from "node:fs";
import { DOMParser, type Element } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, test } from "vitest";
import { exportGraphml } from "../../src/export/graphml";
import type { GexfViz } from "../../src/export/gexf";
import { actorSize } from "../../src/look/actor-size";
import { familyColour, kindColour } from "../../src/look/palette";
import { kindOn } from "../../src/model/actor-time";
import { isEmptySpan, TimeBounds, type DaySpan } from "../../src/model/certainty";
import { dayToIso, parseDay, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset, type Subset } from "../../src/model/subset";
import type { DataSet } from "../../src/model/types";
import { bundledDataSet, fixtureDataSet } from "../support/data";

const bundled = bundledDataSet();
const fixture = fixtureDataSet();
const slice = selectSubset(new RelationIndex(bundled), [{ type: "asOf", day: parseDay("2025-10-15") }]);

const positions = (JSON.parse(readFileSync("graph-data/layout.json", "utf8")) as { positions: Record<string, [number, number]> }).positions;
const viz: GexfViz = {
  actorColour: (kind) => kindColour(kind, "light"),
  relationColour: (family) => familyColour(family, "light"),
  position: (actor) => (positions[actor] ? { x: positions[actor][0], y: positions[actor][1] } : undefined),
  actorSize: (actor) => actorSize(actor.length),
};

/** Text that has broken exporters; what XML 1.0 forbids comes back as U+FFFD. */
const HOSTILE = 'پاکستان & <b>"q"</b> 🇵🇰 tab\there\nline bell\u0007 ]]> =cmd|\' /C calc\'!A0';
const safe = (text: string) => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "\uFFFD");
const hostile: DataSet = {
  ...fixture,
  actors: fixture.actors.map((a) => ({ ...a, label: HOSTILE + a.id, aliases: [HOSTILE, "a, b"], description: HOSTILE })),
  relations: fixture.relations.map((r) => ({ ...r, note: HOSTILE, evidence: [{ source: "doc", quote: HOSTILE, date: parsePeriod("2026-03"), fatalities: 2 }] })),
};

/** Well-formedness and keys: every <data> under a key declared for its element, its value of the key's type. */
function checkXml(xml: string): string[] {
  const problems: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && problems.push(message)) }).parseFromString(xml, "text/xml");
  } catch (e) {
    return [`not well-formed: ${(e as Error).message}`];
  }
  const keys = new Map((Array.from(doc.getElementsByTagName("key")) as Element[]).map((k) => [k.getAttribute("id"), [k.getAttribute("for"), k.getAttribute("attr.type")]]));
  const pattern: Record<string, RegExp> = { int: /^-?\d+$/, double: /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i, boolean: /^(true|false)$/, string: /[\s\S]*/ };
  for (const d of Array.from(doc.getElementsByTagName("data")) as Element[]) {
    const [of, type] = keys.get(d.getAttribute("key")) ?? [];
    if (of !== (d.parentNode as Element).localName) problems.push(`<data key="${d.getAttribute("key")}"> in <${(d.parentNode as Element).localName}> has no key for it`);
    else if (!pattern[type!].test(d.textContent ?? "")) problems.push(`<data key="${d.getAttribute("key")}"> "${d.textContent}" is not ${type}`);
  }
  return problems;
}

describe("GraphML", () => {
  test.each([
    ["the whole bundled data set", bundled as Subset, bundled],
    ["the bundled data as of 15 Oct 2025", slice, bundled],
    ["hostile text and event evidence", hostile as Subset, hostile],
  ] as const)("%s: well-formed, and graphology-graphml reads the same nodes, edges and attributes", (_, subset: Subset, data: DataSet) => {
    const xml = exportGraphml(subset, data.taxonomy, { viz, description: "Faultlines & co" });
    expect(checkXml(xml)).toEqual([]);
    const graph = parse(Graph, xml);
    const day = subset.time?.from;
    const bounds = new TimeBounds(subset.actors);
    const span = (s: DaySpan) => (isEmptySpan(s) ? "none" : [s.first, s.last].map((d) => (Number.isFinite(d) ? dayToIso(d) : "..")).join("/"));
    expect(graph.order).toBe(subset.actors.length);
    expect(graph.size).toBe(subset.relations.reduce((n, r) => n + (r.directed ? 1 : 2), 0));
    expect(graph.type).toBe("directed");
    expect(graph.getAttribute("description")).toBe("Faultlines & co");
    for (const a of subset.actors) {
      const at = viz.position!(a.id);
      expect(graph.getNodeAttributes(a.id)).toEqual({
        label: safe(a.label),
        kind: a.kind,
        ...(a.aliases.length ? { aliases: JSON.stringify(a.aliases.map(safe)).replace(/","/g, '", "') } : {}),
        ...(a.description ? { description: safe(a.description) } : {}),
        ...(a.lifetime ? { lifetime: a.lifetime.edtf } : {}),
        ...(a.changes?.length ? { changes: expect.any(String) } : {}),
        ...(day === undefined ? {} : { kindThen: kindOn(a, day) }),
        color: viz.actorColour(day === undefined ? a.kind : kindOn(a, day)),
        size: viz.actorSize!(a.id),
        ...(at ? { x: at.x, y: at.y } : {}),
      });
    }
    const types = new Map(data.taxonomy.types.map((t) => [t.id, t]));
    for (const r of subset.relations) {
      const type = types.get(r.type)!;
      expect([graph.source(r.id), graph.target(r.id), graph.isDirected(r.id)]).toEqual([r.source, r.target, true]);
      const { citation, ...rest } = graph.getEdgeAttributes(r.id);
      const deaths = r.evidence.some((e) => e.fatalities !== undefined) ? r.evidence.reduce((n, e) => n + (e.fatalities ?? 0), 0) : undefined;
      expect(rest).toEqual({
        label: type.label,
        relationType: r.type,
        family: type.family,
        sign: type.sign,
        confidence: r.confidence,
        weight: { low: 1, medium: 2, high: 3 }[r.confidence],
        directed: r.directed,
        sources: JSON.stringify([...new Set(r.evidence.map((e) => e.source))]).replace(/","/g, '", "'),
        periods: JSON.stringify(r.periods.map((p) => p.edtf)).replace(/","/g, '", "'),
        possibleDays: JSON.stringify(bounds.of(r).map((b) => span(b.possible))).replace(/","/g, '", "'),
        certainDays: JSON.stringify(bounds.of(r).map((b) => span(b.certain))).replace(/","/g, '", "'),
        ...(subset.time ? { certainty: subset.time.possibleOnly.has(r.id) ? "possible" : "certain" } : {}),
        ...(type.timing ? { timing: type.timing } : {}),
        ...(r.note ? { note: safe(r.note) } : {}),
        ...(deaths !== undefined ? { fatalities: deaths } : {}),
        color: viz.relationColour(type.family),
      });
      for (const e of r.evidence) expect(citation).toContain(`: “${safe(e.quote)}”`);
      if (!r.directed) {
        const back = `${r.id}~reverse`;
        expect([graph.source(back), graph.target(back), graph.isDirected(back)]).toEqual([r.target, r.source, true]);
        expect(graph.getEdgeAttributes(back)).toEqual(graph.getEdgeAttributes(r.id));
      } else expect(graph.hasEdge(`${r.id}~reverse`)).toBe(false);
    }
  });

  test("the hostile case holds a mutual relation and event deaths, so the checks above see them", () => {
    expect(hostile.relations.some((r) => !r.directed)).toBe(true);
    expect(parse(Graph, exportGraphml(hostile, hostile.taxonomy)).getEdgeAttribute("truce", "fatalities")).toBe(2);
  });

  test("the checks can fail: an undeclared key, a value not of its type, a broken tag", () => {
    const xml = exportGraphml(fixture, fixture.taxonomy);
    expect(checkXml(xml.replace('key="e_sign">-1<', 'key="e_sign">minus<'))).toEqual(['<data key="e_sign"> "minus" is not int']);
    expect(checkXml(xml.replace('<data key="e_family">', '<data key="e_nope">'))[0]).toMatch(/has no key/);
    expect(checkXml(xml.replace("</node>", "</nod>"))[0]).toMatch(/not well-formed: .*mismatch/);
  });

  test("deterministic; no looks without viz; fails loudly on an unknown type", () => {
    expect(exportGraphml(bundled, bundled.taxonomy, { viz })).toBe(exportGraphml(bundled, bundled.taxonomy, { viz }));
    expect(exportGraphml(fixture, fixture.taxonomy)).not.toMatch(/key="[ne]_[rgbxy]"|key="n_size"/);
    expect(() => exportGraphml({ ...fixture, relations: [{ ...fixture.relations[0], type: "hug" }] }, fixture.taxonomy)).toThrow(/relation "strikes" has the type "hug", which the taxonomy does not define/);
  });
});
