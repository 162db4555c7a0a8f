/**
 * The film dialog's choices read into what is asked (a FilmSpec), or into what is wrong with
 * them, field by field, in words that name the field, the text and what to type. Pure, so the
 * reading of a span is tested without a browser.
 *
 * A date keeps the precision typed: the spec runs from the first day From covers to the last day
 * To covers ("2021-01" starts on 1 Jan 2021, "2026-03" ends on 31 Mar 2026: no day is invented),
 * as the command line reads its --from and --to. The film shows whole steps, from the one holding
 * From to the one holding To; when they reach beyond the dates typed the dialog says so.
 */
import { DATE_ENTRY_HELP, parseDateEntry } from "../../model/date-entry";
import { formatDate, formatDay, type PartialDate } from "../../model/dates";
import type { Background } from "../../look/composition/types";
import type { FilmFormat, FilmSpec, FilmStepUnit } from "../../look/film/types";
import { FILM_LIMITS, filmSpanOf } from "../../look/film/film-spec";
import { framesPerStep } from "../../look/film/timing";
import { stepsCovering, type StepsCovering } from "./film-summary";

export type FilmSizeChoice = "hd" | "full-hd" | "square";

export const FILM_SIZES: Readonly<Record<FilmSizeChoice, { readonly width: number; readonly height: number; readonly label: string; readonly hint: string }>> = {
  hd: { width: 1280, height: 720, label: "HD", hint: "1280 × 720 px" },
  "full-hd": { width: 1920, height: 1080, label: "Full HD", hint: "1920 × 1080 px" },
  square: { width: 1080, height: 1080, label: "Square", hint: "1080 × 1080 px, for social posts" },
};

export const FILM_STEPS: readonly (readonly [FilmStepUnit, string])[] = [
  ["week", "Week"],
  ["month", "Month"],
  ["quarter", "Quarter"],
  ["year", "Year"],
];

export const FILM_FPS = [4, 12, 24] as const;

/** How long a step may stay on screen, in seconds: the film's own limits. */
export const SECONDS_PER_STEP = FILM_LIMITS.secondsPerStep;

/** What the browser can write in each format, as the app finds out: a fallback codec is said in `note` and stays usable. */
export type FilmSupport = Readonly<Record<FilmFormat, { readonly ok: boolean; readonly codec?: string; readonly note: string }>>;

export const FILM_FORMATS: readonly (readonly [FilmFormat, string, string])[] = [
  ["webm", "WebM", "video for browsers and most players; the smallest file"],
  ["mp4", "MP4", "video for slides (PowerPoint, Keynote) and phones"],
  ["gif", "GIF", "plays anywhere, even in mail; larger, 256 colours"],
];

/** The choices as the form holds them: dates and seconds as typed. */
export interface FilmChoices {
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly step: FilmStepUnit;
  readonly secondsPerStep: string;
  readonly fps: number;
  readonly size: FilmSizeChoice;
  readonly background: Exclude<Background, "transparent">;
  readonly format: FilmFormat;
  readonly captions: boolean;
}

/** The fields a problem is said beside; "length" is the film as a whole, too long to make. */
export type FilmField = "from" | "to" | "seconds" | "format" | "length";

export interface FilmReading {
  /** What to make, or null while any field is wrong. */
  readonly spec: FilmSpec | null;
  /** What is wrong, by field. */
  readonly problems: Partial<Record<FilmField, string>>;
  /** The whole steps the span covers, once both dates are read and in order. */
  readonly steps: StepsCovering | null;
  /** Said when the whole steps reach beyond the dates typed, so the person sees what the film covers. */
  readonly widened: string | null;
}

const UNIT_WORDS: Record<FilmStepUnit, string> = { week: "weeks (Monday to Sunday)", month: "months", quarter: "quarters", year: "years" };

function readDate(field: "From" | "To", text: string): { date: PartialDate } | { message: string } {
  if (!text.trim()) return { message: `${field} is empty: ${DATE_ENTRY_HELP}` };
  const entry = parseDateEntry(text);
  return entry.ok ? { date: entry.date } : { message: `${field}: ${entry.message}` };
}

function readSeconds(text: string): number | string {
  const range = `a number from ${SECONDS_PER_STEP.min} to ${SECONDS_PER_STEP.max}`;
  if (!text.trim()) return `Seconds per step is empty: type ${range}`;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < SECONDS_PER_STEP.min || seconds > SECONDS_PER_STEP.max) return `Seconds per step: "${text.trim()}" is not ${range}`;
  return seconds;
}

/** The format to make: the one chosen if the browser can write it (or no one has said), else the first it can; null when it can write none. */
export function usableFormat(chosen: FilmFormat, support: FilmSupport | null): FilmFormat | null {
  if (!support || support[chosen].ok) return chosen;
  return FILM_FORMATS.map(([format]) => format).find((format) => support[format].ok) ?? null;
}

export function readFilmChoices(choices: FilmChoices, support: FilmSupport | null = null): FilmReading {
  const problems: Partial<Record<FilmField, string>> = {};
  const from = readDate("From", choices.from);
  const to = readDate("To", choices.to);
  if ("message" in from) problems.from = from.message;
  if ("message" in to) problems.to = to.message;
  else if ("date" in from && to.date.last < from.date.first)
    problems.to = `To (${formatDate(to.date)}) is before From (${formatDate(from.date)}): type a later To or an earlier From`;
  const seconds = readSeconds(choices.secondsPerStep);
  if (typeof seconds === "string") problems.seconds = seconds;
  const format = usableFormat(choices.format, support);
  if (!format) problems.format = "This browser can write none of these formats: try a recent Chrome, Edge or Firefox";

  // From the first day From covers to the last day To covers, once both are read and in order.
  const span = "date" in from && "date" in to && !problems.to ? filmSpanOf(from.date, to.date) : null;
  const steps = span ? stepsCovering(span.from, span.to, choices.step) : null;
  const widened =
    span && steps && (steps.first !== span.from || steps.last !== span.to)
      ? `The film shows whole ${UNIT_WORDS[choices.step]}: ${formatDay(steps.first)} to ${formatDay(steps.last)}.`
      : null;
  if (steps && typeof seconds === "number") {
    const frames = steps.count * framesPerStep(choices.fps, seconds);
    const count = (n: number) => n.toLocaleString("en");
    if (steps.count > FILM_LIMITS.steps)
      problems.length = `${count(steps.count)} steps are more than ${count(FILM_LIMITS.steps)}, each kept in memory while the film is made: choose a longer step or a shorter span`;
    else if (frames > FILM_LIMITS.frames)
      problems.length = `${count(frames)} frames are more than ${count(FILM_LIMITS.frames)}, each drawn in this page: lower the seconds per step or the frames per second, or choose a longer step`;
  }
  if (!span || !steps || typeof seconds === "string" || !format || problems.length) return { spec: null, problems, steps, widened };
  const { width, height } = FILM_SIZES[choices.size];
  const spec: FilmSpec = {
    from: span.from,
    to: span.to,
    step: choices.step,
    secondsPerStep: seconds,
    fps: choices.fps,
    width,
    height,
    background: choices.background,
    title: choices.title.trim(),
    format,
    captions: choices.captions,
  };
  return { spec, problems, steps, widened };
}
