/**
 * Stepping a day by days, months or years without drift. A month or year step lands on a whole
 * month: on the target month's last day for a date or a window's end, on its first day for a
 * window's start. So 31 Mar steps back to 28 Feb and then 31 Jan (not 28 Jan), and a day in
 * mid-month (15 Mar) steps on to the end of the next month (30 Apr) or back to the end of the
 * previous one (28 Feb): every month step shows whole months, and months never drift. A day
 * step moves one day.
 */
import { MS_PER_DAY, utcDay, type Day } from "./dates";

export type StepUnit = "day" | "month" | "year";

/** Which end of a month a month or year step lands on: "end" for a date or a window's end, "start" for a window's start. */
export type MonthAnchor = "start" | "end";

/** `count` units on from `day` (back when negative), landing as the module comment says. */
export function stepDay(day: Day, unit: StepUnit, count: number, anchor: MonthAnchor = "end"): Day {
  if (unit === "day") return day + count;
  const date = new Date(day * MS_PER_DAY);
  const month = date.getUTCMonth() + (unit === "year" ? 12 * count : count);
  const year = date.getUTCFullYear();
  return anchor === "start" ? utcDay(year, month, 1) : utcDay(year, month + 1, 1) - 1;
}

/** The first and last day of the month holding `day`. */
export function monthOf(day: Day): { first: Day; last: Day } {
  const date = new Date(day * MS_PER_DAY);
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
  return { first: utcDay(y, m, 1), last: utcDay(y, m + 1, 1) - 1 };
}
