/**
 * The view state as a list of filters (model/filters.ts): what the explorer's toggles, timeline,
 * "show possible relations", confidence floor, ego view and "hide isolated actors" mean, in the
 * terms the command line uses too. The model knows nothing of the view state; this is where the two meet.
 */
import type { Filter } from "../model/filters";
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
