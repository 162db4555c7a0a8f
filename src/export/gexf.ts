/**
 * The GEXF 1.3 export, for Gephi: a subset of the graph as a static snapshot, or with time
 * (`mode="dynamic"`, `timeformat="date"`) so Gephi's timeline plays the history the explorer
 * shows. Pure: a string out, no DOM, no Node built-ins; colours, sizes and positions come in
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
import { kindOn } from "../model/actor-time";
import { isEmptySpan, TimeBounds, type DaySpan, type PeriodBounds } from "../model/certainty";
import { dayToIso, type Day, type Period } from "../model/dates";
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
import type { Subset, SubsetTime } from "../model/subset";
import type { Actor, Confidence, Relation, Taxonomy } from "../model/types";
import { EdgeIds } from "./edge-ids";
import { Citations, fatalitiesOf } from "./gexf-citation";
import { encodeList, escapeXml, parseHexColour, vizColour, withoutForbiddenChars, xsdNumber } from "./gexf-xml";

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

const WEIGHT: Readonly<Record<Confidence, number>> = { low: 1, medium: 2, high: 3 };
/** The explorer's edge sizes by confidence (render/reducers.ts), which this layer may not import. */
const THICKNESS: Readonly<Record<Confidence, number>> = { low: 1.5, medium: 2.2, high: 3 };

const ATT = "          <attvalue for=\"";

export function exportGexf(subset: Subset, taxonomy: Taxonomy, options: GexfOptions): string {
  if (options.mode !== "snapshot" && options.mode !== "dynamic")
    throw new Error(`exportGexf: mode ${JSON.stringify(options.mode)} is not one this export writes. Use "snapshot" or "dynamic"`);
  const dynamic = options.mode === "dynamic";
  // Certainty is of a slice of time, shown in a snapshot of it; a dynamic file carries every day.
  const slice = dynamic ? undefined : subset.time;
  const day = slice && slice.from === slice.to && Number.isFinite(slice.from) ? slice.from : undefined;
  const out: string[] = [];
  writeHeader(out, options);
  out.push(declarations("node", "static", [...Object.values(NODE_COLUMNS), ...(day === undefined ? [] : Object.values(TIMED_NODE_COLUMNS))]));
  if (dynamic) out.push(declarations("node", "dynamic", Object.values(TIMED_NODE_COLUMNS)));
  out.push(declarations("edge", "static", [...Object.values(EDGE_COLUMNS), ...(dynamic ? [] : Object.values(SNAPSHOT_EDGE_COLUMNS)), ...(slice ? Object.values(SLICE_EDGE_COLUMNS) : []), ...(options.change ? Object.values(COMPARE_EDGE_COLUMNS) : [])]));
  if (dynamic) out.push(declarations("edge", "dynamic", Object.values(DYNAMIC_EDGE_COLUMNS)));
  const days = new DayText();
  writeNodes(out, subset.actors, dynamic, day, days, options.viz);
  writeEdges(out, subset, taxonomy, dynamic, slice, days, options.viz, options.change);
  out.push("  </graph>\n</gexf>\n");
  return out.join("");
}

