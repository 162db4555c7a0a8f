/**
 * The span the Animate… dialog offers before the user types one: the window on screen, month
 * by month, or the five years up to the date on screen (never before the data set's first
 * day), as months typed ("2021-03"), so the film's first step is a whole month and no day is
 * invented.
 */
import { addMonths, dayToIso, type Day } from "../../model/dates";
import type { ViewState } from "../../state/view-state";

/** How far back a film reaches from the date on screen, unless a window says otherwise. */
const MONTHS_BACK = 60;

const monthText = (day: Day): string => dayToIso(day).slice(0, 7);

export function defaultFilmSpan(state: Pick<ViewState, "mode" | "at" | "from" | "to">, first: Day): { readonly from: string; readonly to: string } {
  if (state.mode === "window") return { from: monthText(state.from), to: monthText(state.to) };
  return { from: monthText(Math.max(first, addMonths(state.at, -MONTHS_BACK))), to: monthText(state.at) };
}
