/**
 * The GEXF's edges: one a relation (two for a mutual one, each way), with what its type shares
 * escaped once, its evidence, its periods (as spells and dynamic values in a dynamic file, as
 * text with its possible and certain days in a snapshot), its certainty in a slice of time, its
 * change in a comparison, and the explorer's looks when given (gexf.ts says why each is written
 * as it is). Yields the file's chunks as they fill.
 */
import { TimeBounds, type PeriodBounds } from "../model/certainty";
import type { Period } from "../model/dates";
import { COMPARE_EDGE_COLUMNS, DYNAMIC_EDGE_COLUMNS, EDGE_COLUMNS, SLICE_EDGE_COLUMNS, SNAPSHOT_EDGE_COLUMNS } from "../import/gexf/format";
import type { Subset, SubsetTime } from "../model/subset";
import type { Confidence, Relation, Taxonomy } from "../model/types";
import type { ChunkBuffer } from "./chunks";
import { EdgeIds } from "./edge-ids";
import { Citations, fatalitiesOf } from "./gexf-citation";
import type { DayText } from "./gexf-days";
import { ATT } from "./gexf-nodes";
import type { GexfViz } from "./gexf";
import { encodeList, escapeXml, parseHexColour, vizColour } from "./gexf-xml";

const WEIGHT: Readonly<Record<Confidence, number>> = { low: 1, medium: 2, high: 3 };
/** The explorer's edge sizes by confidence (render/reducers.ts), which this layer may not import. */
const THICKNESS: Readonly<Record<Confidence, number>> = { low: 1.5, medium: 2.2, high: 3 };

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

export interface EdgeOptions {
  readonly dynamic: boolean;
  readonly slice: SubsetTime | undefined;
  readonly days: DayText;
  readonly viz: GexfViz | undefined;
  readonly change: ((relation: string) => string | undefined) | undefined;
}

export function* edgeChunks(out: ChunkBuffer, subset: Subset, taxonomy: Taxonomy, { dynamic, slice, days, viz, change: changeOf }: EdgeOptions): Generator<string> {
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
    if (dynamic) periodValues(body, r, known, days);
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
    // Mutual: the same relation the other way too (see gexf.ts).
    if (reverseId) out.push(`      <edge id="${escapeXml(reverseId)}" source="${target}" target="${source}" type="directed${rest}`);
    if (out.full) yield* out.take();
  }
  out.push("    </edges>\n");
}

/** Each period's EDTF text, precisions and possible and certain days, as dynamic values over the period's own spell. */
function periodValues(out: string[], r: Relation, known: readonly PeriodBounds[], days: DayText): void {
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
