/**
 * The GEXF 1.3 export, for Gephi: a subset of the graph as a static snapshot, or with time
 * (`mode="dynamic"`, `timeformat="date"`) so Gephi's timeline plays the history the explorer
 * shows. Pure: text out in chunks of bounded size (chunks.ts), no DOM, no Node built-ins; colours, sizes and positions come in
 * through GexfViz, so this layer never reaches into the renderer.
 *
 * Format decisions (the column ids are in import/gexf/format.ts, shared with the reader):
 * - Nodes are actors: id, label, and static attributes `kind` (the kind before any change),
 *   `aliases`, `description`, `lifetime` (the EDTF text) and `changes` (the dated changes of kind
 *   or label, as a JSON array of { from: EDTF, kind?, label?, note? }). Liststring values (`aliases`, `sources`, `periods`) are JSON
 *   arrays of strings, `["a", "b"]`: safe for any text, and the bracketed form Gephi and
 *   graphology-gexf read. Empty or absent values are left out (null in Gephi).
 * - Edges are relations: id, source, target, `type="directed"` (the graph is directed), `kind` =
 *   the relation type id (so Gephi keeps parallel relations of different types apart), `label` =
 *   the type's label, `weight` = confidence (low 1, medium 2, high 3). Static attributes:
 *   `relationType`, `typeLabel`, `family`, `sign` (integer), `confidence`, `directed` (boolean),
 *   `sources` (source ids), `citation` (one line per piece of evidence: author, “title”,
 *   publisher, date [the event's date, its deaths], location: “quote”), `note`, `timing` (the
 *   type's: "event" or "state", when the taxonomy says) and `fatalities` (the deaths the evidence
 *   counts, summed; only when some piece of evidence counts them).
 * - A mutual relation (a truce, a rivalry: `directed` false) is written as two directed edges,
 *   its own id from source to target and `<id>~reverse` back (import/gexf/format.ts), with the
 *   same attributes. GEXF's own word for it, `type="mutual"`, is valid against the schema, but
 *   Gephi 0.9 and later do not know it (a severe import issue per edge, read one way only) and
 *   graphology-gexf (Gephi Lite) fails on a file whose first edge is mutual; an undirected edge
 *   in a directed graph, as written before, makes NetworkX's read_gexf refuse the whole file
 *   ("Undirected edge found in directed graph"). Both directions is what a directed graph means
 *   by a tie both ways: every reader takes it, and in-degree and out-degree count it both ways.
 *   Our readers fold the pair back into one relation; `mutual` from other tools reads as undirected.
 * - Known and possible days (model/certainty.ts), cut to both actors' lifetimes, are written as
 *   day intervals "2025-10-31/2026-03-01" (".." for an open end, "none" when there is no such
 *   day): `possibleDays`, every day a period may cover, and `certainDays`, those it certainly
 *   covers. They are derived from the EDTF text, which the reader goes by.
 * - Snapshot: no time, except `periods`, every period's EDTF text, with `possibleDays` and
 *   `certainDays` one entry per period. A snapshot of a slice of time (the subset's `time`) also
 *   says each relation's `certainty` then, "certain" or "possible", and draws the possible ones
 *   with `<viz:shape value="dashed"/>`; a snapshot of one day gives each actor its `kindThen`,
 *   the kind it had that day, and colours it by that kind.
 * - Dynamic: a relation with one period gets `start`/`end` on the edge; with several, `<spells>`.
 *   A date is widened to the days it covers, as the explorer slices: a month-precision start is
 *   the month's first day, a month-precision end its last day (intervals are closed, so the end
 *   day is in). An open end has no attribute. Each spell also carries dynamic attvalues over
 *   the same start/end: `period` (the EDTF text, e.g. "2025-10", "2025-05/..", "[2014..2015]"),
 *   `startPrecision` and `endPrecision` (day, month, year, decade, century; absent when open),
 *   so nothing is shown more precisely than written and the reader rebuilds periods exactly;
 *   and `possibleDays`/`certainDays` over the same spell. An actor's lifetime becomes the node's
 *   `start`/`end`, and its kind over time the dynamic `kindThen`, one value per stretch between
 *   changes of kind (a change dated to a month counts from its first day, as the explorer does).
 * - A comparison of two moments (`change` given) also says how each relation changed between
 *   them, `change`: "added", "ended", "continuing" or "turned" (model/compare.ts).
 * - viz (when given): node colour by kind, position, size; edge colour by family and
 *   thickness by confidence as the explorer draws them.
 * - Text is escaped in one pass; characters XML 1.0 forbids become U+FFFD (see gexf-xml.ts).
 * - Deterministic: the same input gives the same bytes; `lastmodifieddate` only when given.
 */
