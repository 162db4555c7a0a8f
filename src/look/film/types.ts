/**
 * The shapes of a film of the timeline: what the user asks for (FilmSpec), the calendar steps it
 * shows (FilmStep), its frames and how far each has moved from one step to the next (FilmFrame),
 * and how far the making has gone (FilmProgress). Plain data, shared by the dialog, the film
 * maker in the app, the command line and the tests.
 */
import type { CalendarPeriod, PeriodUnit } from "../../model/calendar-periods";
import type { Day } from "../../model/dates";
import type { Background } from "../composition/types";

/** The calendar period each step of a film shows. Weeks run Monday to Sunday. */
export type FilmStepUnit = PeriodUnit;

/** WebM (VP9, else VP8), MP4 (H.264, else VP9 where the browser has no H.264 encoder) or GIF. */
export type FilmFormat = "webm" | "mp4" | "gif";

export interface FilmSpec {
  /**
   * The first day the span typed covers and the last ("2021-01" to "2026-03": 1 Jan 2021 to
   * 31 Mar 2026); the film shows the whole steps holding them.
   */
  readonly from: Day;
  readonly to: Day;
  readonly step: FilmStepUnit;
  /** How long each step stays on screen, transition included. */
  readonly secondsPerStep: number;
  readonly fps: number;
  /** The film's size in pixels (even numbers: video encoders need them). */
  readonly width: number;
  readonly height: number;
  readonly background: Background;
  readonly title: string;
  readonly format: FilmFormat;
  /** A line per step naming what began and ended since the step before. */
  readonly captions: boolean;
}

/** One step: a whole calendar period (model/calendar-periods.ts), shown as a window from its first to its last day. */
export type FilmStep = CalendarPeriod;

/** One frame of the film. */
export interface FilmFrame {
  readonly index: number;
  /** The step it shows. */
  readonly step: number;
  /** How far the change from the step before has gone: 0 shows that step, 1 this one. */
  readonly t: number;
  /** Its start and length in seconds. */
  readonly timestamp: number;
  readonly duration: number;
}

export interface FilmProgress {
  /** Frames made so far, of `total`. */
  readonly done: number;
  readonly total: number;
}
