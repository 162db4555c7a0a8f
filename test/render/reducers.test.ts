/**
 * Reducers: hidden or faded by the slice, sized by degree, coloured by kind (as on the day) and
 * family, curved when a pair has several relations, dashed when only possible, and hover fading
 * the rest.
 */
import { describe, expect, test } from "vitest";
import { parseDay, parsePartialDate } from "../../src/model/dates";
import type { Actor, RelationType } from "../../src/model/types";
import { familyColour, kindColour, CANVAS, possibleColour } from "../../src/look/palette";
import { relationColour } from "../../src/look/relation-look";
import { actorSize } from "../../src/look/actor-size";
import { curvatureFor, CURVES_MAX_DRAWN, drawsCurves, edgeReducerFor, NO_PARALLEL, nodeReducerFor, POSSIBLE_WIDTH, programOf, type ReducerInput } from "../../src/render/reducers";
import { NO_LINES } from "../../src/render/drawn-lines";
import { bundleRelations, bundleWidth } from "../../src/look/relation-bundles";
import type { ViewSlice } from "../../src/state/view-slice";

const visibleRelations = new Set(["r1", "r2", "p1", "p2"]);
/** Visible relations only possibly active on the day. */
const possibleRelations = new Set(["p1", "p2"]);
const visibleActors = new Set(["a", "b", "c", "t"]);
const degree = new Map([
  ["a", 2],
  ["b", 1],
  ["c", 1],
]);
/** An actor that was an armed group, then (from Aug 2021) a state under another name. */
const taliban: Actor = {
  id: "t",
  label: "Taliban",
  kind: "armed-group",
  aliases: [],
  changes: [{ from: parsePartialDate("2021-08"), kind: "state", label: "Islamic Emirate" }],
} as unknown as Actor;
const actors = [{ id: "a", label: "A", kind: "state" }, { id: "b" }, { id: "c" }, taliban] as Actor[];
/** A deed, a word and a standing tie of one family, and a deed of another (CAMEO 195, 112, none, 0871). */
const types = [
  { id: "airstrike", family: "hostile", cameo: ["195"] },
  { id: "accusation", family: "hostile", cameo: ["112"] },
  { id: "rivalry", family: "hostile", cameo: [] },
  { id: "truce", family: "mediating", cameo: ["0871"] },
] as unknown as RelationType[];
/** The types of the relations bundled below: r1 a word, r2 a deed, p1 and p2 words. */
const relationTypes = [
  ["r1", "accusation"],
  ["r2", "airstrike"],
  ["p1", "accusation"],
  ["p2", "accusation"],
] as const;
/** The parts of a slice the reducers read; `kind` is what the slice says t's kind is then. */
const sliceWith = (tKind: string) =>
  ({
    hasRelation: (id: string) => visibleRelations.has(id),
    hasActor: (id: string) => visibleActors.has(id),
    isPossibleOnly: (id: string) => possibleRelations.has(id),
    kindOf: (id: string) => (id === "t" ? tKind : actors.find((a) => a.id === id)?.kind),
    degreeOf: (id: string) => degree.get(id) ?? 0,
    ordinals: {
      vocabulary: {
        actorOrdinal: new Map(actors.map((a, i) => [a.id, i])),
        relationOrdinal: new Map(relationTypes.map(([id], i) => [id, i])),
        relations: relationTypes.map(([id, type]) => ({ id, type })),
        dataSet: { actors, taxonomy: { types } },
      },
    },
  }) as unknown as ViewSlice;
const slice = sliceWith("armed-group");

/** Two relations drawn between one pair. */
const PAIR = new Map([
  ["r1", { index: -1, maxIndex: 1 }],
  ["r2", { index: 1, maxIndex: 1 }],
]);

