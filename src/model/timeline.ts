/**
 * The data's extent in time, and a histogram of when relations start and end and of how many
 * are active, certainly or only possibly, so a timeline can show the busy months before the
 * user drags to them, and how much of what it will show there is known rather than allowed.
 */
import { isEmptySpan, TimeBounds, type DaySpan } from "./certainty";
import { dayToIso, utcDay, type Day, type PartialDate, type Precision } from "./dates";
import type { Relation } from "./types";

/** How fine each precision is: a date is at least as fine as a bound when its number is at least the bound's. */
const FINENESS: Record<Precision, number> = { day: 3, month: 2, year: 1, decade: 0, century: -1 };

export interface TimeExtent {
  readonly first: Day;
  readonly last: Day;
  /** The dates that set the bounds, for showing them at their own precision. */
  readonly earliest: PartialDate;
  readonly latest: PartialDate;
  /** The latest period start among the dates counted: the data's "now", for a view to open on. */
  readonly latestStart: PartialDate | undefined;
}

export interface ExtentOptions {
  /**
   * Dates known only more coarsely than this do not set the bounds: a timeline keeps "year",
   * since one "19XX" would stretch its slider over a century of nothing. Every date counts by default.
   */
  readonly coarsest?: Precision;
  /** Moves `first` back to the 1st of January of its year, so a timeline starts on a whole year. */
  readonly wholeYears?: boolean;
}

/** The first and last day any finite period date covers (of those `options` count); undefined when there is none. */
export function timeExtent(relations: readonly Relation[], options: ExtentOptions = {}): TimeExtent | undefined {
  const coarsest = FINENESS[options.coarsest ?? "century"];
  const counted = (date: PartialDate | null): date is PartialDate => !!date && FINENESS[date.precision] >= coarsest;
  let earliest: PartialDate | undefined;
  let latest: PartialDate | undefined;
  let latestStart: PartialDate | undefined;
  for (const r of relations)
    for (const p of r.periods) {
      for (const date of [p.start, p.end]) {
        if (!counted(date)) continue;
        if (!earliest || date.first < earliest.first) earliest = date;
        if (!latest || date.last > latest.last) latest = date;
      }
      if (counted(p.start) && (!latestStart || p.start.last > latestStart.last)) latestStart = p.start;
    }
  if (!earliest || !latest) return undefined;
  const first = options.wholeYears ? utcDay(new Date(earliest.first * 86_400_000).getUTCFullYear(), 0, 1) : earliest.first;
  return { first, last: latest.last, earliest, latest, latestStart };
}

export type BinSize = "month" | "year";

export interface HistogramBin {
  /** "2025-10" for a month bin, "2025" for a year bin. */
  readonly label: string;
  readonly first: Day;
  readonly last: Day;
  /** Periods starting / ending in this bin, dated at least as precisely as the bin. */
  readonly starts: number;
  readonly ends: number;
  /**
   * Periods whose start / end is known only more coarsely than the bin (a year in a month
   * histogram); counted in the bin holding the date's first day, and kept apart so a timeline
   * can draw them as uncertain rather than pile them all on January.
   */
  readonly coarseStarts: number;
  readonly coarseEnds: number;
  /** Relations certainly active on some day of this bin (certainty.ts: their dates say so, maybe not which day). */
  readonly certain: number;
  /** Relations possibly active on some day of this bin, certainly on none: their dates allow it, none says it. */
  readonly possibleOnly: number;
}

/**
 * Per bin: the period starts and ends dated in it, and how many relations are certainly and only
 * possibly active in it, by the bounds given (pass the relation index's, which cut each period to
 * its actors' lifetimes; without them a period's own dates bound it). Each relation counts once a
 * bin however many of its periods touch it. One pass over the periods and one over the bins.
 */
export function histogram(
  relations: readonly Relation[],
  size: BinSize,
  extent: Pick<TimeExtent, "first" | "last"> | undefined = timeExtent(relations),
  bounds: TimeBounds = new TimeBounds([]),
): HistogramBin[] {
  if (!extent) return [];
  const bins = binsCovering(extent, size);
  const firsts = Float64Array.from(bins, (b) => b.first);
  const n = bins.length;
  const lastDay = bins[n - 1].last;
  /** The bin holding `day`, or -1 before the first or n after the last. */
  const binOf = (day: Day): number => {
    if (day < firsts[0]) return -1;
    if (day > lastDay) return n;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (firsts[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const fine = size === "month" ? FINENESS.month : FINENESS.year;
  const count = (date: PartialDate | null, field: "starts" | "ends") => {
    if (!date) return;
    // Dates outside the asked range (a timeline that starts later than the data) are not counted.
    const bin = bins[binOf(date.first)];
    if (!bin) return;
    const key = FINENESS[date.precision] >= fine ? field : field === "starts" ? "coarseStarts" : "coarseEnds";
    bin[key]++;
  };
  // Activity as differences: +1 at a run's first bin, -1 after its last; summed once at the end.
  const possible = new Int32Array(n + 1);
  const certain = new Int32Array(n + 1);
  const runs: [number, number][] = [];
  const add = (spans: readonly DaySpan[], into: Int32Array) => {
    runs.length = 0;
    for (const span of spans) {
      if (span.last < span.first) continue;
      const a = Math.max(0, binOf(span.first));
      const b = Math.min(n - 1, binOf(span.last));
      if (a <= b) runs.push([a, b]);
    }
    if (runs.length > 1) runs.sort((x, y) => x[0] - y[0]);
    // Two periods in one bin (a relation that lapsed and resumed within a month) count it once.
    let [a, b] = runs[0] ?? [0, -1];
    for (let i = 1; i <= runs.length; i++) {
      const next = runs[i];
      if (next && next[0] <= b + 1) b = Math.max(b, next[1]);
      else {
        if (a <= b) (into[a]++, into[b + 1]--);
        if (next) [a, b] = next;
      }
    }
  };
  for (const r of relations) {
    for (const p of r.periods) {
      count(p.start, "starts");
      count(p.end, "ends");
    }
    const periods = bounds.of(r);
    add(periods.map((p) => p.possible), possible);
    // A span it certainly has a day in counts in a bin holding all of it: a month's event in that month.
    const within = periods.flatMap(({ certainWithin: w }) => (!isEmptySpan(w) && binOf(w.first) === binOf(w.last) ? [{ first: w.first, last: w.first }] : []));
    add([...periods.map((p) => p.certain), ...within], certain);
  }
  let possibleNow = 0;
  let certainNow = 0;
  for (let i = 0; i < n; i++) {
    possibleNow += possible[i];
    certainNow += certain[i];
    bins[i].certain = certainNow;
    bins[i].possibleOnly = possibleNow - certainNow;
  }
  return bins;
}

function binsCovering(extent: Pick<TimeExtent, "first" | "last">, size: BinSize): { -readonly [K in keyof HistogramBin]: HistogramBin[K] }[] {
  const [y0, m0] = dayToIso(extent.first).split("-").map(Number);
  const [y1, m1] = dayToIso(extent.last).split("-").map(Number);
  const bins = [];
  const dayOf = (y: number, m: number) => utcDay(y, m - 1, 1);
  if (size === "year")
    for (let y = y0; y <= y1; y++) bins.push({ label: String(y).padStart(4, "0"), first: dayOf(y, 1), last: dayOf(y + 1, 1) - 1 });
  else
    for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++)
      bins.push({ label: `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`, first: dayOf(y, m), last: dayOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1) - 1 });
  return bins.map((b) => ({ ...b, starts: 0, ends: 0, coarseStarts: 0, coarseEnds: 0, certain: 0, possibleOnly: 0 }));
}
