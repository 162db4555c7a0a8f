/**
 * Allies and enemies drawn over the reducers: actors in their camp's colour (grey in none) while
 * colouring by camp, faded ones left faded; a highlighted triad's actors larger and labelled and
 * its relations thicker, everything else faded; and no change at all without either.
 */
import { describe, expect, test } from "vitest";
import { campColour } from "../../src/look/camp-palette";
import { CANVAS, kindColour } from "../../src/look/palette";
import { applyFilters } from "../../src/model/filters";
import { RelationIndex } from "../../src/model/relation-index";
import { alignActors, alignRelations, NO_ALIGNMENT, TRIAD_ACTOR_SCALE, TRIAD_RELATION_SCALE } from "../../src/render/alignment-look";
import { edgeReducerFor, nodeReducerFor, NO_PARALLEL } from "../../src/render/reducers";
import { NO_LINES } from "../../src/render/drawn-lines";
import { ON, signedDataSet } from "../support/signed-graphs";

// x0–x1 hostile, both allied with x2; x3 allied with x0; x4 has no relation.
const data = signedDataSet(5, [
  { a: 0, b: 1, said: ["-"] },
  { a: 0, b: 2, said: ["+"] },
  { a: 1, b: 2, said: ["+"] },
  { a: 0, b: 3, said: ["+"] },
]);
const index = new RelationIndex(data);
const slice = applyFilters(index, [{ type: "asOf", day: ON }, { type: "hideIsolated", keep: [] }]);
const input = (hoveredActor: string | null = null) => ({
  slice,
  day: ON,
  sizeScale: 1,
  curves: false,
  ...NO_LINES,
  parallel: NO_PARALLEL,
  theme: "light" as const,
  fadeHidden: false,
  hoveredActor,
  hoverNeighbours: new Set<string>(hoveredActor ? ["x0"] : []),
  selectedActor: null,
  selectedRelation: null,
});
const at = (id: string) => ({ x: 0, y: 0, label: id.toUpperCase(), kind: "state" });
const relation = (id: string) => ({ ...data.relations.find((r) => r.id === id)!, family: data.taxonomy.types.find((t) => t.id === data.relations.find((r) => r.id === id)!.type)!.family });

describe("colouring by camp", () => {
  const look = { campOf: new Map([["x0", 1], ["x1", 0], ["x2", 1], ["x3", -1]]), triad: null };

  test("actors take their camp's colour, those in none the unaligned grey, and carry the camp for an image's legend; nothing else changes", () => {
    const base = nodeReducerFor(input());
    const reduce = alignActors(base, look, "light");
    expect(reduce("x0", at("x0")).color).toBe(campColour(1, "light"));
    expect(reduce("x1", at("x1")).color).toBe(campColour(0, "light"));
    expect(reduce("x3", at("x3")).color).toBe(campColour(-1, "light"));
    expect(campColour(0, "light")).not.toBe(campColour(1, "light"));
    const { color: _a, camp, ...rest } = reduce("x0", at("x0"));
    const { color: _b, ...baseRest } = base("x0", at("x0"));
    expect(camp).toBe(1);
    expect(reduce("x3", at("x3")).camp).toBe(-1);
    expect(rest).toEqual(baseRest);
  });

  test("an actor faded away from a hovered one stays faded, and a hidden one hidden", () => {
    const reduce = alignActors(nodeReducerFor(input("x3")), look, "light");
    expect(reduce("x1", at("x1")).color).toBe(CANVAS.light.faded);
    expect(reduce("x4", at("x4")).hidden).toBe(true);
  });

  test("without camps or a triad the reducers are returned as they are", () => {
    const base = nodeReducerFor(input());
    expect(alignActors(base, NO_ALIGNMENT, "light")).toBe(base);
    expect(base("x0", at("x0")).color).toBe(kindColour("state", "light"));
  });
});

describe("a highlighted triad", () => {
  const look = { campOf: null, triad: new Set(["x0", "x1", "x2"]) };

  test("its actors are larger, labelled and on top; the others faded and unlabelled", () => {
    const base = nodeReducerFor(input());
    const reduce = alignActors(base, look, "light");
    const x0 = reduce("x0", at("x0"));
    expect(x0).toMatchObject({ color: kindColour("state", "light"), highlighted: true, forceLabel: true, size: base("x0", at("x0")).size! * TRIAD_ACTOR_SCALE });
    expect(reduce("x3", at("x3"))).toMatchObject({ color: CANVAS.light.faded, label: "" });
  });

  test("the relations between its actors are thicker; the others faded", () => {
    const base = edgeReducerFor(input());
    const reduce = alignRelations(base, look, slice, "light");
    const [inside, outside] = [relation("r0"), relation("r3")];
    expect(reduce("r0", inside).size).toBeCloseTo(base("r0", inside).size! * TRIAD_RELATION_SCALE);
    expect(reduce("r0", inside).color).toBe(base("r0", inside).color);
    expect(reduce("r3", outside)).toMatchObject({ color: CANVAS.light.fadedEdge, zIndex: 0 });
    expect(alignRelations(base, { campOf: null, triad: null }, slice, "light")).toBe(base);
  });
});
