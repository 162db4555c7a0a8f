/**
 * Allies and enemies on the page: what the balance line under the timeline, the Alignments
 * panel and the legend's camps are given, gathered once per render from the alignment
 * controller, and their templates, so the page's template (app-template.ts) only places them.
 */
import { html } from "lit";
import { labelOn } from "../../model/actor-time";
import { formatDay, type Day } from "../../model/dates";
import { timeInWords, timeOfView } from "../../model/time-words";
import type { Actor } from "../../model/types";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import { balanceSummary } from "../../ui/balance-line/balance-line-model";
import type { BalanceLineStatus } from "../../ui/balance-line/balance-line";
import { spanFirst } from "../../ui/timeline/timeline-options";
import { campLegend, type CampLegend } from "../../ui/legend/camps-section";
import "../../ui/alignment/alignment-panel";
import "../../ui/balance-line/balance-line";
import type { ShownDataSet } from "../session/shown-data-set";
import type { AlignmentController, AlignmentNow, SeriesStatus } from "./alignment-controller";

export interface AlignmentPage {
  readonly status: SeriesStatus;
  readonly now: AlignmentNow;
  /** An actor's name on the date shown. */
  readonly nameOf: (actor: string) => string;
  readonly summary: string;
  /** "on 1 Mar 2026", or "between … and …" for a window. */
  readonly when: string;
  readonly day: Day;
  /** The days the timeline's slider spans, which the balance line's time axis matches. */
  readonly domain: readonly [Day, Day];
  readonly state: ViewState;
  /** The legend's camps while actors are coloured by camp, else null. */
  readonly legend: CampLegend | null;
}

let names: { actors: readonly Actor[]; day: Day; nameOf: (actor: string) => string } | undefined;

/** Actors named as they were on `day`, kept while the data set and the day are the same (so the panel's lists are not rebuilt). */
function namesOn(actors: readonly Actor[], day: Day): (actor: string) => string {
  if (names?.actors === actors && names.day === day) return names.nameOf;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => {
    const actor = byId.get(id);
    return actor ? labelOn(actor, day) : id;
  };
  names = { actors, day, nameOf };
  return nameOf;
}

let legendMemo: { now: AlignmentNow; slice: ViewSlice; legend: CampLegend } | undefined;

export function alignmentPage(controller: AlignmentController, shown: ShownDataSet, state: ViewState, slice: ViewSlice): AlignmentPage {
  const status = controller.seriesFor(shown, state);
  const day = state.mode === "at" ? state.at : state.to;
  const now = controller.now(shown, slice, day);
  // While a drag over a large data set goes on, the alignment shown is of an earlier date: said so.
  const when = now.day === day ? timeInWords(timeOfView(state), "on") : `on ${formatDay(now.day)}`;
  const series = status.kind === "ready" ? status.series : null;
  let legend: CampLegend | null = null;
  if (state.colourBy === "camp") {
    if (legendMemo?.now !== now || legendMemo.slice !== slice) legendMemo = { now, slice, legend: campLegend(now.camps.campOf, now.graph.index.actorIds, slice.visibleActors) };
    legend = legendMemo.legend;
  }
  return { status, now, nameOf: namesOn(shown.dataSet.actors, day), summary: balanceSummary({ ratio: now.balance.ratio, when }, series), when, day, domain: [spanFirst(state.span, shown.first, shown.last), shown.last], state, legend };
}

const lineStatus = (status: SeriesStatus): BalanceLineStatus => (status.kind === "ready" ? { kind: "ready" } : status);

/** The balance line, under the timeline. */
export function balanceLine(page: AlignmentPage) {
  const { state, status } = page;
  return html`<fl-balance-line
    .series=${status.kind === "ready" ? status.series : null}
    .status=${lineStatus(status)}
    .ratio=${page.now.balance.ratio}
    .summary=${page.summary}
    .domain=${page.domain}
    .time=${state.mode === "at" ? { from: state.at, to: state.at } : { from: state.from, to: state.to }}
    .theme=${state.theme}
  ></fl-balance-line>`;
}

/** The Alignments panel, in the details aside while nothing is selected. */
export function alignmentPanel(page: AlignmentPage) {
  const { now, state, status } = page;
  return html`<fl-alignment
    .graph=${now.graph}
    .balance=${now.balance}
    .camps=${now.camps}
    .series=${status.kind === "ready" ? status.series : null}
    .nameOf=${page.nameOf}
    .when=${page.when}
    .day=${page.day}
    .colourBy=${state.colourBy}
    .triad=${state.selectedTriad}
    .theme=${state.theme}
  ></fl-alignment>`;
}
