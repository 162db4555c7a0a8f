/**
 * Stepping from change to change (the days where what the view shows changes, computed by the
 * app for the current filters: model/change-days.ts), and how long a playback frame lasts.
 *
 * A date moves to the change day; a window moves so that its end lands on it, keeping its
 * length. Stepping and playback never leave [first, last]; playback by change ends on `last`
 * after the last change before it, then stops.
 */
import { changesBetween, nextChange, previousChange, type ChangeMark } from "../../model/change-days";
import type { Day } from "../../model/dates";
import { applyStep, clampDay, type Handle, type KeyStep, type TimeChange, type TimeRange } from "./time-steps";
import type { StepSize } from "./timeline-options";

/** The day a change step is counted from: the date, or the window's end. */
const leading = (t: TimeRange): Day => (t.mode === "window" ? t.to : t.at);

/** The change a step back (-1) or forward (1) reaches from the view, within the range; undefined when none. */
export function changeFrom(t: TimeRange, marks: readonly ChangeMark[], direction: 1 | -1): ChangeMark | undefined {
  const day = leading(t);
  const mark = direction > 0 ? nextChange(marks, day) : previousChange(marks, day);
  return mark && mark.day >= t.first && mark.day <= t.last ? mark : undefined;
}

/** Moves the date, or the window's end, to `day`. */
export function moveTo(t: TimeRange, day: Day): TimeChange {
  if (t.mode === "at") return { at: day };
  const shift = day - t.to;
  return { from: clampDay(t.from + shift, t.first, day), to: day };
}

/** The next frame of playback by change: on to the next change, then to `last`, then "stop". */
export function playbackByChange(t: TimeRange, marks: readonly ChangeMark[]): TimeChange | "stop" {
  const next = changeFrom(t, marks, 1);
  if (next) return moveTo(t, next.day);
  return leading(t) < t.last ? moveTo(t, t.last) : "stop";
}

/** A frame lasts at most this many times the base interval, however many changes it passes. */
export const SLOWEST = 4;
/** Each this many relation changes a frame passes add one base interval to it. */
export const CHANGES_PER_BEAT = 4;

/**
 * How long to hold a frame that passed `crossed` relation changes: the base interval (1000/speed
 * ms) times 1 + crossed/4, at most 4 times the base. A quiet month goes by at the chosen speed;
 * a month of a dozen starts and ends is held four times as long, so an escalation is seen.
 */
export const frameDuration = (base: number, crossed: number): number => base * Math.min(SLOWEST, 1 + crossed / CHANGES_PER_BEAT);

/** The relation changes a frame from `before` to `after` passed (a window counts by its end). */
export function crossedBy(marks: readonly ChangeMark[], before: TimeRange, after: TimeChange): number {
  const from = leading(before);
  const to = (before.mode === "window" ? after.to : after.at) ?? from;
  return to > from ? changesBetween(marks, from, to) : 0;
}

/**
 * Where a key moves a slider handle from `day`, within its bounds [lo, hi]: by the chosen step
 * size, to the next or previous change when that is the step (Shift and Page keys still step a
 * year), or to an end.
 */
export function sliderStep(day: Day, step: KeyStep, size: StepSize, [lo, hi]: [Day, Day], handle: Handle, marks: readonly ChangeMark[]): Day {
  if (size === "change" && !("end" in step) && !step.unit) {
    const mark = step.count > 0 ? nextChange(marks, day) : previousChange(marks, day);
    return mark && mark.day >= lo && mark.day <= hi ? mark.day : day;
  }
  return applyStep(day, step, size === "change" ? "month" : size, lo, hi, handle);
}
