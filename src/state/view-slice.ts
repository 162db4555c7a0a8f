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
