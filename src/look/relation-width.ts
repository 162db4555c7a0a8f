/**
 * How wide a relation is drawn: by confidence (thicker when more certain), or by the deaths its
 * evidence counts in the time shown (model/deaths.ts). The reducers, the legend on screen and
 * the legend of an image all read these numbers, so a line and its key agree.
 *
 * Deaths are drawn on a log scale: counts of this kind run over orders of magnitude (a day's
 * clash, a year's war; ACLED's and UCDP's events are mostly of a few deaths, a few of hundreds),
 * and over a window from a day to decades. A square-root scale would leave everything but the
 * largest few as hairlines; a log one keeps 1, 10 and 100 deaths apart on the same screen.
 *
 * The widest line is the most deaths one relation of the data set counts over all time, which
 * no window can exceed for it: the scale never moves while the timeline plays, and two images
 * or a film's frames of one data set read alike. (The most on screen would widen every line
 * each time a large count left the view.) A line standing for several relations (a bundle) is
 * as wide as their deaths together, no wider than the widest.
 */
import type { Day } from "../model/dates";
import { deathsIn } from "../model/deaths";
import type { Confidence } from "../model/types";
import type { ViewSlice } from "../state/view-slice";

/** Line widths by confidence, in CSS pixels: thick enough to hit with a click (sigma picks at half resolution). */
export const CONFIDENCE_WIDTH: Readonly<Record<Confidence, number>> = { high: 3, medium: 2.2, low: 1.5 };

/** Line widths by deaths, in CSS pixels: no deaths (or none counted) the thinnest, the data set's most the widest. */
export const DEATHS_WIDTH = { thinnest: 1.2, widest: 9 } as const;

/** What a line that counts no deaths is called: not "0 deaths", as its source may not count them. */
export const NO_DEATHS_COUNTED = "no deaths counted";

/** A line's width for `deaths` (null: none counted), on the log scale up to `largest`. */
export function deathsWidth(deaths: number | null, largest: number): number {
  const { thinnest, widest } = DEATHS_WIDTH;
  if (deaths === null || deaths <= 0 || largest <= 0) return thinnest;
  return Math.min(widest, thinnest + ((widest - thinnest) * Math.log1p(deaths)) / Math.log1p(largest));
}

/**
 * Two or three counts to show the scale with: the largest rounded down to one figure (5,321 →
 * 5,000), and the powers of ten under it, the last three in all (100, 1,000, 5,000).
 */
export function referenceDeaths(largest: number): number[] {
  if (!(largest >= 1)) return [];
  const power = 10 ** Math.floor(Math.log10(largest));
  const top = Math.floor(largest / power) * power;
  const counts: number[] = [];
  for (let p = 1; p < top; p *= 10) counts.push(p);
  counts.push(top);
  return counts.slice(-3);
}

const NUMBER = new Intl.NumberFormat("en-GB");

/** "1 death", "1,000 deaths". */
export const deathsInWords = (deaths: number): string => `${NUMBER.format(deaths)} ${deaths === 1 ? "death" : "deaths"}`;

/** A legend's key to line widths: what they mean and a few lines with their numbers. */
export interface WidthKey {
  readonly heading: string;
  /** What the width counts, in a sentence. */
  readonly note: string;
  /** Thinnest first, each with its width in CSS pixels as the view draws it. */
  readonly entries: readonly { readonly label: string; readonly width: number }[];
}

export const DEATHS_HEADING = "Width: deaths in the time shown";

/** The key to widths by deaths, for a data set whose relations count at most `largest` over all time. */
export function deathsKey(largest: number): WidthKey {
  return {
    heading: DEATHS_HEADING,
    note: `As the evidence counts them, on a log scale: the widest line is ${NUMBER.format(largest)}, the most one relation counts over all time.`,
    entries: [{ label: NO_DEATHS_COUNTED, width: DEATHS_WIDTH.thinnest }, ...referenceDeaths(largest).map((n) => ({ label: deathsInWords(n), width: deathsWidth(n, largest) }))],
  };
}

/** The key to widths by confidence. */
export function confidenceKey(): WidthKey {
  return {
    heading: "Width: confidence",
    note: "Thicker when the evidence is more certain.",
    entries: (["low", "medium", "high"] as const).map((level) => ({ label: level, width: CONFIDENCE_WIDTH[level] })),
  };
}

/** The deaths each shown relation counts in the view's time, and the scale's top: what the edge reducer sizes lines by. */
export interface DeathWidths {
  /** The most deaths one relation of the data set counts over all time: the widest line. */
  readonly largest: number;
  /** Deaths by relation id, for the relations shown that count any (zero included). */
  readonly deaths: ReadonlyMap<string, number>;
}

/** The deaths of the slice's relations in [from, to]: read once per slice, not per frame. */
export function deathWidthsOf(slice: Pick<ViewSlice, "ordinals">, from: Day, to: Day, largest: number): DeathWidths {
  const { relations, relationIds } = slice.ordinals.vocabulary;
  const deaths = new Map<string, number>();
  for (const i of slice.ordinals.relations) {
    const count = deathsIn(relations[i], from, to);
    if (count !== null) deaths.set(relationIds[i], count);
  }
  return { largest, deaths };
}

/** The deaths a line standing for `members` counts: theirs together, or null when none counts any. */
export function deathsOfLine(widths: DeathWidths, members: readonly string[]): number | null {
  let sum: number | null = null;
  for (const id of members) {
    const deaths = widths.deaths.get(id);
    if (deaths !== undefined) sum = (sum ?? 0) + deaths;
  }
  return sum;
}

/** The relations whose deaths differ between two readings (a step of the timeline): their lines change width. */
export function deathsChanged(before: DeathWidths, after: DeathWidths): string[] {
  const changed: string[] = [];
  for (const [id, deaths] of after.deaths) if (before.deaths.get(id) !== deaths) changed.push(id);
  for (const id of before.deaths.keys()) if (!after.deaths.has(id)) changed.push(id);
  return changed;
}
