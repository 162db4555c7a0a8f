/**
 * The JSON export: a subset as plain data other tools can read, with each period's dates kept
 * at their written precision (EDTF) rather than widened to days.
 */
import type { PartialDate, Period } from "../model/dates";
import type { Subset } from "../model/subset";
import type { Taxonomy } from "../model/types";

export const JSON_EXPORT_FORMAT = "faultlines/export@1";

export interface JsonPeriod {
  /** The period as written, e.g. "2025-10-09/2025-10-19" or "2025-05/..". */
  readonly edtf: string;
  /** EDTF date, or null when open (end null: still ongoing). */
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: { readonly start: string | null; readonly end: string | null };
  /** True for "[2014..2015]": one moment somewhere in the span. */
  readonly uncertainPoint?: true;
}

export function exportJson(subset: Subset, taxonomy: Taxonomy): object {
  const family = new Map(taxonomy.types.map((t) => [t.id, t.family]));
  return {
    format: JSON_EXPORT_FORMAT,
    actors: subset.actors.map((a) => ({ id: a.id, label: a.label, kind: a.kind, aliases: a.aliases })),
    relations: subset.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      family: family.get(r.type),
      directed: r.directed,
      periods: r.periods.map(periodJson),
      confidence: r.confidence,
      evidence: r.evidence.map((e) => ({ source: e.source, quote: e.quote, ...(e.location ? { location: e.location } : {}) })),
      ...(r.note ? { note: r.note } : {}),
    })),
    sources: subset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.author ? { author: s.author } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.date ? { date: s.date.edtf } : {}),
      ...(s.file ? { file: s.file } : {}),
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

function periodJson(p: Period): JsonPeriod {
  const edtf = (d: PartialDate | null) => d?.edtf ?? null;
  return {
    edtf: p.edtf,
    start: edtf(p.start),
    end: edtf(p.end),
    precision: { start: p.start?.precision ?? null, end: p.end?.precision ?? null },
    ...(p.uncertainPoint ? { uncertainPoint: true as const } : {}),
  };
}

export const exportJsonText = (subset: Subset, taxonomy: Taxonomy): string => `${JSON.stringify(exportJson(subset, taxonomy), null, 2)}\n`;
