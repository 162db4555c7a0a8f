/**
 * The timeline's choices: how much of the range the slider spans, the step size the « » buttons,
 * the arrow keys and playback follow, and the playback speeds.
 */
import { addMonths, type Day } from "../../model/dates";
import type { StepUnit } from "../../model/calendar-steps";
import type { Span } from "../../state/view-state";

/** Spans the slider can cover, counted back from the last day. */
export const SPAN_CHOICES: readonly { id: Span; label: string; months?: number }[] = [
  { id: "all", label: "All years" },
  { id: "5y", label: "Last 5 years", months: 60 },
  { id: "2y", label: "Last 2 years", months: 24 },
  { id: "1y", label: "Last 12 months", months: 12 },
];

/** The first day a span shows of [first, last]. */
export function spanFirst(span: Span, first: Day, last: Day): Day {
  const months = SPAN_CHOICES.find((z) => z.id === span)?.months;
  return months ? Math.max(first, addMonths(last, -months) + 1) : first;
}

/** The spans worth offering: those shorter than the whole range. */
export const spansFor = (first: Day, last: Day) => SPAN_CHOICES.filter((z) => !z.months || addMonths(last, -z.months) > first);

/** A step of a calendar unit, or from change to change (the days where what the view shows changes). */
export type StepSize = StepUnit | "change";

export const STEP_CHOICES: readonly { id: StepSize; label: string }[] = [
  { id: "day", label: "Day" },
  { id: "month", label: "Month" },
  { id: "year", label: "Year" },
  { id: "change", label: "Change" },
];

/** Playback speeds offered, in steps per second. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 12];

/** "2 months/s", "1 year/s" (12 months), "4 changes/s". */
export function speedName(speed: number, step: StepSize): string {
  if (step === "month" && speed === 12) return "1 year/s";
  return `${speed} ${step}${speed === 1 ? "" : "s"}/s`;
}
