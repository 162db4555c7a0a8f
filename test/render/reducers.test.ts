/**
 * Reducers: hidden or faded by the slice, sized by degree, coloured by kind and family, curved
 * when a pair has several relations, and hover fading the rest.
 */
import { describe, expect, test } from "vitest";
import { familyColour, kindColour, CANVAS } from "../../src/look/palette";
import { actorSize } from "../../src/look/actor-size";
import { curvatureFor, CURVES_MAX_DRAWN, drawsCurves, edgeReducerFor, NO_PARALLEL, nodeReducerFor, type ReducerInput } from "../../src/render/reducers";
import type { ViewSlice } from "../../src/state/view-slice";

const visibleRelations = new Set(["r1", "r2"]);
const visibleActors = new Set(["a", "b", "c"]);
const degree = new Map([
  ["a", 2],
  ["b", 1],
  ["c", 1],
]);
/** The parts of a slice the reducers read. */
const slice = {
  hasRelation: (id: string) => visibleRelations.has(id),
  hasActor: (id: string) => visibleActors.has(id),
  degreeOf: (id: string) => degree.get(id) ?? 0,
} as ViewSlice;

/** Two relations drawn between one pair. */
const PAIR = new Map([
  ["r1", { index: -1, maxIndex: 1 }],
  ["r2", { index: 1, maxIndex: 1 }],
]);

const input = (change: Partial<ReducerInput> = {}): ReducerInput => ({
  slice,
  sizeScale: 1,
  curves: true,
  parallel: NO_PARALLEL,
  theme: "light",
  fadeHidden: false,
  hoveredActor: null,
  hoverNeighbours: new Set(),
  selectedActor: null,
  selectedRelation: null,
  ...change,
});

describe("nodeReducer", () => {
  test("a visible actor is coloured by kind and sized by its degree in the slice", () => {
    const out = nodeReducerFor(input())("a", { label: "A", kind: "state" });
    expect(out).toMatchObject({ color: kindColour("state", "light"), size: actorSize(2), label: "A" });
    expect(out.hidden).toBeUndefined();
  });

  test("an actor outside the slice is hidden, or faded without a label when fading is on", () => {
    expect(nodeReducerFor(input())("d", { label: "D", kind: "state" }).hidden).toBe(true);
    expect(nodeReducerFor(input({ fadeHidden: true }))("d", { label: "D", kind: "state" })).toMatchObject({ color: CANVAS.light.faded, label: "" });
  });

  test("hovering keeps the actor and its neighbours, fades the rest", () => {
    const reduce = nodeReducerFor(input({ hoveredActor: "a", hoverNeighbours: new Set(["b"]) }));
    expect(reduce("a", { kind: "state" }).highlighted).toBe(true);
    expect(reduce("b", { kind: "state" }).color).toBe(kindColour("state", "light"));
    expect(reduce("c", { kind: "state", label: "C" })).toMatchObject({ color: CANVAS.light.faded, label: "" });
  });
});

test("the node reducer multiplies actor sizes by the data set's actor scale", () => {
  expect(nodeReducerFor(input({ sizeScale: 0.5 }))("a", { kind: "state" }).size).toBeCloseTo(actorSize(2) * 0.5);
});

describe("edgeReducer", () => {
  test("coloured by family, arrowed when directed, thicker with confidence", () => {
    const reduce = edgeReducerFor(input({ theme: "dark" }));
    const high = reduce("r1", { family: "hostile", directed: true, confidence: "high" }, ["a", "b"]);
    const low = reduce("r2", { family: "mediating", directed: false, confidence: "low" }, ["a", "c"]);
    expect(high).toMatchObject({ color: familyColour("hostile", "dark"), type: "arrow" });
    expect(low).toMatchObject({ color: familyColour("mediating", "dark"), type: "line" });
    expect(high.size!).toBeGreaterThan(low.size!);
  });

  test("several relations between one pair are drawn as separate curves", () => {
    const reduce = edgeReducerFor(input({ parallel: PAIR }));
    const first = reduce("r1", { family: "hostile", directed: true }, ["a", "b"]) as { type: string; curvature: number };
    const second = reduce("r2", { family: "hostile", directed: false }, ["a", "b"]) as { type: string; curvature: number };
    expect([first.type, second.type]).toEqual(["curvedArrow", "curved"]);
    expect(first.curvature).toBeLessThan(0);
    expect(second.curvature).toBeGreaterThan(0);
    expect(curvatureFor(0, 0)).toBe(0);
  });

  test("past the curve limit, parallel relations are drawn straight", () => {
    const reduce = edgeReducerFor(input({ curves: false, parallel: PAIR }));
    const first = reduce("r1", { family: "hostile", directed: true }, ["a", "b"]) as { type: string; curvature?: number };
    const second = reduce("r2", { family: "hostile", directed: false }, ["a", "b"]) as { type: string; curvature?: number };
    expect([first.type, second.type]).toEqual(["arrow", "line"]);
    expect(first.curvature).toBeUndefined();
    expect([drawsCurves(CURVES_MAX_DRAWN), drawsCurves(CURVES_MAX_DRAWN + 1)]).toEqual([true, false]);
  });

  test("outside the slice: hidden (and still given a drawable type), or faded", () => {
    expect(edgeReducerFor(input())("r9", { family: "hostile" }, ["a", "b"])).toMatchObject({ hidden: true, type: "line" });
    expect(edgeReducerFor(input({ fadeHidden: true }))("r9", { family: "hostile" }, ["a", "b"])).toMatchObject({ color: CANVAS.light.fadedEdge });
  });

  test("hover fades relations that do not touch the hovered actor; the selected relation is emphasised", () => {
    const reduce = edgeReducerFor(input({ hoveredActor: "c", selectedRelation: "r2" }));
    expect(reduce("r1", { family: "hostile" }, ["a", "b"]).color).toBe(CANVAS.light.fadedEdge);
    const selected = reduce("r2", { family: "hostile", confidence: "high" }, ["a", "c"]);
    expect(selected.size).toBeGreaterThan(3);
  });
});
