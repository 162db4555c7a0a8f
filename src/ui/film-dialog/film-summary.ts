/**
 * What the film dialog says a film will be before it is made: the whole calendar steps that
 * cover the span typed (weeks run Monday to Sunday), how many frames they take and how long the
 * film runs ("63 steps · 252 frames · 1 min 3 s"), and the size of the file saved. Pure.
 *
 * The step count is the dialog's own until the film's calendar (model/calendar-periods.ts) is
 * on main; it follows the same rule: every step is a whole period, the first holding `from`,
 * the last holding `to`.
 */
import { MS_PER_DAY, utcDay, type Day } from "../../model/dates";
import type { FilmStepUnit } from "../../look/film/types";

/** The whole steps that cover a span: the first day of the first, the last day of the last, and how many. */
export interface StepsCovering {
  readonly first: Day;
  readonly last: Day;
  readonly count: number;
}

/** Months since year 0 of a day, and the day's weekday counted from Monday (1 Jan 1970, day 0, was a Thursday). */
const monthIndex = (day: Day): number => {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const fromMonday = (day: Day): number => (((day + 3) % 7) + 7) % 7;

/** Months in one step of a unit counted in months. */
const MONTHS_PER: Record<Exclude<FilmStepUnit, "week">, number> = { month: 1, quarter: 3, year: 12 };

export function stepsCovering(from: Day, to: Day, unit: FilmStepUnit): StepsCovering {
  if (to < from) return { first: from, last: to, count: 0 };
  if (unit === "week") {
    const first = from - fromMonday(from);
    const last = to - fromMonday(to) + 6;
    return { first, last, count: (last + 1 - first) / 7 };
  }
  const span = MONTHS_PER[unit];
  const firstStep = Math.floor(monthIndex(from) / span);
  const lastStep = Math.floor(monthIndex(to) / span);
  const dayOfMonth = (months: number) => utcDay(Math.floor(months / 12), months % 12, 1);
  return { first: dayOfMonth(firstStep * span), last: dayOfMonth((lastStep + 1) * span) - 1, count: lastStep - firstStep + 1 };
}

/** Frames a step takes: at least one, so a step is never skipped however short it is asked to be. */
export const framesPerStep = (secondsPerStep: number, fps: number): number => Math.max(1, Math.round(secondsPerStep * fps));

/** "45 s", "2.5 s", "1 min 3 s", "2 min", "1 h 4 min": a film's running time, to the second (a tenth under ten seconds). */
export function durationWords(seconds: number): string {
  if (seconds < 10) return `${Number(seconds.toFixed(1))} s`;
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** "63 steps · 252 frames · 1 min 3 s". */
export function filmSummary(steps: number, secondsPerStep: number, fps: number): string {
  const frames = steps * framesPerStep(secondsPerStep, fps);
  return `${count(steps, "step", "steps")} · ${count(frames, "frame", "frames")} · ${durationWords(frames / fps)}`;
}

/** "812 bytes", "34 KB", "4.2 MB": a saved file's size, in the decimal units file managers show. */
export function fileSizeWords(bytes: number): string {
  if (bytes < 1000) return count(bytes, "byte", "bytes");
  if (Math.round(bytes / 1000) < 1000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
