/**
 * What the graph view redraws in place between two slices: exactly the actors whose visibility,
 * size or kind changed and the relations whose visibility or certainty (solid or dashed) changed
 * or whose drawn target rim moved,
 * on random relations and pairs of dates; nothing when the limit is passed or the data differs.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RelationIndex } from "../../src/model/relation-index";
import { sliceChanges } from "../../src/render/slice-changes";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState } from "../../src/state/view-state";
import { arbRelations, boundaryDays, dataSetOf } from "../support/random-data";

describe("sliceChanges", () => {
  test("lists exactly what looks different from one slice to the next", () => {
    let flips = 0;
    fc.assert(
      fc.property(
        arbRelations(60).chain((relations) => {
          const days = boundaryDays(relations);
          return fc.tuple(fc.constant(relations), fc.constantFrom(...(days.length ? days : [0])), fc.constantFrom(...(days.length ? days : [0])));
        }),
        ([relations, day1, day2]) => {
          const dataSet = dataSetOf(relations);
          const index = new RelationIndex(dataSet);
          const [a, b] = [computeViewSlice(index, getEmptyViewState(day1)), computeViewSlice(index, getEmptyViewState(day2))];
          const changes = sliceChanges(a.ordinals, b.ordinals, Infinity)!;
          const resized = dataSet.actors.filter((x) => a.hasActor(x.id) && b.hasActor(x.id) && a.degreeOf(x.id) !== b.degreeOf(x.id)).map((x) => x.id);
          const rekinded = (id: string) => b.hasActor(id) && a.kindOf(id) !== b.kindOf(id);
          const actors = dataSet.actors.filter((x) => a.hasActor(x.id) !== b.hasActor(x.id) || resized.includes(x.id) || rekinded(x.id)).map((x) => x.id);
          const flipped = (id: string) => a.hasRelation(id) && b.hasRelation(id) && a.isPossibleOnly(id) !== b.isPossibleOnly(id);
          flips += relations.filter((r) => flipped(r.id)).length;
          const redrawn = relations.filter(
            (r) => a.hasRelation(r.id) !== b.hasRelation(r.id) || flipped(r.id) || (b.hasRelation(r.id) && (resized.includes(r.source) || resized.includes(r.target))),
          );
          expect([...changes.actors].sort()).toEqual([...actors].sort());
          expect([...changes.relations].sort()).toEqual(redrawn.map((r) => r.id).sort());
        },
      ),
      { numRuns: 300 },
    );
    // The dates drawn make relations turn certain or possible, so that rule was exercised.
    expect(flips).toBeGreaterThan(0);
  });

  test("gives up past the limit, and between slices of different data", () => {
    const relations = fc.sample(arbRelations(80), { numRuns: 200, seed: 3 }).reduce((x, y) => (y.length > x.length ? y : x));
    const days = boundaryDays(relations);
    const index = new RelationIndex(dataSetOf(relations));
    const slices = days.map((d) => computeViewSlice(index, getEmptyViewState(d)));
    const [a, b] = [slices[0], slices.find((s) => s.relationCount !== slices[0].relationCount)!];
    expect(sliceChanges(a.ordinals, b.ordinals, 0)).toBeNull();
    const other = computeViewSlice(new RelationIndex(dataSetOf(relations)), getEmptyViewState(days[0]));
    expect(sliceChanges(a.ordinals, other.ordinals, Infinity)).toBeNull();
    expect(sliceChanges(a.ordinals, a.ordinals, Infinity)).toEqual({ actors: [], relations: [] });
  });
});
