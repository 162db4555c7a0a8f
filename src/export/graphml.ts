/**
 * The GraphML export, for R's igraph (`read_graph(format = "graphml")`), NetworkX
 * (`read_graphml`), yEd and Gephi: a subset as a snapshot, with the attributes the GEXF snapshot
 * carries. GraphML has no time, so periods are text (EDTF), as in the GEXF snapshot. Pure: text
 * out in chunks of bounded size (chunks.ts), no DOM.
 *
 * Format decisions:
 * - Every key is declared with `attr.name` (our column id, e.g. `relationType`, which NetworkX
 *   and igraph use as the attribute's name) and `attr.type` (string, int, double, boolean).
 *   Lists (aliases, sources, periods, possible and certain days) are JSON arrays of strings, as
 *   in the GEXF: any text survives, and `json.loads` / `jsonlite::fromJSON` read them.
 * - Nodes: `label`, `kind`, `aliases`, `description`, `lifetime` (EDTF), `changes` (JSON), and
 *   `kindThen` in a snapshot of one day. Edges: `label` (the type's label), `relationType`,
 *   `family`, `sign`, `confidence`, `weight` (confidence as 1, 2, 3), `directed`, `sources`,
 *   `citation`, `note`, `timing`, `fatalities` (summed, when the evidence counts deaths),
 *   `periods`, `possibleDays`, `certainDays`; `certainty` in a slice of time, `change` in a
 *   comparison. Looks, when given, under the names Gephi's GraphML importer maps to its own
 *   (`r`, `g`, `b`, `x`, `y`, `size` on nodes; `r`, `g`, `b` on edges).
 * - `edgedefault="directed"`, and a mutual relation is written both ways, `<id>` and
 *   `<id>~reverse`, each edge directed, both with `directed` false, as the GEXF does. GraphML
 *   allows a per-edge `directed="false"`, but NetworkX's read_graphml refuses it in a directed
 *   graph ("directed=false edge found in directed graph") and igraph ignores it.
 * - Deterministic: the same input gives the same bytes.
 */
import { TimeBounds, isEmptySpan, type DaySpan } from "../model/certainty";
import { dayToIso } from "../model/dates";
import { kindOn } from "../model/actor-time";
import type { Subset } from "../model/subset";
import type { Confidence, Taxonomy } from "../model/types";
import { ChunkBuffer, joinChunks } from "./chunks";
import { EdgeIds } from "./edge-ids";
import type { GexfViz } from "./gexf";
import { Citations, fatalitiesOf } from "./gexf-citation";
import { encodeList, escapeXml, parseHexColour, xsdNumber } from "./gexf-xml";

export interface GraphmlOptions {
  /** Colours, positions and sizes, as for the GEXF. */
  readonly viz?: GexfViz;
  /** Written as the graph's `description`. */
  readonly description?: string;
  /** For a comparison of two moments: each relation's change. */
  readonly change?: (relation: string) => string | undefined;
}

type KeyType = "string" | "int" | "double" | "boolean";
type Key = readonly [id: string, type: KeyType];

const GRAPH_KEYS: readonly Key[] = [["description", "string"]];
const NODE_KEYS: readonly Key[] = [["label", "string"], ["kind", "string"], ["aliases", "string"], ["description", "string"], ["lifetime", "string"], ["changes", "string"], ["kindThen", "string"], ["r", "int"], ["g", "int"], ["b", "int"], ["x", "double"], ["y", "double"], ["size", "double"]];
const EDGE_KEYS: readonly Key[] = [
  ["label", "string"], ["relationType", "string"], ["family", "string"], ["sign", "int"], ["confidence", "string"], ["weight", "double"], ["directed", "boolean"],
  ["sources", "string"], ["citation", "string"], ["note", "string"], ["timing", "string"], ["fatalities", "int"], ["periods", "string"], ["possibleDays", "string"],
  ["certainDays", "string"], ["certainty", "string"], ["change", "string"], ["r", "int"], ["g", "int"], ["b", "int"],
];
const WEIGHT: Readonly<Record<Confidence, number>> = { low: 1, medium: 2, high: 3 };

/** Key ids are prefixed by what they are for, as GraphML keys of nodes and edges share one id space. */
const keyId = (of: "graph" | "node" | "edge", name: string) => `${of[0]}_${name}`;

/** The whole GraphML text, for small subsets and the tests: the chunks joined. */
export const exportGraphml = (subset: Subset, taxonomy: Taxonomy, options: GraphmlOptions = {}): string => joinChunks(exportGraphmlChunks(subset, taxonomy, options));

/**
 * The GraphML text in chunks of at most CHUNK_CHARS characters; a subset it cannot write (an id
 * used twice, a relation whose end is missing) throws when the writer reaches it.
 */