import { dayToIso } from "../model/dates";
import {
  COMPARE_EDGE_COLUMNS,
  DYNAMIC_EDGE_COLUMNS,
  EDGE_COLUMNS,
  GEXF_NAMESPACE,
  NODE_COLUMNS,
  SLICE_EDGE_COLUMNS,
  SNAPSHOT_EDGE_COLUMNS,
  TIMED_NODE_COLUMNS,
  VIZ_NAMESPACE,
  type GexfColumn,
} from "../import/gexf/format";
import type { Subset } from "../model/subset";
import type { Taxonomy } from "../model/types";
import { ChunkBuffer, joinChunks } from "./chunks";
import { DayText } from "./gexf-days";
import { edgeChunks } from "./gexf-edges";
import { nodeChunks } from "./gexf-nodes";
import { escapeXml } from "./gexf-xml";

export interface GexfViz {
  actorColour(kind: string): string; // "#rrggbb"
  relationColour(family: string): string; // "#rrggbb"
  position?(actor: string): { x: number; y: number } | undefined;
  actorSize?(actor: string): number;
}

export interface GexfOptions {
  readonly mode: "snapshot" | "dynamic";
  readonly viz?: GexfViz;
  /** Written as <meta><description>. */
  readonly description?: string;
  /** For a comparison of two moments: each relation's change, written as its `change`. */
  readonly change?: (relation: string) => string | undefined;
  /** YYYY-MM-DD for <meta lastmodifieddate>; left out when not given, so output is deterministic. */
  readonly lastModified?: string;
}

/**
 * The GEXF text in chunks of at most CHUNK_CHARS characters. A bad option throws at once; a bad
 * subset (an id used twice, a relation whose end is missing) when the writer reaches it, so
 * whoever writes the chunks somewhere must be ready to drop what it wrote.
 */
export function exportGexfChunks(subset: Subset, taxonomy: Taxonomy, options: GexfOptions): Generator<string> {
  if (options.mode !== "snapshot" && options.mode !== "dynamic")
    throw new Error(`exportGexf: mode ${JSON.stringify(options.mode)} is not one this export writes. Use "snapshot" or "dynamic"`);
  const out = new ChunkBuffer();
  writeHeader(out, options);
  return gexfChunks(out, subset, taxonomy, options);
}

/** The whole GEXF text, for small subsets and the tests: the chunks joined. */
export const exportGexf = (subset: Subset, taxonomy: Taxonomy, options: GexfOptions): string => joinChunks(exportGexfChunks(subset, taxonomy, options));

function* gexfChunks(out: ChunkBuffer, subset: Subset, taxonomy: Taxonomy, options: GexfOptions): Generator<string> {
  const dynamic = options.mode === "dynamic";
  // Certainty is of a slice of time, shown in a snapshot of it; a dynamic file carries every day.
  const slice = dynamic ? undefined : subset.time;
  const day = slice && slice.from === slice.to && Number.isFinite(slice.from) ? slice.from : undefined;
  out.push(declarations("node", "static", [...Object.values(NODE_COLUMNS), ...(day === undefined ? [] : Object.values(TIMED_NODE_COLUMNS))]));
  if (dynamic) out.push(declarations("node", "dynamic", Object.values(TIMED_NODE_COLUMNS)));
  out.push(declarations("edge", "static", [...Object.values(EDGE_COLUMNS), ...(dynamic ? [] : Object.values(SNAPSHOT_EDGE_COLUMNS)), ...(slice ? Object.values(SLICE_EDGE_COLUMNS) : []), ...(options.change ? Object.values(COMPARE_EDGE_COLUMNS) : [])]));
  if (dynamic) out.push(declarations("edge", "dynamic", Object.values(DYNAMIC_EDGE_COLUMNS)));
  const days = new DayText();
  yield* nodeChunks(out, subset.actors, dynamic, day, days, options.viz);
  yield* edgeChunks(out, subset, taxonomy, { dynamic, slice, days, viz: options.viz, change: options.change });
  out.push("  </graph>\n</gexf>\n");
  yield* out.finish();
}

function writeHeader(out: ChunkBuffer, options: GexfOptions): void {
  const { lastModified, description } = options;
  if (lastModified !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(lastModified) && dayToIso(Date.parse(lastModified) / 86_400_000) === lastModified))
    throw new Error(`exportGexf: lastModified ${JSON.stringify(lastModified)} is not a date. Give it as YYYY-MM-DD, e.g. "2026-03-31"`);
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${VIZ_NAMESPACE}" version="1.3">\n`,
    `  <meta${lastModified ? ` lastmodifieddate="${lastModified}"` : ""}>\n    <creator>Faultlines</creator>\n`,
    description ? `    <description>${escapeXml(description)}</description>\n` : "",
    "  </meta>\n",
    `  <graph defaultedgetype="directed" idtype="string" mode="${options.mode === "dynamic" ? 'dynamic" timeformat="date' : "static"}">\n`,
  );
}

const declarations = (of: "node" | "edge", mode: "static" | "dynamic", columns: readonly GexfColumn[]): string =>
  `    <attributes class="${of}" mode="${mode}">\n${columns.map((c) => `      <attribute id="${c.id}" title="${escapeXml(c.title)}" type="${c.type}"/>\n`).join("")}    </attributes>\n`;
