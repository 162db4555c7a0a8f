/**
 * Compare mode's drawing: relations coloured by their change, an ended one thinner and under the
 * rest, one resting on a possibility dashed and lighter, never as a fact; and a bundle never
 * mixing relations of different changes.
 */
import { describe, expect, test } from "vitest";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import type { Relation } from "../../src/model/types";
import { changeColour } from "../../src/look/change-palette";
import { ENDED_WIDTH } from "../../src/render/compare-look";
import { drawnLines, NO_LINES } from "../../src/render/drawn-lines";
import { edgeReducerFor, NO_PARALLEL, type ReducerInput } from "../../src/render/reducers";
import { computeCompareView } from "../../src/state/compare-view";
import { setCompare } from "../../src/state/producers";
import { getEmptyViewState } from "../../src/state/view-state";
import { dataSetOf, TYPES } from "../support/random-data";

const hostile = TYPES.find((t) => t.family === "hostile")!.id;
const rel = (id: string, period: string, target = "b"): Relation => ({ id, source: "a", target, type: hostile, directed: false, periods: [parsePeriod(period)], confidence: "high", evidence: [] });
const relations = [rel("old", "2019-01-01/2019-12-31"), rel("both", "2019-01-01/2021-12-31"), rel("new", "2021-01-01/2021-12-31"), rel("maybe", "2021", "c")];
const index = new RelationIndex(dataSetOf(relations));
const state = setCompare({ at: parseDay("2019-06-01") })(getEmptyViewState(parseDay("2021-06-01")));
const view = computeCompareView(index, state)!;
const input = (change: Partial<ReducerInput> = {}): ReducerInput => ({
  slice: view.union, day: parseDay("2021-06-01"), sizeScale: 1, curves: false, ...NO_LINES, parallel: NO_PARALLEL, theme: "light", fadeHidden: false,
  hoveredActor: null, hoverNeighbours: new Set(), selectedActor: null, selectedRelation: null, compare: view.comparison, ...change,
});
const data = (id: string) => ({ type: hostile, family: "hostile", confidence: "high", directed: false, id });

describe("compare mode's edge reducer", () => {
  test("colours each relation by its change, in either theme", () => {
    for (const theme of ["light", "dark"] as const) {
      const reduce = edgeReducerFor(input({ theme }));
      expect(reduce("old", data("old"))).toMatchObject({ color: changeColour("ended", theme), change: "ended" });
      expect(reduce("both", data("both"))).toMatchObject({ color: changeColour("continuing", theme), change: "continuing" });
      expect(reduce("new", data("new"))).toMatchObject({ color: changeColour("added", theme), change: "added" });
    }
  });

  test("an ended relation recedes: thinner and drawn under the rest", () => {
    const reduce = edgeReducerFor(input());
    const [ended, continuing] = [reduce("old", data("old")), reduce("both", data("both"))];
    expect(ended.size).toBeCloseTo(continuing.size! * ENDED_WIDTH);
    expect(ended.zIndex).toBeLessThan(continuing.zIndex!);
  });

  test("a change resting on a possibility is dashed and lighter, as possible relations are drawn", () => {
    // "2021" is a year: on 1 Jun 2021 it only possibly held, so its being added is a possibility.
    const out = edgeReducerFor(input())("maybe", data("maybe"));
    expect(out).toMatchObject({ possible: true, pattern: "dashed", color: changeColour("added", "light", true) });
  });

  test("without a comparison, relations keep their family's colours", () => {
    expect(edgeReducerFor(input({ compare: null }))("new", data("new")).change).toBeUndefined();
  });

  test("a pair's relations of one family share a line only when they share a change", () => {
    const held = { forEachEdge: (f: (r: string, a: object, s: string, t: string) => void) => relations.forEach((r) => f(r.id, { family: "hostile" }, r.source, r.target)) };
    const focus = { selectedActor: null, pairs: [], spreadAll: false, labelAll: false };
    const together = drawnLines(held as never, view.union, false, focus, false);
    expect(together.bundles.bundles.size).toBe(1);
    const apart = drawnLines(held as never, view.union, false, focus, false, (r) => view.comparison.changeOf(r)!.change);
    expect(apart.bundles.bundles.size).toBe(0);
  });
});
