/**
 * What the film dialog says a film will be before it is made: the whole calendar steps that
 * cover the span typed (weeks run Monday to Sunday), how many frames they take and how long the
 * film runs ("63 steps · 252 frames · 1 min 3 s"), and the size of the file saved. Pure.
 * Steps are the film's own calendar periods (model/calendar-periods.ts) and frames its timing's
 * (look/film/timing.ts), so the dialog counts what the film will be made of.
 */
import { periodCount, periodOf } from "../../model/calendar-periods";
import type { Day } from "../../model/dates";
import { framesPerStep } from "../../look/film/timing";
import type { FilmStepUnit } from "../../look/film/types";

/** The whole steps that cover a span: the first day of the first, the last day of the last, and how many. */
export interface StepsCovering {
  readonly first: Day;
  readonly last: Day;
  readonly count: number;
}

export function stepsCovering(from: Day, to: Day, unit: FilmStepUnit): StepsCovering {
  if (to < from) return { first: from, last: to, count: 0 };
  return { first: periodOf(from, unit).from, last: periodOf(to, unit).to, count: periodCount(from, to, unit) };
}

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
  const frames = steps * framesPerStep(fps, secondsPerStep);
  return `${count(steps, "step", "steps")} · ${count(frames, "frame", "frames")} · ${durationWords(frames / fps)}`;
}

/** "812 bytes", "34 KB", "4.2 MB": a saved file's size, in the decimal units file managers show. */
export function fileSizeWords(bytes: number): string {
  if (bytes < 1000) return count(bytes, "byte", "bytes");
  if (Math.round(bytes / 1000) < 1000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
