/**
 * What the view shows for a view state: the view state as filters (view-filters.ts), applied
 * by the one filter engine the command line uses too (model/filters.ts). Pure, so it is tested
 * in Node and the renderer only reads its result: the visible relations and actors, each
 * actor's degree in the slice, and the counts the legend shows.
 */
import { applyFilters } from "../model/filters";
import type { RelationIndex } from "../model/relation-index";
import type { RelationSlice, SliceOrdinals } from "../model/relation-slice";
import { viewFilters } from "./view-filters";
import type { ViewState } from "./view-state";

export type ViewSlice = RelationSlice;
export type { SliceOrdinals };

export function computeViewSlice(index: RelationIndex, state: ViewState): ViewSlice {
  return applyFilters(index, viewFilters(state));
}

/**
 * Compare mode's moment A as a view: the same filters and selection at A's date or window. The
 * view's own time is moment B; null when not comparing.
 */
export function viewAtCompare(state: ViewState): ViewState | null {
  const a = state.compare;
  if (!a) return null;
  return "at" in a ? { ...state, mode: "at", at: a.at, from: a.at, to: a.at } : { ...state, mode: "window", from: a.from, to: a.to, at: a.to };
}