const input = (change: Partial<ReducerInput> = {}): ReducerInput => ({
  slice,
  day: parseDay("2020-01-01"),
  sizeScale: 1,
  curves: true,
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

test("an actor that changes is named and coloured as it was on the day", () => {
  const before = nodeReducerFor(input())("t", { label: "Taliban", kind: "armed-group" });
  expect(before).toMatchObject({ label: "Taliban", color: kindColour("armed-group", "light"), kind: "armed-group" });
  const after = nodeReducerFor(input({ slice: sliceWith("state"), day: parseDay("2026-03-01") }))("t", { label: "Taliban", kind: "armed-group" });
  expect(after).toMatchObject({ label: "Islamic Emirate", color: kindColour("state", "light"), kind: "state" });
  // An actor with no changes keeps the label it is drawn with.
  expect(nodeReducerFor(input({ day: parseDay("2026-03-01") }))("a", { label: "A", kind: "state" }).label).toBe("A");
});

test("the node reducer multiplies actor sizes by the data set's actor scale", () => {
  expect(nodeReducerFor(input({ sizeScale: 0.5 }))("a", { kind: "state" }).size).toBeCloseTo(actorSize(2) * 0.5);
});

describe("edgeReducer", () => {
  test("coloured by family, arrowed when directed, thicker with confidence", () => {
    const reduce = edgeReducerFor(input({ theme: "dark" }));
    const high = reduce("r1", { type: "airstrike", family: "hostile", directed: true, confidence: "high" }, ["a", "b"]);
    const low = reduce("r2", { type: "truce", family: "mediating", directed: false, confidence: "low" }, ["a", "c"]);
    expect(high).toMatchObject({ color: familyColour("hostile", "dark"), type: "arrow" });
    expect(low).toMatchObject({ color: familyColour("mediating", "dark"), type: "line" });
    expect(high.size!).toBeGreaterThan(low.size!);
  });

  test("types apart within a family: a deed at full strength and solid, a word lighter and dotted, a standing tie deeper and solid", () => {
    const reduce = edgeReducerFor(input());
    const deed = reduce("r1", { type: "airstrike", family: "hostile", directed: true }, ["a", "b"]);
    const word = reduce("r1", { type: "accusation", family: "hostile", directed: true }, ["a", "b"]);
    const tie = reduce("r1", { type: "rivalry", family: "hostile", directed: false }, ["a", "b"]);
    expect(deed).toMatchObject({ type: "arrow", manner: "deed", pattern: "solid", color: familyColour("hostile", "light") });
    expect(word).toMatchObject({ type: "dottedArrow", manner: "word", pattern: "dotted", color: relationColour("hostile", "word", "light") });
    expect(tie).toMatchObject({ type: "line", manner: "tie", pattern: "solid", color: relationColour("hostile", "tie", "light") });
    expect(new Set([deed.color, word.color, tie.color]).size).toBe(3);
    // A possible word is dashed, as every possible relation: that it may not hold is said first.
    expect(reduce("p1", { type: "accusation", family: "hostile", directed: true }, ["a", "b"])).toMatchObject({ type: "dashedArrow", pattern: "dashed", color: possibleColour("hostile", "light") });
    // A dotted word curves apart like any other.
    const curved = edgeReducerFor(input({ parallel: PAIR }))("r2", { type: "accusation", family: "hostile", directed: false }, ["a", "b"]);
    expect(curved.type).toBe("dottedCurved");
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

  test("a relation only possibly active on the day is dashed, lighter and thinner, in every shape", () => {
    const reduce = edgeReducerFor(input());
    const certain = reduce("r1", { family: "hostile", directed: true, confidence: "high" }, ["a", "b"]);
    const possible = reduce("p1", { family: "hostile", directed: true, confidence: "high" }, ["a", "b"]);
    expect(certain).toMatchObject({ type: "arrow", color: relationColour("hostile", "tie", "light") });
    expect(certain.possible).toBeUndefined();
    expect(possible).toMatchObject({ type: "dashedArrow", color: possibleColour("hostile", "light"), possible: true, size: certain.size! * POSSIBLE_WIDTH });
    expect(possibleColour("hostile", "light")).not.toBe(familyColour("hostile", "light"));
    // Apart from faded context too: another colour, and dashed.
    expect(possibleColour("hostile", "light")).not.toBe(CANVAS.light.fadedEdge);
    const curved = edgeReducerFor(input({ parallel: new Map([["p2", { index: 1, maxIndex: 1 }]]) }))("p2", { family: "mediating", directed: false }, ["a", "c"]);
    expect(curved).toMatchObject({ type: "dashedCurved", color: possibleColour("mediating", "light") });
    expect([programOf(false, false, "dashed"), programOf(false, true, "dashed"), programOf(true, false, "dashed"), programOf(true, true, "dashed")]).toEqual(["dashedLine", "dashedArrow", "dashedCurved", "dashedCurvedArrow"]);
    expect([programOf(false, false, "solid"), programOf(true, true, "solid"), programOf(false, true, "dotted"), programOf(true, false, "dotted")]).toEqual(["line", "curvedArrow", "dottedArrow", "dottedCurved"]);
  });

  test("a possible relation stays dashed when emphasised or faded by a hover", () => {
    const selected = edgeReducerFor(input({ selectedRelation: "p1" }))("p1", { family: "hostile", confidence: "high" }, ["a", "b"]);
    expect(selected).toMatchObject({ type: "dashedLine", color: possibleColour("hostile", "light") });
    expect(selected.size).toBeCloseTo(3 * POSSIBLE_WIDTH * 2.2);
    const faded = edgeReducerFor(input({ hoveredActor: "c" }))("p1", { family: "hostile" }, ["a", "b"]);
    expect(faded).toMatchObject({ type: "dashedLine", color: CANVAS.light.fadedEdge });
  });

  test("hover fades relations that do not touch the hovered actor; the selected relation is emphasised", () => {
    const reduce = edgeReducerFor(input({ hoveredActor: "c", selectedRelation: "r2" }));
    expect(reduce("r1", { family: "hostile" }, ["a", "b"]).color).toBe(CANVAS.light.fadedEdge);
    const selected = reduce("r2", { family: "hostile", confidence: "high" }, ["a", "c"]);
    expect(selected.size).toBeGreaterThan(3);
  });

  describe("lines standing for several relations", () => {
    // r1 and r2 (certain, hostile) share a line drawn by r1; p1 and p2 (only possible) share another.
    const bundles = bundleRelations([
      { relation: "r1", source: "a", target: "b", family: "hostile", certainty: "certain", directed: true },
      { relation: "r2", source: "a", target: "b", family: "hostile", certainty: "certain", directed: true },
      { relation: "p1", source: "a", target: "b", family: "hostile", certainty: "possible", directed: true },
      { relation: "p2", source: "b", target: "a", family: "hostile", certainty: "possible", directed: true },
    ]);
    const reduce = edgeReducerFor(input({ bundles }));
    const data = { family: "hostile", directed: true, confidence: "high", type: "airstrike" } as const;

    test("a bundle is drawn as one line, by its first relation, with its count as label, thicker", () => {
      const line = reduce("r1", data, ["a", "b"]);
      // r1 is an accusation, r2 an air strike: the line looks like its strongest member, a deed.
      expect(line).toMatchObject({ count: 2, label: "2", forceLabel: false, type: "arrow", manner: "deed", pattern: "solid", color: familyColour("hostile", "light") });
      expect(line.size).toBeCloseTo(3 * bundleWidth(2));
      expect(reduce("r2", data, ["a", "b"])).toMatchObject({ hidden: true });
      expect(reduce("r3", data, ["a", "b"]).count).toBeUndefined();
    });

    test("possible relations keep a line of their own, dashed, arrowless when they go both ways", () => {
      const line = reduce("p1", data, ["a", "b"]);
      // Two accusations: words, in the word step, and dashed since only possible.
      expect(line).toMatchObject({ count: 2, possible: true, manner: "word", type: "dashedLine", color: relationColour("hostile", "word", "light", true) });
      expect(reduce("p2", data, ["b", "a"])).toMatchObject({ hidden: true });
    });

    test("spread relations of the selection carry their type as a forced label; others only with one line per relation", () => {
      const types = { taxonomy: { types: [{ id: "airstrike", label: "Air strike" }] } };
      const labelledSlice = { ...slice, ordinals: { vocabulary: { ...slice.ordinals.vocabulary, dataSet: { ...slice.ordinals.vocabulary.dataSet, ...types } } } } as unknown as ViewSlice;
      const spread = edgeReducerFor(input({ slice: labelledSlice, labelled: new Set(["r1"]) }));
      expect(spread("r1", data, ["a", "b"])).toMatchObject({ label: "Air strike", forceLabel: true });
      expect(spread("r2", data, ["a", "b"]).label).toBeUndefined();
      const everywhere = edgeReducerFor(input({ slice: labelledSlice, typeLabelsWhereRoom: true }));
      expect(everywhere("r2", data, ["a", "b"])).toMatchObject({ label: "Air strike", forceLabel: false });
      // Faded context is never labelled.
      expect(edgeReducerFor(input({ slice: labelledSlice, fadeHidden: true, typeLabelsWhereRoom: true }))("r9", data, ["a", "b"]).label).toBeUndefined();
    });
  });
});
