/**
 * The timeline's arithmetic, apart from the DOM so it is easy to read and test: stepping a day
 * by days, months or years with the keyboard and the step buttons (model/calendar-steps.ts: whole
 * months, no drift), moving a window, the next frame of playback, axis ticks, and the strip's
 * summary for screen readers.
 */
import { stepDay, type StepUnit } from "../../model/calendar-steps";
import { dayToIso, MONTHS, utcDay, type Day } from "../../model/dates";
import type { HistogramBin } from "../../model/timeline";
import { modeSwitch, type TimeChange } from "../../state/producers";
import type { TimeMode } from "../../state/view-state";

/** The part of the timeline's properties that time arithmetic needs. */
export interface TimeRange {
  readonly first: Day;
  readonly last: Day;
  readonly mode: TimeMode;
  readonly at: Day;
  readonly from: Day;
  readonly to: Day;
}

export type { TimeChange };

export const clampDay = (day: Day, lo: Day, hi: Day): Day => Math.min(hi, Math.max(lo, day));

/**
 * What a key does on a date slider: a step back or forward of the chosen size (`unit` absent)
 * or of a year (Shift+arrows, Page keys), or a jump to an end; undefined = not ours.
 */
export type KeyStep = { readonly count: 1 | -1; readonly unit?: "year" } | { readonly end: "first" | "last" };

export function keyStep(key: string, shift: boolean): KeyStep | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return shift ? { count: 1, unit: "year" } : { count: 1 };
    case "ArrowLeft":
    case "ArrowDown":
      return shift ? { count: -1, unit: "year" } : { count: -1 };
    case "PageUp":
      return { count: 1, unit: "year" };
    case "PageDown":
      return { count: -1, unit: "year" };
    case "Home":
      return { end: "first" };
    case "End":
      return { end: "last" };
    default:
      return undefined;
  }
}

/** Which handle a day belongs to: a window's start lands on a month's first day, a date or a window's end on its last. */
export type Handle = "at" | "from" | "to";
const anchorOf = (handle: Handle) => (handle === "from" ? "start" : "end");

/** Applies a key step of `unit` (unless the step names its own) to a handle's day, kept within [lo, hi]. */
export function applyStep(day: Day, step: KeyStep, unit: StepUnit, lo: Day, hi: Day, handle: Handle = "at"): Day {
  if ("end" in step) return step.end === "first" ? lo : hi;
  return clampDay(stepDay(day, step.unit ?? unit, step.count, anchorOf(handle)), lo, hi);
}

/**
 * Moves a window by `count` units, both ends together (the start to a month's first day, the
 * end to a month's last, for month and year steps); at the range's edge the leading end stops and
 * the other keeps moving up to it, so the window never leaves [first, last] or turns over.
 */
export function shiftWindow(from: Day, to: Day, unit: StepUnit, count: number, first: Day, last: Day): { from: Day; to: Day } {
  const nextTo = clampDay(stepDay(to, unit, count, "end"), first, last);
  const nextFrom = clampDay(stepDay(from, unit, count, "start"), first, last);
  return count >= 0 ? { from: Math.min(nextFrom, nextTo), to: nextTo } : { from: nextFrom, to: Math.max(nextTo, nextFrom) };
}

/** One step back or forward, for the step buttons: the date, or the whole window. */
export function stepBy(t: TimeRange, unit: StepUnit, count: number): TimeChange {
  if (t.mode === "window") return shiftWindow(t.from, t.to, unit, count, t.first, t.last);
  return { at: clampDay(stepDay(t.at, unit, count, "end"), t.first, t.last) };
}

/** The next frame of playback (one step on), or "stop" once the date or window has reached the end. */
export function playbackStep(t: TimeRange, unit: StepUnit = "month"): TimeChange | "stop" {
  if (t.mode === "window") return t.to >= t.last ? "stop" : shiftWindow(t.from, t.to, unit, 1, t.first, t.last);
  return t.at >= t.last ? "stop" : stepBy(t, unit, 1);
}

/** Pressing play at the end starts again from the beginning (the window keeps its length). */
export function rewindForPlay(t: TimeRange): TimeChange | undefined {
  if (t.mode === "window") return t.to >= t.last ? { from: t.first, to: clampDay(t.first + (t.to - t.from), t.first, t.last) } : undefined;
  return t.at >= t.last ? { at: t.first } : undefined;
}

