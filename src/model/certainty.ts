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
 * - Every span is cut to both actors' lifetimes: a relation is never active while one of its
 *   actors does not exist, and the data is read as agreeing with itself (a relation it dates
 *   happened while both actors existed). A lifetime's open start ("../2009", a man who died in
 *   2009) is open: he existed before any date the data gives.
 * - A qualified date (~ approximate, ? uncertain, % both) may be off by one of its units: "2023?/.."
 *   is possible from 2023 as written, but certain only from the end of 2024; "c. 2021 – 2026-03"
 *   certain from the end of 2022. Doubt narrows what is certain; the possible span stays as
 *   written, the best reading the source gives.
 *
 * Over a window of days, more is certain than on any one day: "2026-03" is certain on no day,
 * but certainly active at some time in any window holding all of March 2026. In general a
 * window certainly holds a day of a period when it ends no earlier than the latest day the
 * period may have begun and starts no later than the earliest day it may have ended: when the
 * first comes before the second those days are `certain`; otherwise the window must cover the
 * days between them (`certainWithin`: a month event's month, the month "../2026-03" ended in).
 */
import { utcDay, type Day, type PartialDate, type Period } from "./dates";
import type { Actor, Relation } from "./types";

/** Whole days [first, last], ends included; empty when last < first. */
export interface DaySpan {
  readonly first: Day;
  readonly last: Day;
}

export interface PeriodBounds {
  /** Every day the period may cover, as written. */
  readonly possible: DaySpan;
  /** The days it certainly covers: within `possible`, and often empty. */
  readonly certain: DaySpan;
  /**
   * When no day is certain: the span it certainly has a day in, so a window covering it certainly
   * holds one (a month event: that month). Empty when a day is certain, or none is possible.
   */
  readonly certainWithin: DaySpan;
  /** Every day any reading of its dates allows: `possible`, widened by a unit at a qualified date. */
  readonly widest: DaySpan;
}

export const ALWAYS: DaySpan = { first: -Infinity, last: Infinity };
export const NO_DAY: DaySpan = { first: Infinity, last: -Infinity };
export const isEmptySpan = (span: DaySpan): boolean => span.last < span.first;

export function intersect(a: DaySpan, b: DaySpan): DaySpan {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return last < first ? NO_DAY : { first, last };
}

/** Whether a span has a day in [from, to]; an empty one has none, even in a window over all time. */
export const meets = (span: DaySpan, from: Day, to: Day): boolean => !isEmptySpan(span) && span.first <= to && span.last >= from;

/** Whether a period with these bounds certainly has a day in [from, to]. */
export const certainlyIn = (b: PeriodBounds, from: Day, to: Day): boolean =>
  meets(b.certain, from, to) || (!isEmptySpan(b.certainWithin) && from <= b.certainWithin.first && b.certainWithin.last <= to);

/**
 * How an open start is read: "unknown" for a relation (it began some time before its end, no
 * one says when), "open" for a lifetime (the actor existed before any date given).
 */
export type OpenStart = "unknown" | "open";

/**
 * The six numbers the bounds are worked out in, at out[at..at+5]: the possible first and last
 * day (as written); the latest day the period may have begun and the earliest it may have ended
 * (in that order, which is the certain span when it is not reversed, the span a window must cover
 * when it is); the earliest and the latest day any reading of its dates allows.
 */
export const DAYS_PER_PERIOD = 6;

/** A period's bounds on its own, before any lifetime cuts them. */
export function periodBounds(period: Period, openStart: OpenStart = "unknown"): PeriodBounds {
  const days = new Float64Array(DAYS_PER_PERIOD);
  writePeriodDays(period, openStart, days, 0);
  return boundsOf(cut(days, 0, ALWAYS_DAYS, days, 0), 0);
}

/**
 * A period's six numbers (DAYS_PER_PERIOD) at `out[at..]`, before any lifetime cuts them. The
 * relation index calls it for every period of hundreds of thousands of relations, so it
 * allocates nothing.
 */
export function writePeriodDays(period: Period, openStart: OpenStart, out: Float64Array, at: number): void {
  const { start, end } = period;
  const earliest = start ? earliestReading(start) : -Infinity;
  const latest = end ? latestReading(end) : Infinity;
  let begunBy: Day;
  let endedFrom: Day;
  if (period.uncertainPoint || (start && start === end)) {
    // One date or one moment somewhere in a span: it may be any day any reading allows.
    [begunBy, endedFrom] = [latest, earliest];
  } else {
    begunBy = start ? latestReading(start) : openStart === "open" ? -Infinity : Infinity;
    endedFrom = end ? earliestReading(end) : Infinity;
  }
  out[at] = period.first;
  out[at + 1] = period.last;
  // It begins no later than it ends, and ends no earlier than it begins.
  out[at + 2] = Math.min(begunBy, latest);
  out[at + 3] = Math.max(endedFrom, earliest);
  out[at + 4] = earliest;
  out[at + 5] = latest;
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
  return actor?.lifetime ? periodBounds(actor.lifetime, "open") : { possible: ALWAYS, certain: ALWAYS, certainWithin: NO_DAY, widest: ALWAYS };
}

/** Each period of a relation as bounds, cut to both actors' lifetimes. */
export function relationBounds(relation: Relation, source: PeriodBounds, target: PeriodBounds): PeriodBounds[] {
  return boundsCutTo(relation, lifeDays(source, target));
}

function boundsCutTo(relation: Relation, life: Float64Array): PeriodBounds[] {
  const days = new Float64Array(DAYS_PER_PERIOD);
  return relation.periods.map((period) => boundsOf(cutToLife(period, days, 0, life), 0));
}

const ALWAYS_DAYS = Float64Array.of(-Infinity, Infinity, -Infinity, Infinity, -Infinity, Infinity);

/** Two actors' lifetimes together, as six numbers (DAYS_PER_PERIOD): the days both may, and both certainly, exist. */
export function lifeDays(source: PeriodBounds, target: PeriodBounds): Float64Array {
  return bothLives(daysOf(source), daysOf(target));
}

function bothLives(a: Float64Array, b: Float64Array): Float64Array {
  // Both exist from the later of their beginnings to the earlier of their ends.
  return Float64Array.of(Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.min(a[3], b[3]), Math.max(a[4], b[4]), Math.min(a[5], b[5]));
}

/**
 * A relation's period as six numbers at `out[at..]` (DAYS_PER_PERIOD), cut to the actors'
 * lifetimes (`lifeDays`); returns `out`.
 */
export function cutToLife(period: Period, out: Float64Array, at: number, life: Float64Array): Float64Array {
  writePeriodDays(period, "unknown", out, at);
  return cut(out, at, life, out, at);
}

/**
 * Six numbers cut to a lifetime's six, written at `out[outAt..]`. The relation is active from
 * the later of its beginning and the actors', to the earlier of its end and theirs: the latest
 * it may have begun is the later of the latest beginnings, but no later than the latest it may
 * have ended; likewise the earliest it may have ended.
 */
function cut(days: Float64Array, at: number, life: Float64Array, out: Float64Array, outAt: number): Float64Array {
  const earliest = Math.max(days[at + 4], life[4]);
  const latest = Math.min(days[at + 5], life[5]);
  const begunBy = Math.min(Math.max(days[at + 2], life[2]), latest);
  const endedFrom = Math.max(Math.min(days[at + 3], life[3]), earliest);
  out[outAt] = Math.max(days[at], life[0]);
  out[outAt + 1] = Math.min(days[at + 1], life[1]);
  out[outAt + 2] = begunBy;
  out[outAt + 3] = endedFrom;
  out[outAt + 4] = earliest;
  out[outAt + 5] = latest;
  return out;
}

/** Six numbers as bounds. A period possible on no day (wholly outside a lifetime) is certain nowhere. */
function boundsOf(days: Float64Array, at: number): PeriodBounds {
  const [possibleFirst, possibleLast, begunBy, endedFrom, earliest, latest] = [days[at], days[at + 1], days[at + 2], days[at + 3], days[at + 4], days[at + 5]];
  const possible = possibleLast < possibleFirst ? NO_DAY : { first: possibleFirst, last: possibleLast };
  const some = !isEmptySpan(possible);
  return {
    possible,
    certain: some && begunBy <= endedFrom ? { first: begunBy, last: endedFrom } : NO_DAY,
    certainWithin: some && begunBy > endedFrom ? { first: endedFrom, last: begunBy } : NO_DAY,
    widest: latest < earliest ? NO_DAY : { first: earliest, last: latest },
  };
}

/** Bounds back as six numbers: the inverse of boundsOf for any period possible on some day. */
function daysOf(b: PeriodBounds): Float64Array {
  const [begunBy, endedFrom] = isEmptySpan(b.certain) ? [b.certainWithin.last, b.certainWithin.first] : [b.certain.first, b.certain.last];
  return Float64Array.of(b.possible.first, b.possible.last, begunBy, endedFrom, b.widest.first, b.widest.last);
}

/**
 * The bounds of every relation of a data set, worked out once per relation and kept with it.
 * Keyed by the relation record, which is immutable, so one data set never pays twice.
 */
export class TimeBounds {
  private readonly lifetimes = new Map<string, PeriodBounds>();
  /** The same lifetimes as six numbers each, so a relation's pair costs no conversion. */
  private readonly lifeDays = new Map<string, Float64Array>();
  private readonly bounds = new WeakMap<Relation, readonly PeriodBounds[]>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      if (!actor.lifetime) continue;
      const bounds = lifetimeBounds(actor);
      this.lifetimes.set(actor.id, bounds);
      this.lifeDays.set(actor.id, daysOf(bounds));
    }
  }

  lifetimeOf(actor: string): PeriodBounds {
    return this.lifetimes.get(actor) ?? lifetimeBounds(undefined);
  }

  of(relation: Relation): readonly PeriodBounds[] {
    let known = this.bounds.get(relation);
    if (!known) {
      const [a, b] = [this.lifeDays.get(relation.source), this.lifeDays.get(relation.target)];
      this.bounds.set(relation, (known = boundsCutTo(relation, a && b ? bothLives(a, b) : (a ?? b ?? ALWAYS_DAYS))));
    }
    return known;
  }

  /**
   * Whether the relation is possibly (or, with `certain`, certainly) active on some day of
   * [from, to]. Certainly: a period's certain days meet the window, or the window covers the
   * span it certainly has a day in (`certainWithin`), which is never a single day, so a window
   * of one day answers as that day does.
   */
  activeIn(relation: Relation, from: Day, to: Day, certain = false): boolean {
    return this.of(relation).some((b) => (certain ? certainlyIn(b, from, to) : meets(b.possible, from, to)));
  }
}
