/**
 * Known and possible time: for each period of a relation, the days the data says it certainly
 * covers and the wider span of days it allows. Slicing asks both ("certainly active on 1 March
 * 2026", "possibly active"), so the explorer can draw a guess as a guess and never as a fact.
 *
 * How a period is read, at the precision of its dates:
 * - "2025-10/2026-03" (a state or a run of events): possible from 1 Oct 2025 to 31 Mar 2026,
 *   certain from 31 Oct 2025 (it had started by then, whatever day it started) to 1 Mar 2026.
 * - "2026-03" (one date, coarser than a day) and "[2021..2022]" (one moment in a span): possible
 *   on each of its days, certain on none. A single day is certain on that day.
 * - "../2026-03" (start unknown): possible back to when both actors existed, certain on no day
 *   before its end, which is certain only when it is a single day.
 * - "2025-05/.." (ongoing): certain from May 2025 on, as the source says it still holds.
 * - Every span is cut to both actors' lifetimes, possible to possible and certain to certain: a
 *   relation is never active while one of its actors does not exist. A lifetime's open start
 *   ("../2009", a man who died in 2009) is open: he existed before any date the data gives.
 * - A qualified date (~ approximate, ? uncertain, % both) may be off by one of its units: "2023?/.."
 *   is possible from 2023 as written, but certain only from the end of 2024; "c. 2021 – 2026-03"
 *   certain from the end of 2022. Doubt narrows what is certain; the possible span stays as
 *   written, the best reading the source gives.
 */
import { utcDay, type Day, type PartialDate, type Period } from "./dates";
import type { Actor, Relation } from "./types";

/** Whole days [first, last], ends included; empty when last < first. */
export interface DaySpan {
  readonly first: Day;
  readonly last: Day;
}

export interface PeriodBounds {
  /** Every day the period may cover. */
  readonly possible: DaySpan;
  /** The days it certainly covers: within `possible`, and often empty. */
  readonly certain: DaySpan;
}

export const ALWAYS: DaySpan = { first: -Infinity, last: Infinity };
export const NO_DAY: DaySpan = { first: Infinity, last: -Infinity };
export const isEmptySpan = (span: DaySpan): boolean => span.last < span.first;

export function intersect(a: DaySpan, b: DaySpan): DaySpan {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return last < first ? NO_DAY : { first, last };
}

/**
 * How an open start is read: "unknown" for a relation (it began some time before its end, no
 * one says when), "open" for a lifetime (the actor existed before any date given).
 */
export type OpenStart = "unknown" | "open";

/** A period's bounds on its own, before any lifetime cuts them. */
export function periodBounds(period: Period, openStart: OpenStart = "unknown"): PeriodBounds {
  const days = new Float64Array(4);
  writePeriodDays(period, openStart, days, 0);
  return { possible: { first: days[0], last: days[1] }, certain: days[3] < days[2] ? NO_DAY : { first: days[2], last: days[3] } };
}

/**
 * The same bounds as four numbers written at `out[at..at+3]`: possible first and last, certain
 * first and last (certain last < first when no day is certain). The relation index calls it for
 * every period of hundreds of thousands of relations, so it allocates nothing.
 */
export function writePeriodDays(period: Period, openStart: OpenStart, out: Float64Array, at: number): void {
  const { start, end } = period;
  out[at] = period.first;
  out[at + 1] = period.last;
  if (period.uncertainPoint || (start && start === end)) {
    // One date or one moment somewhere in a span: no day of it is certain unless it is one day.
    const oneDay = period.first === period.last && !start?.qualifier;
    out[at + 2] = oneDay ? period.first : Infinity;
    out[at + 3] = oneDay ? period.last : -Infinity;
    return;
  }
  const certainFirst = start ? latestReading(start) : openStart === "open" ? -Infinity : end ? latestReading(end) : Infinity;
  const certainLast = end ? earliestReading(end) : Infinity;
  out[at + 2] = Math.max(certainFirst, period.first);
  out[at + 3] = Math.min(certainLast, period.last);
}

