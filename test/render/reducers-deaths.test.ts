/** The edge reducer sizes lines by deaths when asked: one relation's, a bundle's together, whatever its confidence or certainty. */
import { expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import type { RelationType } from "../../src/model/types";
import { deathsWidth, DEATHS_WIDTH, type DeathWidths } from "../../src/look/relation-width";
import { edgeReducerFor, NO_PARALLEL, type ReducerInput } from "../../src/render/reducers";
import { NO_LINES } from "../../src/render/drawn-lines";
import type { ViewSlice } from "../../src/state/view-slice";

const shown = new Set(["r1", "r2", "r3", "p1"]);
const types = [{ id: "clash", family: "hostile", cameo: ["190"] }] as unknown as RelationType[];
const slice = {
  hasRelation: (id: string) => shown.has(id),
  isPossibleOnly: (id: string) => id === "p1",
  ordinals: { vocabulary: { relationOrdinal: new Map(), relations: [], dataSet: { actors: [], taxonomy: { types } } } },
} as unknown as ViewSlice;

const deaths: DeathWidths = { largest: 1000, deaths: new Map([["r1", 10], ["r2", 90], ["p1", 100]]) };

const input = (change: Partial<ReducerInput> = {}): ReducerInput => ({
  slice,
  day: parseDay("2025-10-01"),
  sizeScale: 1,
  curves: false,
  ...NO_LINES,
  parallel: NO_PARALLEL,
  theme: "light",
  fadeHidden: false,
  hoveredActor: null,
  hoverNeighbours: new Set(),
  selectedActor: null,
  selectedRelation: null,
  ...change,
});
const clash = (confidence: string) => ({ type: "clash", family: "hostile", confidence });

test("by deaths, a relation is as wide as its deaths, whatever its confidence; none counted is the thinnest", () => {
  const reduce = edgeReducerFor(input({ deaths }));
  expect(reduce("r1", clash("high")).size).toBeCloseTo(deathsWidth(10, 1000));
  expect(reduce("r2", clash("low")).size).toBeCloseTo(deathsWidth(90, 1000));
  expect(reduce("r3", clash("high")).size).toBe(DEATHS_WIDTH.thinnest);
});

test("by deaths, a possible relation is dashed but not thinner: its width is its deaths", () => {
  const out = edgeReducerFor(input({ deaths }))("p1", clash("high"));
  expect(out).toMatchObject({ possible: true, pattern: "dashed" });
  expect(out.size).toBeCloseTo(deathsWidth(100, 1000));
});

test("by deaths, a line standing for several relations is as wide as their deaths together", () => {
  const bundles = { bundles: new Map([["r1", { representative: "r1", members: ["r1", "r2", "r3"], family: "hostile", certainty: "certain" as const, directed: false }]]), drawnBy: new Map([["r2", "r1"], ["r3", "r1"]]) };
  expect(edgeReducerFor(input({ deaths, bundles }))("r1", clash("low")).size).toBeCloseTo(deathsWidth(100, 1000));
});

test("without deaths the width is by confidence, as before", () => {
  const reduce = edgeReducerFor(input());
  expect(reduce("r1", clash("high")).size).toBeGreaterThan(reduce("r2", clash("low")).size!);
});
