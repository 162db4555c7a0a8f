/**
 * Whole calendar periods: the week (Monday to Sunday), month, quarter or year holding a day,
 * and the run of them covering a span, each labelled at its own precision ("3–9 Mar 2025",
 * "Mar 2025", "Q1 2025", "2025"). A film of the timeline shows one per step, as a window from
 * its first to its last day, so no day is invented for a month or a year.
 */
import { MONTHS, MS_PER_DAY, utcDay, type Day } from "./dates";

export type PeriodUnit = "week" | "month" | "quarter" | "year";

export interface CalendarPeriod {
  /** Its first and last day. */
  readonly from: Day;
  readonly to: Day;
  /** The period at its precision: "2025", "Q1 2025", "Mar 2025", "3–9 Mar 2025". */
  readonly label: string;
}

/** The UTC year, month (0–11) and day of the month of a day. */
function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

/** The Monday on or before a day: 1 Jan 1970 (day 0) was a Thursday, three days after a Monday. */
const mondayOf = (day: Day): Day => day - (((day + 3) % 7) + 7) % 7;

/** "3–9 Mar 2025", "28 Apr – 4 May 2025", "29 Dec 2025 – 4 Jan 2026". */
function weekLabel(from: Day, to: Day): string {
  const [a, b] = [partsOf(from), partsOf(to)];
  if (a.year !== b.year) return `${a.date} ${MONTHS[a.month]} ${a.year} – ${b.date} ${MONTHS[b.month]} ${b.year}`;
  if (a.month !== b.month) return `${a.date} ${MONTHS[a.month]} – ${b.date} ${MONTHS[b.month]} ${b.year}`;
  return `${a.date}–${b.date} ${MONTHS[b.month]} ${b.year}`;
}

/** The whole period of `unit` that holds `day`. */
export function periodOf(day: Day, unit: PeriodUnit): CalendarPeriod {
  if (!Number.isFinite(day)) throw new Error(`periodOf: ${day} is no calendar day; give a finite day, e.g. from parseDay("2025-03-01")`);
  if (unit === "week") {
    const from = mondayOf(day);
    return { from, to: from + 6, label: weekLabel(from, from + 6) };
  }
  const { year, month } = partsOf(day);
  if (unit === "year") return { from: utcDay(year, 0, 1), to: utcDay(year + 1, 0, 1) - 1, label: String(year) };
  if (unit === "quarter") {
    const first = month - (month % 3);
    return { from: utcDay(year, first, 1), to: utcDay(year, first + 3, 1) - 1, label: `Q${first / 3 + 1} ${year}` };
  }
  return { from: utcDay(year, month, 1), to: utcDay(year, month + 1, 1) - 1, label: `${MONTHS[month]} ${year}` };
}

/** How many periods of `unit` run from the one holding `from` to the one holding `to` (0 when to < from), without listing them. */
export function periodCount(from: Day, to: Day, unit: PeriodUnit): number {
  if (to < from) return 0;
  if (unit === "week") return (mondayOf(to) - mondayOf(from)) / 7 + 1;
  const [a, b] = [partsOf(from), partsOf(to)];
  if (unit === "year") return b.year - a.year + 1;
  const months = (b.year - a.year) * 12 + b.month - a.month;
  if (unit === "month") return months + 1;
  return Math.floor((b.year * 12 + b.month) / 3) - Math.floor((a.year * 12 + a.month) / 3) + 1;
}

/** The whole periods from the one holding `from` to the one holding `to`, in order; none when to < from. */
export function periodsCovering(from: Day, to: Day, unit: PeriodUnit): CalendarPeriod[] {
  const periods: CalendarPeriod[] = [];
  if (to < from) return periods;
  for (let p = periodOf(from, unit); p.from <= to; p = periodOf(p.to + 1, unit)) periods.push(p);
  return periods;
}