function writeHeader(out: string[], options: GexfOptions): void {
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

/** ISO dates of days, each computed once: a large export repeats the same few thousand days. */
class DayText {
  private readonly known = new Map<number, string>();
  of(day: number): string {
    let text = this.known.get(day);
    if (text === undefined) this.known.set(day, (text = dayToIso(day)));
    return text;
  }
  /** ` start="…" end="…"` for a period, each left out when that end is open. */
  bounds(p: { readonly first: Day; readonly last: Day }): string {
    return (Number.isFinite(p.first) ? ` start="${this.of(p.first)}"` : "") + (Number.isFinite(p.last) ? ` end="${this.of(p.last)}"` : "");
  }
  /** "2025-10-31/2026-03-01", ".." for an open end, "none" when there is no day. */
  span(s: DaySpan): string {
    return isEmptySpan(s) ? "none" : `${Number.isFinite(s.first) ? this.of(s.first) : ".."}/${Number.isFinite(s.last) ? this.of(s.last) : ".."}`;
  }
}

/** The stretches of time between an actor's changes of kind, each with its kind, within its lifetime. */
function kindStretches(a: Actor): { first: Day; last: Day; kind: string }[] {
  const life = a.lifetime ?? { first: -Infinity, last: Infinity };
  const stretches: { first: Day; last: Day; kind: string }[] = [];
  let first = -Infinity;
  let kind = a.kind;
  for (const c of a.changes ?? []) {
    if (!c.kind || c.kind === kind) continue;
    // As kindOn reads it: the new kind from the last day the change may fall on.
    stretches.push({ first, last: c.from.last - 1, kind });
    ((first = c.from.last), (kind = c.kind));
  }
  stretches.push({ first, last: Infinity, kind });
  return stretches.map((s) => ({ ...s, first: Math.max(s.first, life.first), last: Math.min(s.last, life.last) })).filter((s) => s.first <= s.last);
}

/** The changes as JSON, text made XML-safe first as everywhere else (JSON would carry what XML forbids, escaped). */
const changesJson = (a: Actor): string =>
  JSON.stringify(
    (a.changes ?? []).map((c) => ({
      from: c.from.edtf,
      ...(c.kind ? { kind: withoutForbiddenChars(c.kind) } : {}),
      ...(c.label ? { label: withoutForbiddenChars(c.label) } : {}),
      ...(c.note ? { note: withoutForbiddenChars(c.note) } : {}),
    })),
  );

function writeNodes(out: string[], actors: readonly Actor[], dynamic: boolean, day: Day | undefined, days: DayText, viz: GexfViz | undefined): void {
  const colours = new Map<string, string>();
  const seen = new Set<string>();
  out.push(`    <nodes count="${actors.length}">\n`);
  for (const a of actors) {
    if (seen.has(a.id)) throw new Error(`exportGexf: two actors have the id "${a.id}"; actor ids must be unique`);
    seen.add(a.id);
    const time = dynamic && a.lifetime ? days.bounds(a.lifetime) : "";
    out.push(`      <node id="${escapeXml(a.id)}" label="${escapeXml(a.label)}"${time}>\n        <attvalues>\n`);
    out.push(`${ATT}${NODE_COLUMNS.kind.id}" value="${escapeXml(a.kind)}"/>\n`);
    if (a.aliases.length) out.push(`${ATT}${NODE_COLUMNS.aliases.id}" value="${escapeXml(encodeList(a.aliases))}"/>\n`);
    if (a.description) out.push(`${ATT}${NODE_COLUMNS.description.id}" value="${escapeXml(a.description)}"/>\n`);
    if (a.lifetime) out.push(`${ATT}${NODE_COLUMNS.lifetime.id}" value="${escapeXml(a.lifetime.edtf)}"/>\n`);
    if (a.changes?.length) out.push(`${ATT}${NODE_COLUMNS.changes.id}" value="${escapeXml(changesJson(a))}"/>\n`);
    const kindThen = day === undefined ? a.kind : kindOn(a, day);
    if (day !== undefined) out.push(`${ATT}${TIMED_NODE_COLUMNS.kindThen.id}" value="${escapeXml(kindThen)}"/>\n`);
    if (dynamic) for (const s of kindStretches(a)) out.push(`${ATT}${TIMED_NODE_COLUMNS.kindThen.id}" value="${escapeXml(s.kind)}"${days.bounds(s)}/>\n`);
    out.push("        </attvalues>\n");
    if (viz) {
      let colour = colours.get(kindThen);
      if (colour === undefined) colours.set(kindThen, (colour = vizColour(parseHexColour(viz.actorColour(kindThen), `viz.actorColour("${kindThen}")`), "        ")));
      out.push(colour);
      const at = viz.position?.(a.id);
      const x = at && xsdNumber(at.x);
      const y = at && xsdNumber(at.y);
      if (x !== undefined && y !== undefined) out.push(`        <viz:position x="${x}" y="${y}"/>\n`);
      const size = viz.actorSize?.(a.id);
      if (size !== undefined && size >= 0 && Number.isFinite(size)) out.push(`        <viz:size value="${size}"/>\n`);
    }
    out.push("      </node>\n");
  }
  out.push("    </nodes>\n");
}

/** What every relation of a type shares, escaped once. */
interface TypeParts {
  readonly label: string;
  readonly attvalues: string;
  readonly colour: string;
}

function typeParts(taxonomy: Taxonomy, viz: GexfViz | undefined): Map<string, TypeParts> {
  const parts = new Map<string, TypeParts>();
  for (const t of taxonomy.types) {
    const label = escapeXml(t.label);
    const attvalues =
      `${ATT}${EDGE_COLUMNS.relationType.id}" value="${escapeXml(t.id)}"/>\n` +
      `${ATT}${EDGE_COLUMNS.typeLabel.id}" value="${label}"/>\n` +
      `${ATT}${EDGE_COLUMNS.family.id}" value="${escapeXml(t.family)}"/>\n` +
      `${ATT}${EDGE_COLUMNS.sign.id}" value="${t.sign}"/>\n` +
      (t.timing ? `${ATT}${EDGE_COLUMNS.timing.id}" value="${t.timing}"/>\n` : "");
    const colour = viz ? vizColour(parseHexColour(viz.relationColour(t.family), `viz.relationColour("${t.family}")`), "        ") : "";
    parts.set(t.id, { label, attvalues, colour });
  }
  return parts;
}

function writeEdges(out: string[], subset: Subset, taxonomy: Taxonomy, dynamic: boolean, slice: SubsetTime | undefined, days: DayText, viz: GexfViz | undefined, changeOf?: (relation: string) => string | undefined): void {
  const types = typeParts(taxonomy, viz);
  const bounds = new TimeBounds(subset.actors);
  const actors = new Set(subset.actors.map((a) => a.id));
  const edgeIds = new EdgeIds("exportGexf", actors);
  const citations = new Citations(subset.sources);
  const count = subset.relations.reduce((n, r) => n + (r.directed ? 1 : 2), 0);
  out.push(`    <edges count="${count}">\n`);
  for (const r of subset.relations) {
    const {
      type,
      ids: [id, reverseId],
    } = edgeIds.of(r, types.get(r.type));
    const time = dynamic && r.periods.length === 1 ? days.bounds(r.periods[0]) : "";
    const body: string[] = [
      `" kind="${escapeXml(r.type)}" label="${type.label}" weight="${WEIGHT[r.confidence]}"${time}>\n        <attvalues>\n`,
      type.attvalues,
      `${ATT}${EDGE_COLUMNS.confidence.id}" value="${r.confidence}"/>\n${ATT}${EDGE_COLUMNS.directed.id}" value="${r.directed}"/>\n`,
      `${ATT}${EDGE_COLUMNS.sources.id}" value="${escapeXml(encodeList(citations.sourceIds(r)))}"/>\n`,
      `${ATT}${EDGE_COLUMNS.citation.id}" value="${escapeXml(citations.citation(r))}"/>\n`,
    ];
    if (r.note) body.push(`${ATT}${EDGE_COLUMNS.note.id}" value="${escapeXml(r.note)}"/>\n`);
    const deaths = fatalitiesOf(r);
    if (deaths !== undefined) body.push(`${ATT}${EDGE_COLUMNS.fatalities.id}" value="${deaths}"/>\n`);
    const known = bounds.of(r);
    const possibleOnly = slice?.possibleOnly.has(r.id) ?? false;
    if (dynamic) writePeriodValues(body, r, known, days);
    else
      body.push(
        `${ATT}${SNAPSHOT_EDGE_COLUMNS.periods.id}" value="${escapeXml(encodeList(r.periods.map((p) => p.edtf)))}"/>\n`,
        `${ATT}${SNAPSHOT_EDGE_COLUMNS.possibleDays.id}" value="${escapeXml(encodeList(known.map((b) => days.span(b.possible))))}"/>\n`,
        `${ATT}${SNAPSHOT_EDGE_COLUMNS.certainDays.id}" value="${escapeXml(encodeList(known.map((b) => days.span(b.certain))))}"/>\n`,
      );
    if (slice) body.push(`${ATT}${SLICE_EDGE_COLUMNS.certainty.id}" value="${possibleOnly ? "possible" : "certain"}"/>\n`);
    const change = changeOf?.(r.id);
    if (change) body.push(`${ATT}${COMPARE_EDGE_COLUMNS.change.id}" value="${escapeXml(change)}"/>\n`);
    body.push("        </attvalues>\n");
    if (dynamic && r.periods.length > 1) {
      body.push("        <spells>\n");
      for (const p of r.periods) body.push(`          <spell${days.bounds(p)}/>\n`);
      body.push("        </spells>\n");
    }
    if (viz) body.push(type.colour, `        <viz:thickness value="${THICKNESS[r.confidence]}"/>\n`);
    // A guess is drawn as a guess, whatever the looks: dashed, as the explorer draws it.
    if (possibleOnly) body.push(`        <viz:shape value="dashed"/>\n`);
    body.push("      </edge>\n");
    const rest = body.join("");
    const [source, target] = [escapeXml(r.source), escapeXml(r.target)];
    out.push(`      <edge id="${escapeXml(id)}" source="${source}" target="${target}" type="directed${rest}`);
    // Mutual: the same relation the other way too (see the banner).
    if (reverseId) out.push(`      <edge id="${escapeXml(reverseId)}" source="${target}" target="${source}" type="directed${rest}`);
  }
  out.push("    </edges>\n");
}

/** Each period's EDTF text, precisions and possible and certain days, as dynamic values over the period's own spell. */
function writePeriodValues(out: string[], r: Relation, known: readonly PeriodBounds[], days: DayText): void {
  r.periods.forEach((p: Period, i) => {
    const bounds = days.bounds(p);
    out.push(`${ATT}${DYNAMIC_EDGE_COLUMNS.period.id}" value="${escapeXml(p.edtf)}"${bounds}/>\n`);
    if (p.start) out.push(`${ATT}${DYNAMIC_EDGE_COLUMNS.startPrecision.id}" value="${p.start.precision}"${bounds}/>\n`);
    if (p.end) out.push(`${ATT}${DYNAMIC_EDGE_COLUMNS.endPrecision.id}" value="${p.end.precision}"${bounds}/>\n`);
    out.push(
      `${ATT}${DYNAMIC_EDGE_COLUMNS.possibleDays.id}" value="${days.span(known[i].possible)}"${bounds}/>\n`,
      `${ATT}${DYNAMIC_EDGE_COLUMNS.certainDays.id}" value="${days.span(known[i].certain)}"${bounds}/>\n`,
    );
  });
}
