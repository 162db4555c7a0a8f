/**
 * Producers on an empty state, and the view slice on the fixture data set.
 */
import { describe, expect, test } from "vitest";
import { addMonths, parseDay } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { hoverActor, modeSwitch, selectActor, selectPair, selectRelation, selectTriad, setColourBy, setCompare, setWidthBy, setEgo, setFilters, setLinePerRelation, setSpan, setTime } from "../../src/state/producers";
import { Store } from "../../src/state/store";
import { computeViewSlice, viewAtCompare } from "../../src/state/view-slice";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";
import { loadFixture } from "../support/fixtures";

describe("producers", () => {
  const empty = getEmptyViewState(100);

  test("setSpan sets how much of the range the timeline shows; the same span is no change", () => {
    expect(empty.span).toBe("all");
    expect(setSpan("2y")(empty).span).toBe("2y");
    expect(setSpan("all")(empty)).toBe(empty);
  });

  test("setTime moves the date, keeps from <= to, and opens a window around the date", () => {
    expect(setTime({ at: 120 })(empty).at).toBe(120);
    const windowed = setTime({ mode: "window" })(empty);
    expect([windowed.mode, windowed.from, windowed.to]).toEqual(["window", addMonths(100, -6), 100]);
    expect(setTime({ from: 200 })(windowed)).toMatchObject({ from: 200, to: 200 });
    expect(setTime({ to: -100 })(windowed)).toMatchObject({ from: -100, to: -100 });
  });

  test("the window keeps through \"as of\" and back; a date outside it moves to its end", () => {
    const [from, to] = [parseDay("2019-01-01"), parseDay("2022-12-31")];
    const window: ViewState = { ...empty, mode: "window", from, to, at: to };
    const asOf = setTime({ mode: "at" })(window);
    expect(asOf).toMatchObject({ mode: "at", at: to, from, to });
    expect(setTime({ mode: "window" })(asOf)).toMatchObject({ mode: "window", at: to, from, to });
    // Moved on as of a later date and back: the same window.
    expect(setTime({ mode: "window" })(setTime({ at: to + 400 })(asOf))).toMatchObject({ mode: "window", from, to });
    expect(setTime({ mode: "at" })({ ...window, at: parseDay("2025-06-01") })).toMatchObject({ mode: "at", at: to });
    // Days given with the switch win over the rule.
    expect(setTime({ mode: "window", from: 50, to: 60 })(empty)).toMatchObject({ mode: "window", from: 50, to: 60 });
  });

  test("a proposed window stays within the days given", () => {
    const at = parseDay("2000-02-15");
    expect(modeSwitch({ at, from: at, to: at }, "window", { first: parseDay("2000-01-01"), last: parseDay("2026-12-31") })).toEqual({ mode: "window", from: parseDay("2000-01-01"), to: at });
    expect(modeSwitch({ at, from: at, to: at }, "window")).toEqual({ mode: "window", from: parseDay("1999-08-15"), to: at });
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

  test("selecting a pair replaces the selected actor and relation; selecting an actor clears the pair", () => {
    const withActor = selectRelation("r1")(selectActor("a")(empty));
    const withPair = selectPair(["a", "b"])(withActor);
    expect(withPair).toMatchObject({ selectedPair: ["a", "b"], selectedActor: null, selectedRelation: null });
    expect(selectPair(["b", "a"])(withPair)).toBe(withPair);
    expect(selectActor("c")(withPair)).toMatchObject({ selectedActor: "c", selectedPair: null });
    expect(selectActor(null)(withPair).selectedPair).toBeNull();
    // A relation read from the pair's list keeps the pair to go back to.
    expect(selectRelation("r2")(withPair)).toMatchObject({ selectedPair: ["a", "b"], selectedRelation: "r2" });
    expect(setLinePerRelation(true)(empty).linePerRelation).toBe(true);
    expect(setLinePerRelation(false)(empty)).toBe(empty);
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

describe("compare mode, camp colouring and triads", () => {
  const empty = getEmptyViewState(parseDay("2026-03-01"));
  test("setCompare sets moment A; the same moment again is no change", () => {
    const on = setCompare({ at: parseDay("2021-09-01") })(empty);
    expect(on.compare).toEqual({ at: parseDay("2021-09-01") });
    expect(setCompare({ at: parseDay("2021-09-01") })(on)).toBe(on);
    expect(setCompare({ from: parseDay("2021-09-01"), to: parseDay("2021-09-01") })(on)).not.toBe(on);
    expect(setCompare(null)(on).compare).toBeNull();
    expect(setCompare(null)(empty)).toBe(empty);
  });
  test("viewAtCompare is the view at moment A, its filters kept", () => {
    const state = { ...setCompare({ from: parseDay("2021-01-01"), to: parseDay("2021-12-31") })(empty), hiddenFamilies: ["mediating"] };
    expect(viewAtCompare(state)).toMatchObject({ mode: "window", from: parseDay("2021-01-01"), to: parseDay("2021-12-31"), hiddenFamilies: ["mediating"] });
    expect(viewAtCompare(setCompare({ at: parseDay("2021-09-01") })(empty))).toMatchObject({ mode: "at", at: parseDay("2021-09-01") });
    expect(viewAtCompare(empty)).toBeNull();
  });
  test("setWidthBy changes the width only when it differs", () => {
    expect(setWidthBy("confidence")(empty)).toBe(empty);
    expect(setWidthBy("deaths")(empty)).toEqual({ ...empty, widthBy: "deaths" });
  });

  test("setColourBy and selectTriad (in any order) change only when they differ", () => {
    expect(setColourBy("kind")(empty)).toBe(empty);
    expect(setColourBy("camp")(empty).colourBy).toBe("camp");
    const picked = selectTriad(["a", "b", "c"])(empty);
    expect(picked.selectedTriad).toEqual(["a", "b", "c"]);
    expect(selectTriad(["c", "a", "b"])(picked)).toBe(picked);
    expect(selectTriad(null)(picked).selectedTriad).toBeNull();
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
