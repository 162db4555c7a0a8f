/**
 * The JSON export: a subset as plain data other tools can read, with each period's dates kept
 * at their written precision (EDTF) rather than widened to days.
 *
 * Next to each period's EDTF text it writes what the dates say in days (model/certainty.ts),
 * cut to both actors' lifetimes: `possible`, every day the period may cover, and `certain`, the
 * days it certainly covers; each `{ first, last }` as ISO days, null for an open end, and the
 * whole null when there is no such day ("2026-03" alone is certain on none). These are derived:
 * the importer reads the EDTF text and works them out again. When the subset is a slice of time,
 * `time` gives its first and last day and each relation says its `certainty` then: "certain"
 * (its dates say it was active) or "possible" (they allow it, no more).
 *
 * Actors keep their description, lifetime and dated changes of kind or label; `types` lists
 * the relation types the relations use, with their family, direction and timing (event or
 * state), so a file read over a taxonomy that lacks them keeps what they mean.
 */
import { TimeBounds, isEmptySpan, type DaySpan } from "../model/certainty";
import { dayToIso, type Day, type PartialDate, type Period } from "../model/dates";
import type { Subset } from "../model/subset";
import type { Actor, Relation, Source, Taxonomy } from "../model/types";
import { ChunkBuffer, joinChunks } from "./chunks";

export const JSON_EXPORT_FORMAT = "faultlines/export@1";

/** Days as ISO dates; null for an open end. */
export interface JsonDays {
  readonly first: string | null;
  readonly last: string | null;
}

export interface JsonPeriod {
  /** The period as written, e.g. "2025-10-09/2025-10-19" or "2025-05/..". */
  readonly edtf: string;
  /** EDTF date, or null when open (end null: still ongoing). */
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: { readonly start: string | null; readonly end: string | null };
  /** True for "[2014..2015]": one moment somewhere in the span. */
  readonly uncertainPoint?: true;
  /** Every day the period may cover, cut to the actors' lifetimes; null when none. */
  readonly possible: JsonDays | null;
  /** The days it certainly covers; null when none. */
  readonly certain: JsonDays | null;
}

/** The export as one object: what the text says, for callers that want the data. */
export function exportJson(subset: Subset, taxonomy: Taxonomy): object {
  const parts = jsonParts(subset, taxonomy);
  return { ...parts.head, types: parts.types, actors: subset.actors.map(actorJson), relations: subset.relations.map(parts.relation), sources: subset.sources.map(sourceJson) };
}

/** What the export is made of: its head, its types, and how each relation is written. */
function jsonParts(subset: Subset, taxonomy: Taxonomy) {
  const used = new Set(subset.relations.map((r) => r.type));
  const types = taxonomy.types.filter((t) => used.has(t.id));
  const family = new Map(types.map((t) => [t.id, t.family]));
  const bounds = new TimeBounds(subset.actors);
  const { time } = subset;
  return {
    head: { format: JSON_EXPORT_FORMAT, ...(time ? { time: { from: isoOrNull(time.from), to: isoOrNull(time.to) } } : {}) },
    types: types.map((t) => ({ id: t.id, label: t.label, family: t.family, directed: t.directed, ...(t.timing ? { timing: t.timing } : {}) })),
    relation: (r: Relation): object => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      family: family.get(r.type),
      directed: r.directed,
      periods: r.periods.map((p, i) => periodJson(p, bounds.of(r)[i])),
      ...(time ? { certainty: time.possibleOnly.has(r.id) ? "possible" : "certain" } : {}),
      confidence: r.confidence,
      evidence: r.evidence.map((e) => ({ source: e.source, quote: e.quote, ...(e.location ? { location: e.location } : {}), ...(e.date ? { date: e.date.edtf } : {}), ...(e.fatalities !== undefined ? { fatalities: e.fatalities } : {}) })),
      ...(r.note ? { note: r.note } : {}),
    }),
  };
}

const sourceJson = (s: Source): object => ({
  id: s.id,
  title: s.title,
  ...(s.author ? { author: s.author } : {}),
  ...(s.publisher ? { publisher: s.publisher } : {}),
  ...(s.date ? { date: s.date.edtf } : {}),
  ...(s.file ? { file: s.file } : {}),
  ...(s.url ? { url: s.url } : {}),
});

function actorJson(a: Actor): object {
  return {
    id: a.id,
    label: a.label,
    kind: a.kind,
    aliases: a.aliases,
    ...(a.description ? { description: a.description } : {}),
    ...(a.lifetime ? { lifetime: a.lifetime.edtf } : {}),
    ...(a.changes?.length
      ? { changes: a.changes.map((c) => ({ from: c.from.edtf, ...(c.kind ? { kind: c.kind } : {}), ...(c.label ? { label: c.label } : {}), ...(c.note ? { note: c.note } : {}) })) }
      : {}),
  };
}

const isoOrNull = (day: Day): string | null => (Number.isFinite(day) ? dayToIso(day) : null);
const daysJson = (span: DaySpan): JsonDays | null => (isEmptySpan(span) ? null : { first: isoOrNull(span.first), last: isoOrNull(span.last) });

function periodJson(p: Period, bounds: { possible: DaySpan; certain: DaySpan }): JsonPeriod {
  const edtf = (d: PartialDate | null) => d?.edtf ?? null;
  return {
    edtf: p.edtf,
    start: edtf(p.start),
    end: edtf(p.end),
    precision: { start: p.start?.precision ?? null, end: p.end?.precision ?? null },
    ...(p.uncertainPoint ? { uncertainPoint: true as const } : {}),
    possible: daysJson(bounds.possible),
    certain: daysJson(bounds.certain),
  };
}

/**
 * The export as JSON text indented by two spaces, exactly as JSON.stringify(exportJson(…), null, 2)
 * writes it, in chunks of at most CHUNK_CHARS characters: each actor, relation and source is
 * stringified on its own and indented to its depth, so the whole object is never built.
 */
export function* exportJsonChunks(subset: Subset, taxonomy: Taxonomy): Generator<string> {
  const parts = jsonParts(subset, taxonomy);
  const out = new ChunkBuffer();
  out.push("{");
  for (const [key, value] of Object.entries(parts.head)) out.push(`\n  ${JSON.stringify(key)}: ${indented(value, "  ")},`);
  yield* arrayChunks(out, "types", parts.types, (t) => t, ",");
  yield* arrayChunks(out, "actors", subset.actors, actorJson, ",");
  yield* arrayChunks(out, "relations", subset.relations, parts.relation, ",");
  yield* arrayChunks(out, "sources", subset.sources, sourceJson, "");
  out.push("\n}\n");
  yield* out.finish();
}

/** `"key": [ … ]` at the top level, each item on the lines JSON.stringify would give it. */
function* arrayChunks<T>(out: ChunkBuffer, key: string, items: readonly T[], json: (item: T) => unknown, after: string): Generator<string> {
  if (!items.length) {
    out.push(`\n  ${JSON.stringify(key)}: []${after}`);
    return;
  }
  out.push(`\n  ${JSON.stringify(key)}: [`);
  for (let i = 0; i < items.length; i++) {
    out.push(`${i ? "," : ""}\n    ${indented(json(items[i]), "    ")}`);
    if (out.full) yield* out.take();
  }
  out.push(`\n  ]${after}`);
}

/** A value as JSON.stringify(…, null, 2) writes it at `indent`: a line break only ever ends a line, as strings escape theirs. */
const indented = (value: unknown, indent: string): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

export const exportJsonText = (subset: Subset, taxonomy: Taxonomy): string => joinChunks(exportJsonChunks(subset, taxonomy));
