/**
 * The view state as a list of filters (model/filters.ts): what the explorer's toggles, timeline,
 * "show possible relations", confidence floor, ego view and "hide isolated actors" mean, in the
 * terms the command line uses too. The model knows nothing of the view state; this is where the two meet.
 */
import { applyFilters, type Filter } from "../model/filters";
import type { RelationIndex } from "../model/relation-index";
import type { ViewState } from "./view-state";

export function viewFilters(state: ViewState): Filter[] {
  const filters: Filter[] = [state.mode === "at" ? { type: "asOf", day: state.at } : { type: "window", from: state.from, to: state.to }];
  // Without it every possibly active relation is kept, the uncertain ones marked as such.
  if (!state.showPossible) filters.push({ type: "certainty", shown: "certain" });
  if (state.minConfidence !== "low") filters.push({ type: "minConfidence", level: state.minConfidence });
  if (state.hiddenTypes.length) filters.push({ type: "relationTypes", shown: "hidden", names: state.hiddenTypes });
  if (state.hiddenFamilies.length) filters.push({ type: "families", shown: "hidden", names: state.hiddenFamilies });
  if (state.hiddenKinds.length) filters.push({ type: "actorKinds", shown: "hidden", names: state.hiddenKinds });
  if (state.ego) filters.push({ type: "ego", actor: state.ego.actor, depth: state.ego.depth });
  // The ego and the selected actor stay on screen with no relation, so the person sees whom they asked about.
  if (state.hideIsolated) filters.push({ type: "hideIsolated", keep: [state.ego?.actor, state.selectedActor].filter((a) => a != null) });
  return filters;
}

/** Filters that say when, or how surely then, rather than which relations: left out by the timeless ones. */
const TIMED: ReadonlySet<Filter["type"]> = new Set(["asOf", "window", "certainty", "hideIsolated"]);

let kept: { index: RelationIndex; key: string; ids: ReadonlySet<string> } | null = null;

/**
 * The relations the view's filters keep whatever the date: the view's filters without time,
 * "possible shown" and "hide isolated actors" (which drops actors, not relations). A story lists
 * every relation over all time and marks those left out; the timeline's change days are those of
 * the relations kept. Remembered for the last index and filters: the page renders far more often
 * (playback, pointing) than the filters change.
 */
export function relationsKeptByFilters(index: RelationIndex, state: ViewState): ReadonlySet<string> {
  const filters = viewFilters(state).filter((f) => !TIMED.has(f.type));
  const key = JSON.stringify(filters);
  if (kept?.index !== index || kept.key !== key) kept = { index, key, ids: applyFilters(index, filters).visibleRelations };
  return kept.ids;
}
