/**
 * Producers on an empty state, and the view slice on the fixture data set.
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { hoverActor, selectActor, selectRelation, setEgo, setFilters, setTime } from "../../src/state/producers";
import { Store } from "../../src/state/store";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";
import { loadFixture } from "../support/fixtures";

describe("producers", () => {
  const empty = getEmptyViewState(100);

  test("setTime moves the date, keeps from <= to, and opens a window around the date", () => {
    expect(setTime({ at: 120 })(empty).at).toBe(120);
    const windowed = setTime({ mode: "window" })(empty);
    expect([windowed.mode, windowed.from, windowed.to]).toEqual(["window", 10, 100]);
    expect(setTime({ from: 200 })(windowed)).toMatchObject({ from: 200, to: 200 });
    expect(setTime({ to: 0 })(windowed)).toMatchObject({ from: 0, to: 0 });
  });

  test("a producer that changes nothing returns the same state", () => {
    expect(setTime({ at: 100 })(empty)).toBe(empty);
    expect(setFilters({ minConfidence: "low" })(empty)).toBe(empty);
    expect(hoverActor(null)(empty)).toBe(empty);
  });

  test("selecting an actor clears the selected relation; ego selects its actor", () => {
    const withRelation = selectRelation("r1")(empty);
    expect(selectActor("a")(withRelation)).toMatchObject({ selectedActor: "a", selectedRelation: null });
    expect(setEgo({ actor: "b", depth: 2 })(empty)).toMatchObject({ ego: { actor: "b", depth: 2 }, selectedActor: "b" });
  });

  test("the store tells subscribers of changes only", () => {
    const store = new Store<ViewState>(empty);
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.at));
    store.update(setTime({ at: 100 }));
    store.update(setTime({ at: 101 }));
    stop();
    store.update(setTime({ at: 102 }));
    expect(seen).toEqual([101]);
    expect(store.state.at).toBe(102);
  });
});

describe("computeViewSlice", () => {
  const result = loadFixture("valid");
  if (!result.ok) throw new Error("fixture");
  const index = new RelationIndex(result.dataSet);
  const at = (day: string, change: Partial<ViewState> = {}) => computeViewSlice(index, { ...getEmptyViewState(parseDay(day)), ...change });

  test("relations and actors visible on a date, with degrees", () => {
    const slice = at("2026-03-15");
    expect([...slice.visibleRelations]).toEqual(["strikes", "truce", "refuge"]);
    expect([...slice.visibleActors]).toEqual(["pakistan", "taliban", "ttp"]);
    expect(Object.fromEntries(slice.degree)).toEqual({ pakistan: 2, taliban: 3, ttp: 1 });
    expect(slice.activeInTime).toBe(3);
  });

  test("hiding a family hides its relations but the legend still counts them", () => {
    const slice = at("2026-03-15", { hiddenFamilies: ["mediating"] });
    expect([...slice.visibleRelations]).toEqual(["strikes", "refuge"]);
    expect(slice.familyCounts).toEqual({ hostile: 1, mediating: 1, cooperative: 1 });
    expect(slice.typeCounts.truce).toBe(1);
  });

  test("hiding a kind hides its actors and their relations; kind counts ignore kind toggles", () => {
    const slice = at("2026-03-15", { hiddenKinds: ["state"] });
    expect([...slice.visibleRelations]).toEqual(["refuge"]);
    expect([...slice.visibleActors]).toEqual(["taliban", "ttp"]);
    expect(slice.kindCounts).toEqual({ state: 1, "armed-group": 2 });
  });

  test("actors with no visible relation are hidden unless asked to stay", () => {
    expect([...at("2025-12-01").visibleActors]).toEqual(["taliban", "ttp"]);
    expect([...at("2025-12-01", { hideIsolated: false }).visibleActors]).toEqual(["pakistan", "taliban", "ttp"]);
  });

  test("minimum confidence and ego view", () => {
    expect([...at("2026-03-15", { minConfidence: "high" }).visibleRelations]).toEqual(["strikes", "refuge"]);
    const ego = at("2026-03-15", { ego: { actor: "ttp", depth: 1 } });
    expect([...ego.visibleRelations]).toEqual(["refuge"]);
    expect([...ego.visibleActors]).toEqual(["taliban", "ttp"]);
  });

  test("a window", () => {
    const slice = at("2026-03-15", { mode: "window", from: parseDay("2025-10-01"), to: parseDay("2025-12-31") });
    expect([...slice.visibleRelations]).toEqual(["strikes", "refuge"]);
  });
});