export function* exportGraphmlChunks(subset: Subset, taxonomy: Taxonomy, options: GraphmlOptions = {}): Generator<string> {
  const { viz, description, change } = options;
  const slice = subset.time;
  const day = slice && slice.from === slice.to && Number.isFinite(slice.from) ? slice.from : undefined;
  const out = new ChunkBuffer();
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const [of, keys] of [["graph", GRAPH_KEYS], ["node", NODE_KEYS], ["edge", EDGE_KEYS]] as const)
    for (const [name, type] of keys) out.push(`  <key id="${keyId(of, name)}" for="${of}" attr.name="${name}" attr.type="${type}"/>\n`);
  out.push('  <graph id="faultlines" edgedefault="directed">\n');
  if (description) out.push(`    <data key="g_description">${escapeXml(description)}</data>\n`);
  const data = (of: "node" | "edge", name: string, value: string | number | boolean | undefined) =>
    value === undefined || value === "" ? "" : `      <data key="${keyId(of, name)}">${typeof value === "string" ? escapeXml(value) : String(value)}</data>\n`;
  const rgb = (of: "node" | "edge", colour: string, what: string) => {
    const { r, g, b } = parseHexColour(colour, what);
    return data(of, "r", r) + data(of, "g", g) + data(of, "b", b);
  };

  const actors = new Set<string>();
  for (const a of subset.actors) {
    if (actors.has(a.id)) throw new Error(`exportGraphml: two actors have the id "${a.id}"; actor ids must be unique`);
    actors.add(a.id);
    const kindThen = day === undefined ? a.kind : kindOn(a, day);
    const changes = a.changes?.length ? JSON.stringify(a.changes.map((c) => ({ from: c.from.edtf, ...(c.kind ? { kind: c.kind } : {}), ...(c.label ? { label: c.label } : {}), ...(c.note ? { note: c.note } : {}) }))) : undefined;
    out.push(`    <node id="${escapeXml(a.id)}">\n`, data("node", "label", a.label), data("node", "kind", a.kind));
    out.push(data("node", "aliases", a.aliases.length ? encodeList(a.aliases) : undefined), data("node", "description", a.description), data("node", "lifetime", a.lifetime?.edtf), data("node", "changes", changes));
    if (day !== undefined) out.push(data("node", "kindThen", kindThen));
    if (viz) {
      const at = viz.position?.(a.id);
      const [x, y] = [at && xsdNumber(at.x), at && xsdNumber(at.y)];
      const size = viz.actorSize?.(a.id);
      out.push(rgb("node", viz.actorColour(kindThen), `viz.actorColour("${kindThen}")`));
      if (x !== undefined && y !== undefined) out.push(data("node", "x", x), data("node", "y", y));
      if (size !== undefined && size >= 0 && Number.isFinite(size)) out.push(data("node", "size", size));
    }
    out.push("    </node>\n");
    if (out.full) yield* out.take();
  }

  const types = new Map(taxonomy.types.map((t) => [t.id, t]));
  const bounds = new TimeBounds(subset.actors);
  const citations = new Citations(subset.sources);
  const edgeIds = new EdgeIds("exportGraphml", actors);
  for (const r of subset.relations) {
    const {
      type,
      ids: [id, reverseId],
    } = edgeIds.of(r, types.get(r.type));
    const known = bounds.of(r);
    const body = [
      data("edge", "label", type.label), data("edge", "relationType", r.type), data("edge", "family", type.family), data("edge", "sign", type.sign),
      data("edge", "confidence", r.confidence), data("edge", "weight", WEIGHT[r.confidence]), data("edge", "directed", r.directed),
      data("edge", "sources", encodeList(citations.sourceIds(r))), data("edge", "citation", citations.citation(r)), data("edge", "note", r.note),
      data("edge", "timing", type.timing), data("edge", "fatalities", fatalitiesOf(r)), data("edge", "periods", encodeList(r.periods.map((p) => p.edtf))),
      data("edge", "possibleDays", encodeList(known.map((b) => spanText(b.possible)))), data("edge", "certainDays", encodeList(known.map((b) => spanText(b.certain)))),
      slice ? data("edge", "certainty", slice.possibleOnly.has(r.id) ? "possible" : "certain") : "",
      data("edge", "change", change?.(r.id)),
      viz ? rgb("edge", viz.relationColour(type.family), `viz.relationColour("${type.family}")`) : "",
      "    </edge>\n",
    ].join("");
    const [source, target] = [escapeXml(r.source), escapeXml(r.target)];
    out.push(`    <edge id="${escapeXml(id)}" source="${source}" target="${target}">\n${body}`);
    // Mutual: the same relation the other way too (see the banner).
    if (reverseId) out.push(`    <edge id="${escapeXml(reverseId)}" source="${target}" target="${source}">\n${body}`);
    if (out.full) yield* out.take();
  }
  out.push("  </graph>\n</graphml>\n");
  yield* out.finish();
}

/** "2025-10-31/2026-03-01", ".." for an open end, "none" when there is no day: as the GEXF writes them. */
const spanText = (s: DaySpan): string => (isEmptySpan(s) ? "none" : `${Number.isFinite(s.first) ? dayToIso(s.first) : ".."}/${Number.isFinite(s.last) ? dayToIso(s.last) : ".."}`);
