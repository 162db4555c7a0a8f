/**
 * Compare mode for a view state: moment A (the state's `compare`) and moment B (the view's own
 * date or window), each sliced under the same filters, compared relation by relation
 * (model/compare.ts), and the union of both that the graph draws (model/compare-union.ts).
 * Pure, so Node tests it; the explorer computes it once per change of the slice or of moment A.
 */
import { compareSlices, type Comparison } from "../model/compare";
import { unionSlice } from "../model/compare-union";
import type { RelationIndex } from "../model/relation-index";
import { timeOfView, type Time } from "../model/time-words";
import { computeViewSlice, viewAtCompare, type ViewSlice } from "./view-slice";
import type { ViewState } from "./view-state";

export interface CompareView {
  /** Moment A, then moment B. */
  readonly a: Time;
  readonly b: Time;
  readonly before: ViewSlice;
  readonly after: ViewSlice;
  readonly comparison: Comparison;
  /** Every relation and actor shown at A or B: what compare mode draws. */
  readonly union: ViewSlice;
}

/** The comparison the state asks for, or null when not comparing; `after` is the view's own slice when already at hand. */
export function computeCompareView(index: RelationIndex, state: ViewState, after: ViewSlice = computeViewSlice(index, state)): CompareView | null {
  const atA = viewAtCompare(state);
  if (!atA || !state.compare) return null;
  const before = computeViewSlice(index, atA);
  const comparison = compareSlices(before, after);
  return { a: state.compare, b: timeOfView(state), before, after, comparison, union: unionSlice(before, after, comparison) };
}

/** The counts a status line and a legend say: relations added, ended, continuing and in a turn, and pairs that turned. */
export function changeCounts(comparison: Comparison): { added: number; ended: number; continuing: number; turned: number; pairsTurned: number } {
  const { added, ended, continuing, turned, turns } = comparison;
  return { added: added.length, ended: ended.length, continuing: continuing.length, turned: turned.length, pairsTurned: turns.length };
}
