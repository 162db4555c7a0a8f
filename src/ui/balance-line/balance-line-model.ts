/**
 * The balance line as data: the points of the series (a gap where no triad decides the ratio),
 * the day each point stands for, and the chart's name in one sentence ("Balance 0.62 on 1 Mar
 * 2026, from 0.80 in Dec 2015"). Pure: no Plot, no DOM.
 */
import { MONTHS, type Day } from "../../model/dates";
import type { AlignmentSeries } from "./balance-series";

export interface BalancePoint {
  readonly day: Day;
  /** null: no triad decides it then; the line breaks. */
  readonly ratio: number | null;
  /** What pointing at it says: its step in words, the ratio and the counts. */
  readonly title: string;
}

/** A step's day in words at the step's precision: "Dec 2015", or "2015" for a yearly series. */
export function stepInWords(day: Day, step: AlignmentSeries["step"]): string {
  const date = new Date(day * 86_400_000);
  return step === "year" ? String(date.getUTCFullYear()) : `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function balancePoints(series: AlignmentSeries): BalancePoint[] {
  return series.steps.map((s) => ({
    day: s.day,
    ratio: s.ratio,
    title:
      s.ratio === null
        ? `${stepInWords(s.day, series.step)}: no triad of three signed pairs`
        : `${stepInWords(s.day, series.step)}: balance ${s.ratio.toFixed(2)} (${s.balanced} balanced, ${s.unbalanced} unbalanced)`,
  }));
}

/**
 * The line's name: the balance on the date shown (from the slice itself, not the nearest step),
 * then where the series starts, so a reader hears the trend without the picture.
 */
export function balanceSummary(now: { ratio: number | null; when: string }, series: AlignmentSeries | null): string {
  const head = now.ratio === null ? `Balance: no triad of three signed pairs ${now.when}` : `Balance ${now.ratio.toFixed(2)} ${now.when}`;
  const first = series?.steps.find((s) => s.ratio !== null);
  if (!series || !first) return series ? `${head}; no triad to balance at any ${series.step} step` : head;
  let low = first;
  for (const s of series.steps) if (s.ratio !== null && s.ratio < low.ratio!) low = s;
  const lowest = low === first ? "" : `, lowest ${low.ratio!.toFixed(2)} in ${stepInWords(low.day, series.step)}`;
  return `${head}, from ${first.ratio!.toFixed(2)} in ${stepInWords(first.day, series.step)}${lowest} (${series.step === "month" ? "monthly" : "yearly"} steps)`;
}

/** The step nearest a click on the chart's time axis, as the day to move to. */
export function nearestStep(series: AlignmentSeries, day: Day): Day | null {
  let best: Day | null = null;
  for (const s of series.steps) if (best === null || Math.abs(s.day - day) < Math.abs(best - day)) best = s.day;
  return best;
}