/** Whole units of a date's precision after (n > 0) or before (n < 0) the first day of its span. */
function unitsFrom(date: PartialDate, n: number): Day {
  const [y, m, d] = new Date(date.first * 86_400_000).toISOString().slice(0, 10).split("-").map(Number);
  switch (date.precision) {
    case "day":
      return date.first + n;
    case "month":
      return utcDay(y, m - 1 + n, d);
    case "year":
      return utcDay(y + n, m - 1, d);
    case "decade":
      return utcDay(y + 10 * n, m - 1, d);
    case "century":
      return utcDay(y + 100 * n, m - 1, d);
  }
}

/** The last day a date may stand for: its own last day, or with a qualifier that of the unit after it. */
const latestReading = (date: PartialDate): Day => (date.qualifier ? unitsFrom(date, 2) - 1 : date.last);

/** The first day a date may stand for: its own first day, or with a qualifier that of the unit before it. */
const earliestReading = (date: PartialDate): Day => (date.qualifier ? unitsFrom(date, -1) : date.first);

/** An actor's lifetime as bounds; an actor with none is there at every date. */
export function lifetimeBounds(actor: Actor | undefined): PeriodBounds {
  return actor?.lifetime ? periodBounds(actor.lifetime, "open") : { possible: ALWAYS, certain: ALWAYS };
}

/** Each period of a relation as bounds, cut to both actors' lifetimes. */
export function relationBounds(relation: Relation, source: PeriodBounds, target: PeriodBounds): PeriodBounds[] {
  const days = new Float64Array(4);
  const life = lifeDays(source, target);
  return relation.periods.map((period) => {
    cutToLife(period, days, 0, life);
    return { possible: days[1] < days[0] ? NO_DAY : { first: days[0], last: days[1] }, certain: days[3] < days[2] ? NO_DAY : { first: days[2], last: days[3] } };
  });
}

/** Two actors' lifetimes together: the days both possibly exist, and the days both certainly do. */
export function lifeDays(source: PeriodBounds, target: PeriodBounds): Float64Array {
  const possible = intersect(source.possible, target.possible);
  const certain = intersect(source.certain, target.certain);
  return Float64Array.of(possible.first, possible.last, certain.first, certain.last);
}

/**
 * A relation's period as four numbers at `out[at..at+3]` (see writePeriodDays), cut to the
 * actors' lifetimes (`lifeDays`); the certain days stay within the possible ones.
 */
export function cutToLife(period: Period, out: Float64Array, at: number, life: Float64Array): void {
  writePeriodDays(period, "unknown", out, at);
  out[at] = Math.max(out[at], life[0]);
  out[at + 1] = Math.min(out[at + 1], life[1]);
  out[at + 2] = Math.max(out[at + 2], life[2], out[at]);
  out[at + 3] = Math.min(out[at + 3], life[3], out[at + 1]);
}

/**
 * The bounds of every relation of a data set, worked out once per relation and kept with it.
 * Keyed by the relation record, which is immutable, so one data set never pays twice.
 */
export class TimeBounds {
  private readonly lifetimes = new Map<string, PeriodBounds>();
  private readonly bounds = new WeakMap<Relation, readonly PeriodBounds[]>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) if (actor.lifetime) this.lifetimes.set(actor.id, lifetimeBounds(actor));
  }

  lifetimeOf(actor: string): PeriodBounds {
    return this.lifetimes.get(actor) ?? { possible: ALWAYS, certain: ALWAYS };
  }

  of(relation: Relation): readonly PeriodBounds[] {
    let known = this.bounds.get(relation);
    if (!known) this.bounds.set(relation, (known = relationBounds(relation, this.lifetimeOf(relation.source), this.lifetimeOf(relation.target))));
    return known;
  }

  /** Whether the relation is possibly (or, with `certain`, certainly) active on some day of [from, to]. */
  activeIn(relation: Relation, from: Day, to: Day, certain = false): boolean {
    return this.of(relation).some((b) => {
      const span = certain ? b.certain : b.possible;
      return span.first <= to && span.last >= from;
    });
  }
}
