/**
 * The data's extent in time, and a histogram of when relations start and end, so a timeline
 * can show the busy months before the user drags to them.
 */
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
}

export function histogram(relations: readonly Relation[], size: BinSize, extent: Pick<TimeExtent, "first" | "last"> | undefined = timeExtent(relations)): HistogramBin[] {
  if (!extent) return [];
  const bins = binsCovering(extent, size);
  const binOf = (day: Day) => {
    const iso = dayToIso(day);
    const [y, m] = iso.split("-").map(Number);
    const [y0, m0] = dayToIso(bins[0].first).split("-").map(Number);
    return size === "year" ? y - y0 : (y - y0) * 12 + (m - m0);
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
  for (const r of relations)
    for (const p of r.periods) {
      count(p.start, "starts");
      count(p.end, "ends");
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
  return bins.map((b) => ({ ...b, starts: 0, ends: 0, coarseStarts: 0, coarseEnds: 0 }));
}
