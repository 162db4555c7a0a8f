/**
 * The balance series off the page's thread: what the worker computes (run in Node here), the
 * steps across the timeline, which filters make a new series, and the supervisor turning every
 * way a worker ends into one outcome, with a worker that runs the same code in Node.
 */
import { describe, expect, test } from "vitest";
import { superviseAnalysis, type AnalysisWorker } from "../../../src/app/analysis/analysis-client";
import type { AnalysisMessage, AnalysisRequest } from "../../../src/app/analysis/analysis-protocol";
import { runAnalysis } from "../../../src/app/analysis/analysis-run";
import { AlignmentController, DEFER_FROM_RELATIONS, MONTHLY_MAX_STEPS, stepsFor, timelessFilters } from "../../../src/app/analysis/alignment-controller";
import type { ShownDataSet } from "../../../src/app/session/shown-data-set";
import { applyFilters } from "../../../src/model/filters";
import { RelationIndex } from "../../../src/model/relation-index";
import { parseDay } from "../../../src/model/dates";
import { getEmptyViewState } from "../../../src/state/view-state";
import { ON, signedDataSet } from "../../support/signed-graphs";

// Relations over 2019-01/2021-12: x0–x1 hostile, both allied with x2 (unbalanced); x3 allied with x0 and x2.
const dataSet = signedDataSet(4, [
  { a: 0, b: 1, said: ["-"] },
  { a: 0, b: 2, said: ["+"] },
  { a: 1, b: 2, said: ["+"] },
  { a: 0, b: 3, said: ["+"] },
  { a: 2, b: 3, said: ["+"] },
]);
const days = [parseDay("2018-12-31"), parseDay("2020-06-30"), parseDay("2022-01-31")];
const request: AnalysisRequest = { dataSet, filters: [], days, step: "month" };

