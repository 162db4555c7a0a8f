/**
 * Camp membership over time as chart data: a row per actor ever in a camp, runs of one camp as
 * one cell reaching the next step, blanks where in none, rows grouped by camp, the excess
 * counted.
 */
import { expect, test } from "vitest";
import { campChart } from "../../../src/ui/alignment/camp-chart-model";
import type { AlignmentSeries } from "../../../src/ui/balance-line/balance-series";

const step = (day: number, campOf: number[]) => ({ day, ratio: null, balanced: 0, unbalanced: 0, campOf: Int32Array.from(campOf) });
// Actors a, b, c, d over four steps 10 days apart: a in camp 0 throughout; b in camp 1, then
// none, then camp 0; c never in a camp; d in camp 1 at the third step, camp 0 at the fourth.
const series: AlignmentSeries = {
  step: "month",
  actorIds: ["a", "b", "c", "d"],
  steps: [step(100, [0, 1, -1, -1]), step(110, [0, -1, -1, -1]), step(120, [0, 0, -1, 1]), step(130, [0, 0, -1, 0])],
};
const name = (id: string) => id.toUpperCase();

test("rows by the camp first joined, then when, then name; never-aligned actors have none", () => {
  expect(campChart(series, name).rows).toEqual([
    { id: "a", name: "A" },
    { id: "b", name: "B" },
    { id: "d", name: "D" },
  ]);
});

test("a run of one camp is one cell to the next step; a change of camp starts another; a step in none is blank; the last cell is one step long", () => {
  const chart = campChart(series, name);
  expect(chart.cells).toEqual([
    { actor: "a", row: 0, from: 100, to: 140, camp: 0 },
    { actor: "b", row: 1, from: 100, to: 110, camp: 1 },
    { actor: "b", row: 1, from: 120, to: 140, camp: 0 },
    { actor: "d", row: 2, from: 120, to: 130, camp: 1 },
    { actor: "d", row: 2, from: 130, to: 140, camp: 0 },
  ]);
  expect(chart.domain).toEqual([100, 140]);
  expect(chart.leftOut).toBe(0);
});

test("past the row limit the actors aligned at the most steps are kept, and the rest counted", () => {
  const chart = campChart(series, name, 2);
  expect(chart.rows.map((r) => r.id)).toEqual(["a", "b"]);
  expect(chart.leftOut).toBe(1);
  expect(chart.cells.every((c) => c.actor !== "d")).toBe(true);
});

test("an empty series makes an empty chart", () => {
  expect(campChart({ step: "year", actorIds: [], steps: [] }, name)).toEqual({ rows: [], cells: [], leftOut: 0, domain: [0, 0] });
});
