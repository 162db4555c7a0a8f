/**
 * Which relations the view's filters keep whatever the date: the same filter list as the view
 * (state/view-filters.ts, one engine, model/filters.ts) without the time and "possible" filters.
 * A story lists every relation over all time and marks those these filters leave out as hidden
 * by the filters, rather than dropping them. Remembered for the last index and filters, as the
 * page renders far more often (playback, pointing) than the filters change.
 */
import { applyFilters, type Filter } from "../../model/filters";
import type { RelationIndex } from "../../model/relation-index";
import { viewFilters } from "../../state/view-filters";
import type { ViewState } from "../../state/view-state";

let last: { index: RelationIndex; key: string; kept: ReadonlySet<string> } | null = null;

const timeless = (f: Filter): boolean => f.type !== "asOf" && f.type !== "window" && f.type !== "certainty";

export function relationsKeptByFilters(index: RelationIndex, state: ViewState): ReadonlySet<string> {
  const filters = viewFilters(state).filter(timeless);
  const key = JSON.stringify(filters);
  if (last && last.index === index && last.key === key) return last.kept;
  const kept = applyFilters(index, filters).visibleRelations;
  last = { index, key, kept };
  return kept;
}
