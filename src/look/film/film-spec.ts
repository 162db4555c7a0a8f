/**
 * What a film asks for, checked before anything is drawn: the problems with a FilmSpec, each
 * naming the field, the bad value and a fix; the span a person typed, at its precision; and the
 * film's file name, naming its span at the precision of its steps, never an invented day.
 */
import { periodCount, periodOf } from "../../model/calendar-periods";
import { dayToIso, formatDay, type Day, type PartialDate } from "../../model/dates";
import { fileNameOf } from "../composition/captions";
import { framesPerStep } from "./timing";
import type { FilmSpec } from "./types";

export const FILM_LIMITS = {
  side: { min: 16, max: 3840 },
  fps: { min: 1, max: 60 },
  secondsPerStep: { min: 0.1, max: 30 },
  /** Each step's keyframe is read from the view and kept while the film is made. */
  steps: 1_000,
  /** Each frame is composed, rasterised and encoded in the page, one after another. */
  frames: 20_000,
} as const;

const count = (n: number): string => n.toLocaleString("en-US");
const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

function sideProblem(name: "width" | "height", value: number): string | null {
  const { min, max } = FILM_LIMITS.side;
  if (!Number.isFinite(value)) return `${name} ${value} is not a number of pixels; try ${name === "width" ? 1280 : 720}`;
  const even = (v: number) => 2 * Math.round(v / 2);
  const fix = even(clamp(value, min, max));
  if (value < min || value > max) return `${name} ${value} should be between ${min} and ${count(max)} pixels: smaller is unreadable, larger beyond what browsers encode; try ${fix}`;
  if (!Number.isInteger(value)) return `${name} ${value} should be a whole number of pixels; try ${fix}`;
  if (value % 2) return `${name} ${value} should be even: video encoders need even sizes; try ${value - 1}`;
  return null;
}

function rangeProblem(name: string, value: number, { min, max }: { min: number; max: number }, unit: string): string | null {
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  const fix = Number.isFinite(value) ? clamp(value, min, max) : min;
  return `${name} ${value} should be between ${min} and ${max} ${unit}; try ${fix}`;
}

/** Everything wrong with a spec, in words; none when the film can be made. */
export function filmSpecProblems(spec: FilmSpec): string[] {
  const problems: string[] = [];
  const add = (p: string | null) => p && problems.push(p);
  const days = Number.isFinite(spec.from) && Number.isFinite(spec.to);
  if (!days) add(`from ${spec.from} and to ${spec.to} should both be calendar days; give a span such as 2021-01 to 2026-03`);
  else if (spec.from > spec.to) add(`from ${formatDay(spec.from)} is after to ${formatDay(spec.to)}: the film would have no step; swap them`);
  add(sideProblem("width", spec.width));
  add(sideProblem("height", spec.height));
  add(rangeProblem("fps", spec.fps, FILM_LIMITS.fps, "frames a second"));
  add(rangeProblem("secondsPerStep", spec.secondsPerStep, FILM_LIMITS.secondsPerStep, "seconds"));
  if (!days || spec.from > spec.to) return problems;
  const steps = periodCount(spec.from, spec.to, spec.step);
  if (steps > FILM_LIMITS.steps)
    add(`${count(steps)} ${spec.step} steps from ${formatDay(spec.from)} to ${formatDay(spec.to)} are over ${count(FILM_LIMITS.steps)}: each step's picture is kept in memory while the film is made; choose a longer step or a shorter span`);
  const fpsOk = rangeProblem("fps", spec.fps, FILM_LIMITS.fps, "") === null;
  const secondsOk = rangeProblem("", spec.secondsPerStep, FILM_LIMITS.secondsPerStep, "") === null;
  const frames = steps * framesPerStep(spec.fps, spec.secondsPerStep);
  if (fpsOk && secondsOk && frames > FILM_LIMITS.frames)
    add(`${count(frames)} frames (${count(steps)} steps of ${spec.secondsPerStep} s at ${spec.fps} fps) are over ${count(FILM_LIMITS.frames)}: every frame is drawn and encoded in the page, which would take too long; lower fps or secondsPerStep, or choose a longer step`);
  return problems;
}

/** The days a film spans from two typed dates: all of what each covers ("2025-10" is the whole of October). */
export const filmSpanOf = (from: PartialDate, to: PartialDate): { from: Day; to: Day } => ({ from: from.first, to: to.last });

type Precision = "year" | "quarter" | "month" | "day";
const COARSER: Record<FilmSpec["step"], Precision[]> = { year: ["year", "month", "day"], quarter: ["quarter", "month", "day"], month: ["month", "day"], week: ["month", "day"] };

/** A span's ends at a precision ("2021-01", "2021-Q1", "2021"), or null when they are not whole periods of it. */
function spanAt(from: Day, to: Day, precision: Precision): [string, string] | null {
  if (precision === "day") return [dayToIso(from), dayToIso(to)];
  const unit = precision === "quarter" ? "quarter" : precision;
  if (periodOf(from, unit).from !== from || periodOf(to, unit).to !== to) return null;
  const name = (day: Day) => {
    const [y, m] = dayToIso(day).split("-");
    return precision === "year" ? y : precision === "month" ? `${y}-${m}` : `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  };
  return [name(from), name(to)];
}

/**
 * "pakistan-and-the-ttp-2021-01_2026-03.webm": the title made safe (fileNameOf), then the span
 * at the steps' precision when its ends are whole periods of it, else at the next finer
 * precision they are: a film by month from 2021-01 to 2026-03 is never named by days.
 */
export function filmFileName(title: string, spec: Pick<FilmSpec, "from" | "to" | "step" | "format">): string {
  const span = COARSER[spec.step].map((p) => spanAt(spec.from, spec.to, p)).find((s) => s !== null)!;
  const base = fileNameOf(title, "faultlines", spec.format).slice(0, -(spec.format.length + 1));
  return `${base}-${span.join("_")}.${spec.format}`;
}
