/**
 * Compare mode for a view state: moment A under the view's own filters against moment B, and the
 * union drawn. Off when the state has no moment A.
 */
import { describe, expect, test } from "vitest";
import { applyFilters } from "../../src/model/filters";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import type { Relation } from "../../src/model/types";
import { changeCounts, computeCompareView } from "../../src/state/compare-view";
import { setCompare, setFilters } from "../../src/state/producers";
import { getEmptyViewState } from "../../src/state/view-state";
import { dataSetOf, TYPES } from "../support/random-data";

const hostile = TYPES.find((t) => t.family === "hostile")!;
const mediating = TYPES.find((t) => t.family === "mediating")!;
const rel = (id: string, type: string, period: string): Relation => ({ id, source: "a", target: "b", type, directed: true, periods: [parsePeriod(period)], confidence: "high", evidence: [] });
const index = new RelationIndex(dataSetOf([rel("old", hostile.id, "2019-01-01/2019-12-31"), rel("both", hostile.id, "2019-01-01/2021-12-31"), rel("new", mediating.id, "2021-01-01/2021-12-31")]));
const atB = getEmptyViewState(parseDay("2021-06-01"));

describe("computeCompareView", () => {
  test("is null when not comparing", () => {
    expect(computeCompareView(index, atB)).toBeNull();
  });

  test("compares moment A with the view's own time, and draws the union", () => {
    const state = setCompare({ at: parseDay("2019-06-01") })(atB);
    const view = computeCompareView(index, state)!;
    expect(view.a).toEqual({ at: parseDay("2019-06-01") });
    expect(view.b).toEqual({ at: parseDay("2021-06-01") });
    expect(view.comparison.changeOf("old")?.change).toBe("ended");
    expect(view.comparison.changeOf("both")?.change).toBe("continuing");
    expect(view.comparison.changeOf("new")?.change).toBe("added");
    expect(view.union.relationIds).toEqual(["old", "both", "new"]);
    expect(changeCounts(view.comparison)).toEqual({ added: 1, ended: 1, continuing: 1, turned: 0, pairsTurned: 0 });
  });

  test("moment A is sliced under the view's filters, and the view's own slice is used when given", () => {
    const state = setFilters({ hiddenFamilies: [hostile.family] })(setCompare({ from: parseDay("2019-01-01"), to: parseDay("2019-12-31") })(atB));
    const view = computeCompareView(index, state)!;
    expect(view.before.relationIds).toEqual([]);
    expect(view.union.relationIds).toEqual(["new"]);
    const after = applyFilters(index, [{ type: "asOf", day: parseDay("2021-06-01") }]);
    expect(computeCompareView(index, state, after)!.after).toBe(after);
  });
});
