/**
 * Who matters, in the details panel: the ranking of the slice shown while nothing is selected,
 * and the selected actor's rank over the years in its view. They go into fl-details' slots, and
 * only while their view shows, so nothing is ranked for a panel that is not on screen.
 */
import { html, nothing } from "lit";
import { labelOn } from "../model/actor-time";
import { MS_PER_DAY } from "../model/dates";
import type { Filter } from "../model/filters";
import { timeInWords, timeOfView } from "../model/time-words";
import { viewFilters } from "../state/view-filters";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import "../ui/ranking/rank-chart";
import "../ui/ranking/ranking";
import type { ShownDataSet } from "./session/shown-data-set";

/** Filters that say when, or how surely, rather than which relations: each year of the chart brings its own time. */
const TIMELESS = (f: Filter) => f.type !== "asOf" && f.type !== "window" && f.type !== "certainty" && f.type !== "hideIsolated";

export function rankingSlots(shown: ShownDataSet, state: ViewState, slice: ViewSlice) {
  const day = state.mode === "at" ? state.at : state.to;
  if (state.selectedRelation !== null || state.selectedPair !== null) return nothing;
  if (state.selectedActor === null)
    return html`<fl-ranking slot="overview" .index=${shown.index} .slice=${slice} .labelDay=${day} .timeLabel=${timeInWords(timeOfView(state), "as of")}></fl-ranking>`;
  const actor = shown.dataSet.actors.find((a) => a.id === state.selectedActor);
  if (!actor) return nothing;
  return html`<fl-rank-chart
    slot="actor"
    .index=${shown.index}
    .filters=${viewFilters(state).filter(TIMELESS)}
    .actor=${actor.id}
    .label=${labelOn(actor, day)}
    .first=${shown.first}
    .last=${shown.last}
    .shownYear=${new Date(day * MS_PER_DAY).getUTCFullYear()}
    .theme=${state.theme}
  ></fl-rank-chart>`;
}