/**
 * Switching mode, by the view state's own rule (modeSwitch in state/producers.ts: the window
 * keeps through "as of" and back), with any proposed window inside the days the slider shows.
 */
export const modeChange = (t: TimeRange, mode: TimeMode): TimeChange => modeSwitch(t, mode, t);

/** Fraction (0–1) of the way from first to last: the slider's and the strip's shared scale. */
export const fractionOf = (day: Day, first: Day, last: Day): number => (day - first) / Math.max(1, last - first);

/** "2025-10" → "Oct 2025"; a year bin's label is the year. */
export function binName(bin: HistogramBin): string {
  const [y, m] = bin.label.split("-");
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}

/** The bins that overlap [first, last]. */
export const binsIn = (bins: readonly HistogramBin[], first: Day, last: Day): HistogramBin[] => bins.filter((b) => b.last >= first && b.first <= last);

/** How a month (or run of months) stands: "3 relations certainly active, 12 only possibly active (their dates allow it, none says it)". */
export function activityWords(certain: number, possibleOnly: number): string {
  const c = `${plural(certain, "relation")} certainly active`;
  return possibleOnly ? `${c}, ${possibleOnly} only possibly active (their dates allow it, none says it)` : c;
}

/**
 * What the strip shows, in words: where the most relations are certainly and only possibly
 * active, the busiest month for starts and ends, and how many dates are only coarsely known.
 */
export function stripSummary(bins: readonly HistogramBin[], first: Day, last: Day): string {
  const shown = binsIn(bins, first, last);
  if (shown.length === 0) return "Relations active, starting and ending per month: no dated relations in this range";
  const range = `${binName(shown[0])} to ${binName(shown[shown.length - 1])}`;
  const mostBy = (n: (b: HistogramBin) => number) => shown.reduce((best, b) => (n(b) > n(best) ? b : best));
  const mostCertain = mostBy((b) => b.certain);
  const mostPossible = mostBy((b) => b.possibleOnly);
  const active = [
    mostCertain.certain > 0 ? `at most ${mostCertain.certain} certainly active (solid), in ${binName(mostCertain)}` : "none certainly active",
    mostPossible.possibleOnly > 0 ? `at most ${mostPossible.possibleOnly} only possibly active (hatched: their dates allow it, none says it), in ${binName(mostPossible)}` : "none only possibly active",
  ];
  const busiest = mostBy((b) => b.starts + b.ends);
  const coarse = shown.reduce((n, b) => n + b.coarseStarts + b.coarseEnds, 0);
  const parts = [`Relations active per month (top row), ${range}: ${active.join(" and ")}`, "relations starting (up) and ending (down) per month (bottom row)"];
  if (busiest.starts + busiest.ends > 0) parts.push(`busiest: ${binName(busiest)} (${plural(busiest.starts, "start")}, ${plural(busiest.ends, "end")})`);
  if (coarse > 0) parts.push(`${plural(coarse, "date")} known only to the year or less precisely, drawn hatched across their year`);
  return parts.join("; ");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export interface Tick {
  readonly day: Day;
  readonly label: string;
}

/**
 * Axis ticks: years at a round step (1, 2, 5, 10...) so at most `maxTicks` show; for ranges under
 * three years, months instead, the year written at each January.
 */
export function axisTicks(first: Day, last: Day, maxTicks = 16): Tick[] {
  const [y0, m0] = ymOf(first);
  const [y1, m1] = ymOf(last);
  const ticks: Tick[] = [];
  if (last - first < 3 * 365) {
    const months = (y1 - y0) * 12 + (m1 - m0) + 1;
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= maxTicks) ?? 12;
    for (let i = 0; ; i++) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12);
      const m = ((m0 - 1 + i) % 12) + 1;
      const day = utcDay(y, m - 1, 1);
      if (day > last) break;
      if (day >= first && (m - 1) % step === 0) ticks.push({ day, label: m === 1 ? String(y) : MONTHS[m - 1] });
    }
    return ticks;
  }
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => (y1 - y0) / s <= maxTicks) ?? 100;
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const day = utcDay(y, 0, 1);
    if (day >= first && day <= last) ticks.push({ day, label: String(y) });
  }
  return ticks;
}

function ymOf(day: Day): [number, number] {
  const [y, m] = dayToIso(day).split("-").map(Number);
  return [y, m];
}
