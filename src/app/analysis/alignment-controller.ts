/**
 * Allies and enemies for the explorer: the balance series across the timeline, made in a web
 * worker (analysis-client.ts) when the data set or the filters change, never on a move of the
 * date; and the alignment on the date or window shown, worked out here from the view's slice
 * (cheap: one slice), with its camps matched to the series' step at that date so the canvas,
 * the panel and the membership chart give a camp the same label and colour. A Lit reactive
 * controller: the host re-renders on progress and on the series' arrival, and a series still
 * being made when the host goes away is stopped.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { structuralBalance, type Balance } from "../../model/balance";
import { camps, matchCamps, type Camps } from "../../model/camps";
import type { Filter } from "../../model/filters";
import { signedPairs, type SignedGraph } from "../../model/signed-pairs";
import { seriesDays } from "../../model/balance-series";
import type { AlignmentLook } from "../../render/alignment-look";
import { viewFilters } from "../../state/view-filters";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import type { AlignmentSeries } from "../../ui/balance-line/balance-series";
import type { ShownDataSet } from "../session/shown-data-set";
import { startAnalysis, type AnalysisJob } from "./analysis-client";

/** Past this many months the series steps by year: a line of more points than pixels says no more, and takes longer. */
export const MONTHLY_MAX_STEPS = 360;

/**
 * From this many relations, the alignment on the date is worked out once the date stops moving
 * (AFTER_MS later), not on every step of a drag or of playback: at 200,000 relations the camps
 * of one slice take a tenth of a second or more, which would stall the timeline.
 */
export const DEFER_FROM_RELATIONS = 20_000;
const AFTER_MS = 200;
/** The name the series waits under for a data set's first frame (session/later-work.ts). */
const SERIES = "balance series";

/** Where the series stands: being made (with its progress), made, stopped by the user, or failed. */
export type SeriesStatus =
  | { readonly kind: "running"; readonly done: number; readonly total: number; readonly step: AlignmentSeries["step"] }
  | { readonly kind: "ready"; readonly series: AlignmentSeries; readonly ms: number }
  | { readonly kind: "stopped" }
  | { readonly kind: "failed"; readonly problem: string };

/** The alignment on the date or window shown. */
export interface AlignmentNow {
  /** The date (or a window's last day) it was worked out for: during a drag over a large data set, an earlier one. */
  readonly day: number;
  readonly graph: SignedGraph;
  readonly balance: Balance;
  /** Labels matched to the series' step at the date, once the series is made. */
  readonly camps: Camps;
}

/** The view's filters that say which relations, not when: a change of these alone makes a new series. */
export function timelessFilters(state: ViewState): Filter[] {
  return viewFilters(state).filter((f) => f.type !== "asOf" && f.type !== "window" && f.type !== "hideIsolated");
}

/** The steps across the timeline's range: monthly, or yearly past MONTHLY_MAX_STEPS months. */
export function stepsFor(first: number, last: number): { step: AlignmentSeries["step"]; days: number[] } {
  const monthly = seriesDays(first, last, "month");
  return monthly.length <= MONTHLY_MAX_STEPS ? { step: "month", days: monthly } : { step: "year", days: seriesDays(first, last, "year") };
}

