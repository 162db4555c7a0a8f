/**
 * What a film takes from the view on screen, pure: the span the Animate… dialog offers, the
 * view at each step, and the size of the stage the steps are drawn on.
 */
import { addMonths, dayToIso, type Day } from "../../model/dates";
import { targetOf } from "../../look/composition/style";
import type { FilmSpec, FilmStep } from "../../look/film/types";
import type { ViewState } from "../../state/view-state";

/** How far back a film reaches from the date on screen, unless a window says otherwise. */
const MONTHS_BACK = 60;

const monthText = (day: Day): string => dayToIso(day).slice(0, 7);

/**
 * The span the dialog offers before the user types one: the window on screen, month by month,
 * or the five years up to the date on screen (never before the data set's first day), as
 * months typed ("2021-03"), so the film's first step is a whole month and no day is invented.
 */
export function defaultFilmSpan(state: Pick<ViewState, "mode" | "at" | "from" | "to">, first: Day): { readonly from: string; readonly to: string } {
  if (state.mode === "window") return { from: monthText(state.from), to: monthText(state.to) };
  return { from: monthText(Math.max(first, addMonths(state.at, -MONTHS_BACK))), to: monthText(state.at) };
}

/**
 * The view at one step: its filters, selection and theme, shown as a window over the step's
 * period. Hover, comparison and camp colours belong to the moment on screen, not to a film.
 */
export function stepState(state: ViewState, step: Pick<FilmStep, "from" | "to">): ViewState {
  return { ...state, mode: "window", from: step.from, to: step.to, hoveredActor: null, compare: null, colourBy: "kind", selectedTriad: null, playing: false };
}

/**
 * The size of the stage a film is drawn on: about its slides' graph area (a landscape slide's
 * legend takes about 30% of its width, a square's about 40% of its height) at their type
 * scale. Actors are drawn at the sizes seen on screen however large the stage, so a stage the
 * size of the user's window would give a small window's film crowded, oversized discs and a
 * wide window's film specks; this one gives every film of a size the same look, with discs and
 * names in the slide's proportions.
 */
export function stageSize(spec: Pick<FilmSpec, "width" | "height">): { width: number; height: number } {
  const { scale } = targetOf({ kind: "fixed", width: spec.width, height: spec.height }, spec);
  const landscape = spec.width / spec.height >= 1.15;
  const [width, height] = landscape ? [spec.width * 0.68, spec.height * 0.7] : [spec.width * 0.9, spec.height * 0.5];
  return { width: Math.round(width / scale), height: Math.round(height / scale) };
}