describe("runAnalysis", () => {
  test("each step has the balance as of its day and the camps, with progress after each", () => {
    const progress: [number, number][] = [];
    const series = runAnalysis(request, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(series.actorIds).toEqual(["x0", "x1", "x2", "x3"]);
    expect(series.steps.map((s) => [s.day, s.ratio, s.balanced, s.unbalanced])).toEqual([
      [days[0], null, 0, 0],
      // x0 x1 x2 (+ + −) unbalanced; x0 x2 x3 (+ + +) balanced.
      [days[1], 0.5, 1, 1],
      [days[2], null, 0, 0],
    ]);
    // Before and after the relations, no actor is in a camp; in 2020 all four are.
    expect(Array.from(series.steps[0].campOf)).toEqual([-1, -1, -1, -1]);
    expect(Array.from(series.steps[1].campOf).every((c) => c >= 0)).toBe(true);
  });

  test("the view's filters narrow each step: without the hostile type the network is all allies", () => {
    const series = runAnalysis({ ...request, filters: [{ type: "relationTypes", shown: "hidden", names: ["armed-clash"] }] }, () => {});
    expect(series.steps[1]).toMatchObject({ ratio: 1, balanced: 1, unbalanced: 0 });
  });
});

describe("what the series depends on", () => {
  test("the timeline's range in month ends, the last cut to its end; yearly past the monthly limit", () => {
    const monthly = stepsFor(parseDay("2021-01-15"), parseDay("2021-03-20"));
    expect(monthly).toEqual({ step: "month", days: [parseDay("2021-01-31"), parseDay("2021-02-28"), parseDay("2021-03-20")] });
    const long = stepsFor(parseDay("1990-01-01"), parseDay("2026-03-31"));
    expect(long.step).toBe("year");
    expect(long.days.slice(0, 2)).toEqual([parseDay("1990-12-31"), parseDay("1991-12-31")]);
    expect(long.days.at(-1)).toBe(parseDay("2026-03-31"));
    expect(stepsFor(parseDay("2001-01-01"), parseDay("2026-03-31")).days.length).toBeLessThanOrEqual(MONTHLY_MAX_STEPS);
  });

  test("filters that say when (the date, hide isolated, which the selection changes) make no new series; which relations do", () => {
    const state = getEmptyViewState(parseDay("2026-03-01"));
    const moved = { ...state, at: parseDay("2020-01-01"), selectedActor: "pakistan" };
    expect(timelessFilters(moved)).toEqual(timelessFilters(state));
    expect(timelessFilters({ ...state, hiddenFamilies: ["hostile"] })).toEqual([{ type: "families", shown: "hidden", names: ["hostile"] }]);
  });
});

/** A worker that runs the worker's code in Node, or fails as told. */
class NodeWorker extends EventTarget implements AnalysisWorker {
  terminated = false;
  constructor(private readonly behaviour: "run" | "crash" | "silent" = "run") {
    super();
  }
  postMessage(message: AnalysisRequest): void {
    const send = (data: AnalysisMessage) => queueMicrotask(() => !this.terminated && this.dispatchEvent(new MessageEvent("message", { data })));
    if (this.behaviour === "crash") return send({ type: "crashed", message: "TypeError: boom" });
    if (this.behaviour === "silent") return;
    const series = runAnalysis(structuredClone(message), (done, total) => send({ type: "progress", done, total }));
    send({ type: "finished", series, ms: 1 });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("superviseAnalysis", () => {
  test("passes on progress, then the series, and ends the worker", async () => {
    const worker = new NodeWorker();
    const seen: number[] = [];
    const job = superviseAnalysis(worker, request, (done) => seen.push(done));
    const outcome = await job.outcome;
    expect(outcome.kind).toBe("ok");
    if (outcome.kind === "ok") expect(outcome.series.steps.map((s) => s.ratio)).toEqual([null, 0.5, null]);
    expect(seen).toEqual([1, 2, 3]);
    expect(worker.terminated).toBe(true);
  });

  test("a crash in the worker is a failure in words; cancel ends a silent worker at once", async () => {
    expect(await superviseAnalysis(new NodeWorker("crash"), request, () => {}).outcome).toEqual({ kind: "failed", problem: "TypeError: boom" });
    const silent = new NodeWorker("silent");
    const job = superviseAnalysis(silent, request, () => {});
    job.cancel();
    expect(await job.outcome).toEqual({ kind: "cancelled" });
    expect(silent.terminated).toBe(true);
  });
});

describe("the alignment on the date shown", () => {
  // Two camps on ON: x0 x1 allied, x2 x3 allied, hostile across.
  const camps2 = signedDataSet(4, [
    { a: 0, b: 1, said: ["+"] },
    { a: 2, b: 3, said: ["+"] },
    { a: 0, b: 2, said: ["-"] },
    { a: 1, b: 3, said: ["-"] },
  ]);
  const index = new RelationIndex(camps2);
  const shown = { index } as unknown as ShownDataSet;
  const slice = applyFilters(index, [{ type: "asOf", day: ON }]);
  const step = (day: number, campOf: number[]) => ({ day, ratio: 1, balanced: 0, unbalanced: 0, campOf: Int32Array.from(campOf) });

  test("takes its camps' labels from the last step on or before the date, not a later one", () => {
    const controller = new AlignmentController({ addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) }, () => {});
    const series = { step: "month" as const, actorIds: index.actorIds, steps: [step(ON - 40, [9, 9, 4, 4]), step(ON - 10, [5, 5, 7, 7]), step(ON + 20, [1, 1, 2, 2])] };
    controller.status = { kind: "ready", series, ms: 0 };
    expect(Array.from(controller.now(shown, slice, ON).camps.campOf)).toEqual([5, 5, 7, 7]);
    // Without a series, the camps are labelled by size from 0.
    controller.status = { kind: "stopped" };
    expect(new Set(controller.now(shown, slice, ON).camps.campOf)).toEqual(new Set([0, 1]));
  });
});

test("on a large data set the alignment follows the date once it stops moving, saying which date it is of meanwhile", async () => {
  const many = signedDataSet(3, [{ a: 0, b: 1, said: Array.from({ length: DEFER_FROM_RELATIONS }, () => "-" as const) }, { a: 1, b: 2, said: ["+"] }]);
  const index = new RelationIndex(many);
  const shown = { index } as unknown as ShownDataSet;
  let updates = 0;
  const controller = new AlignmentController({ addController() {}, removeController() {}, requestUpdate: () => updates++, updateComplete: Promise.resolve(true) }, () => {});
  const first = controller.now(shown, applyFilters(index, [{ type: "asOf", day: ON }]), ON);
  expect(first.graph.negativePairs).toBe(1);
  const later = applyFilters(index, [{ type: "asOf", day: ON + 1000 }]);
  expect(controller.now(shown, later, ON + 1000)).toBe(first);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(updates).toBe(1);
  const settled = controller.now(shown, later, ON + 1000);
  expect([settled.day, settled.graph.pairCount]).toEqual([ON + 1000, 0]);
});