export class AlignmentController implements ReactiveController {
  status: SeriesStatus = { kind: "stopped" };
  private job: AnalysisJob | undefined;
  private key: { shown: ShownDataSet; filters: string } | undefined;
  private nowMemo: { slice: ViewSlice; series: AlignmentSeries | null; now: AlignmentNow } | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private lookMemo: { now: AlignmentNow; colourBy: ViewState["colourBy"]; triad: ViewState["selectedTriad"]; look: AlignmentLook } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The series arrived or moved on: the graph redraws with its camps. */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the host is on a page: a render still pending after the host was removed must not start a worker nothing would end. */
  private connected = false;

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.job?.cancel();
    clearTimeout(this.pending);
    // Back on a page, the host's next render makes the series again.
    this.key = undefined;
  }

  /** The series for the data set and filters shown: started here when either changed since the last. */
  seriesFor(shown: ShownDataSet, state: ViewState): SeriesStatus {
    if (!this.connected) return this.status;
    const filters = JSON.stringify(timelessFilters(state));
    if (this.key?.shown !== shown || this.key.filters !== filters) {
      // A data set just opened hands its data to the worker after its first frame is drawn.
      if (shown.later.drawn && !shown.later.waiting(SERIES)) this.run(shown, state);
      else this.wait(shown, state);
    }
    return this.status;
  }

  /** Stops the series being made ("Stop" under the timeline). */
  stop(): void {
    this.job?.cancel();
  }

  /** Makes the series again after a stop or a failure. */
  restart(shown: ShownDataSet, state: ViewState): void {
    this.run(shown, state);
  }

  get series(): AlignmentSeries | null {
    return this.status.kind === "ready" ? this.status.series : null;
  }

  /** The series is asked for but waits for the data set's first frame: said as being made, with none done. */
  private wait(shown: ShownDataSet, state: ViewState): void {
    this.job?.cancel();
    this.job = undefined;
    const key = { shown, filters: JSON.stringify(timelessFilters(state)) };
    this.key = key;
    const { step, days } = stepsFor(shown.first, shown.last);
    this.status = { kind: "running", done: 0, total: days.length, step };
    shown.later.after(SERIES, () => {
      if (this.key === key && this.connected) this.run(shown, state);
    });
  }

  private run(shown: ShownDataSet, state: ViewState): void {
    this.job?.cancel();
    const filters = timelessFilters(state);
    this.key = { shown, filters: JSON.stringify(filters) };
    const { step, days } = stepsFor(shown.first, shown.last);
    this.status = { kind: "running", done: 0, total: days.length, step };
    const job = startAnalysis({ dataSet: shown.dataSet, filters, days, step }, (done, total) => {
      if (this.job !== job) return;
      this.status = { kind: "running", done, total, step };
      this.host.requestUpdate();
    });
    this.job = job;
    void job.outcome.then((outcome) => {
      if (this.job !== job) return;
      this.job = undefined;
      this.status = outcome.kind === "ok" ? { kind: "ready", series: outcome.series, ms: outcome.ms } : outcome.kind === "cancelled" ? { kind: "stopped" } : { kind: "failed", problem: outcome.problem };
      this.host.requestUpdate();
      this.changed();
    });
  }

  /** The alignment on the date or window shown (`day`: the date, or the window's last day), kept while the slice and the series are the same. */
  now(shown: ShownDataSet, slice: ViewSlice, day: number): AlignmentNow {
    const series = this.series;
    const memo = this.nowMemo;
    if (memo && memo.slice === slice && memo.series === series) return memo.now;
    if (memo && memo.now.graph.index === shown.index && shown.index.relations.length >= DEFER_FROM_RELATIONS) {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => {
        this.work(shown, slice, day, series);
        this.host.requestUpdate();
        this.changed();
      }, AFTER_MS);
      return memo.now;
    }
    return this.work(shown, slice, day, series);
  }

  private work(shown: ShownDataSet, slice: ViewSlice, day: number, series: AlignmentSeries | null): AlignmentNow {
    const graph = signedPairs(shown.index, slice);
    const balance = structuralBalance(graph);
    const step = series ? stepAt(series, day) : undefined;
    const found = camps(graph, step ? { previous: step } : {});
    const now = { day, graph, balance, camps: step ? matchCamps(asCamps(found, step), found) : found };
    this.nowMemo = { slice, series, now };
    return now;
  }

  /** How the renderer marks alignment: the camps' colours when colouring by camp, the highlighted triad. */
  look(now: AlignmentNow, state: ViewState): AlignmentLook {
    const memo = this.lookMemo;
    if (memo && memo.now === now && memo.colourBy === state.colourBy && memo.triad === state.selectedTriad) return memo.look;
    const ids = now.graph.index.actorIds;
    const campOf = state.colourBy === "camp" ? new Map(Array.from(now.camps.campOf, (label, x) => [ids[x], label] as const)) : null;
    const look = { campOf, triad: state.selectedTriad ? new Set(state.selectedTriad) : null };
    this.lookMemo = { now, colourBy: state.colourBy, triad: state.selectedTriad, look };
    return look;
  }
}

/**
 * The camps of the last step on or before `day` (the first step before the series starts): the
 * camps on the date grew from those, while a later step may already hold relations begun since.
 */
function stepAt(series: AlignmentSeries, day: number): ArrayLike<number> | undefined {
  let found = series.steps[0];
  for (const s of series.steps) if (s.day <= day) found = s;
  return found?.campOf;
}

/** A step's camps as matchCamps reads them: by actor, and the labels in use. */
function asCamps(shape: Camps, campOf: ArrayLike<number>): Camps {
  const labels = [...new Set(Array.from(campOf).filter((c) => c >= 0))].sort((a, b) => a - b);
  return { ...shape, campOf: Int32Array.from(campOf), labels };
}
