/**
 * Where the timeline ends: at the latest dated evidence, not at the furthest a date allows. A
 * relation "ongoing" or ending only "in 2026" may run on to 31 Dec 2026, but nothing the data
 * cites says anything after its latest source; a slider running on past it invites reading
 * silence as fact. So the range ends at the latest date of a cited source (or, with no dated
 * source, of a period date known to the month or finer), never before a period date known to
 * the month or finer (an uncertain moment's "[2026-01..2026-12]" is no such date); the relations running on beyond it are counted so the timeline can say so.
 */
import { formatDate, type Day, type PartialDate } from "./dates";
import { timeExtent } from "./timeline";
import type { DataSet, Relation } from "./types";

/** The latest date the data's evidence reaches, and what set it. */
export interface Horizon {
  readonly last: Day;
  /** The date that set it, at its own precision. */
  readonly date: PartialDate;
  /** "source": a cited source's date; "period": a relation's date known to the month or finer. */
  readonly by: "source" | "period";
}

const FINE = new Set(["day", "month"]);

/**
 * The latest dated evidence: a cited source's date, or a period date known to the month or
 * finer, whichever is later (a relation dated after every source still gets onto the slider).
 */
export function evidenceHorizon(dataSet: Pick<DataSet, "relations" | "sources">): Horizon | undefined {
  const cited = new Set(dataSet.relations.flatMap((r) => r.evidence.map((e) => e.source)));
  let horizon: Horizon | undefined;
  const consider = (date: PartialDate | null | undefined, by: Horizon["by"]) => {
    if (date && FINE.has(date.precision) && Number.isFinite(date.last) && (!horizon || date.last > horizon.last)) horizon = { last: date.last, date, by };
  };
  for (const source of dataSet.sources) if (cited.has(source.id)) consider(source.date, "source");
  // "[2026-01..2026-12]" is one moment somewhere in 2026: its end bounds a guess, it dates nothing.
  for (const r of dataSet.relations) for (const p of r.periods) if (!p.uncertainPoint) for (const date of [p.start, p.end]) consider(date, "period");
  return horizon;
}

/** Where the timeline ends, in words: "Evidence runs to 31 Mar 2026". */
export const horizonWords = (h: Horizon): string => `Evidence runs to ${formatDate(h.date)}`;

/** Why it ends there: "the latest date of a cited source; later dates are known only to the year, or open". */
export const horizonReason = (h: Horizon): string =>
  `${h.by === "source" ? "The latest date of a cited source" : "The latest date known to the month (no cited source is dated later)"}; relations may run on beyond it where their dates are open or known only to the year`;

export interface TimelineRange {
  readonly first: Day;
  readonly last: Day;
  /** The date to open on: the last day of the latest dated start, the data's "now". */
  readonly openingDay: Day;
  /** What set `last`, when the evidence did. */
  readonly horizon: Horizon | undefined;
}

/**
 * The timeline's range: from the 1st of January of the first year-or-finer date (decade- and
 * century-precision dates would stretch the slider over a century of nothing) to the evidence
 * horizon; with no month-or-finer date, to the last year-or-finer date; with no date at all,
 * the year up to `today`.
 */
export function timelineRange(dataSet: Pick<DataSet, "relations" | "sources">, today: Day): TimelineRange {
  const extent = timeExtent(dataSet.relations, { coarsest: "year", wholeYears: true });
  if (!extent) return { first: today - 365, last: today, openingDay: today, horizon: undefined };
  const horizon = evidenceHorizon(dataSet);
  const last = horizon ? Math.max(extent.first, horizon.last) : extent.last;
  const { first, latestStart } = extent;
  return { first, last, openingDay: latestStart ? Math.max(first, Math.min(latestStart.last, last)) : last, horizon };
}

export interface OpenEnds {
  /** Relations possibly active after the range's last day. */
  readonly count: number;
  /** Of them, those with an open end ("ongoing"). */
  readonly ongoing: number;
}

/** The relations that run on beyond `last`: ongoing, or ending only at a coarse date past it. */
export function openEnds(relations: readonly Relation[], last: Day): OpenEnds {
  let count = 0;
  let ongoing = 0;
  for (const r of relations) {
    const after = r.periods.filter((p) => p.last > last);
    if (!after.length) continue;
    count++;
    if (after.some((p) => p.end === null)) ongoing++;
  }
  return { count, ongoing };
}

/** "12 relations run on beyond 31 Mar 2026: 5 ongoing, 7 ending only later (dated to the year)". */
export function openEndsWords(ends: OpenEnds, last: string): string {
  const later = ends.count - ends.ongoing;
  const parts = [ends.ongoing ? `${ends.ongoing} ongoing` : "", later ? `${later} ending only at a later or coarser date` : ""].filter(Boolean);
  return `${ends.count} relation${ends.count === 1 ? "" : "s"} may run on beyond ${last}: ${parts.join(", ")}`;
}
