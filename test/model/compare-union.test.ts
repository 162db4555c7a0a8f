/**
 * Compare mode's union slice: exactly the relations and actors shown at A or B, with degrees
 * over the union, kinds as of B, and "possible only" where the change rests on a possibility.
 * Checked on random data against a plain reading of the two slices, and on a hand-made case.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareSlices } from "../../src/model/compare";
import { unionSlice } from "../../src/model/compare-union";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters, type Filter } from "../../src/model/filters";
import { RelationIndex } from "../../src/model/relation-index";
import type { Relation } from "../../src/model/types";
import { arbRelations, boundaryDays, dataSetOf, TYPES } from "../support/random-data";

const at = (day: number): Filter => ({ type: "asOf", day });

describe("unionSlice", () => {
  test("holds every relation and actor shown at A or B, degrees over both, possibilities marked", () => {
    fc.assert(
      fc.property(arbRelations(30), fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (relations, i, j, window, hideIsolated) => {
        const days = boundaryDays(relations);
        if (!days.length) return;
        const index = new RelationIndex(dataSetOf(relations));
        const [dayA, dayB] = [days[i % days.length], days[j % days.length]];
        const filterA: Filter = window ? { type: "window", from: Math.min(dayA, dayB), to: Math.max(dayA, dayB) } : at(dayA);
        const more: Filter[] = hideIsolated ? [{ type: "hideIsolated", keep: [] }] : [];
        const [a, b] = [applyFilters(index, [filterA, ...more]), applyFilters(index, [at(dayB), ...more])];
        const union = unionSlice(a, b, compareSlices(a, b));
        const shown = new Set([...a.relationIds, ...b.relationIds]);
        expect(new Set(union.relationIds)).toEqual(shown);
        expect(union.relationCount).toBe(shown.size);
        // Data order, as every slice keeps it.
        expect([...union.ordinals.relations]).toEqual([...union.ordinals.relations].sort((x, y) => x - y));
        for (const id of index.relationIds) {
          expect(union.hasRelation(id)).toBe(shown.has(id));
          expect(union.isPossibleOnly(id), id).toBe(a.isPossibleOnly(id) || b.isPossibleOnly(id));
        }
        const actors = new Set([...a.visibleActors, ...b.visibleActors]);
        expect(union.visibleActors).toEqual(actors);
        expect(union.actorCount).toBe(actors.size);
        for (const actor of index.actorIds) {
          const degree = union.relations.filter((r) => r.source === actor).length + union.relations.filter((r) => r.target === actor).length;
          expect(union.degreeOf(actor)).toBe(degree);
          expect(union.kindOf(actor)).toBe(b.kindOf(actor));
        }
        expect(union.possibleOnlyCount).toBe(union.relationIds.filter((id) => union.isPossibleOnly(id)).length);
        const families: Record<string, number> = {};
        for (const r of union.relations) {
          const family = TYPES.find((t) => t.id === r.type)!.family;
          families[family] = (families[family] ?? 0) + 1;
        }
        expect({ ...union.familyCounts }).toEqual(families);
      }),
      { numRuns: 150 },
    );
  });

  test("an ended relation stays drawn, its actors with it; one resting on a possibility is marked", () => {
    const rel = (id: string, source: string, target: string, period: string): Relation => ({
      id, source, target, type: TYPES[0].id, directed: true, periods: [parsePeriod(period)], confidence: "high", evidence: [],
    });
    const index = new RelationIndex(dataSetOf([rel("old", "a", "b", "2019-01-01/2019-12-31"), rel("new", "b", "c", "2021-01-01/2021-12-31"), rel("maybe", "c", "d", "2021")]));
    const isolated: Filter = { type: "hideIsolated", keep: [] };
    const [a, b] = [applyFilters(index, [at(parseDay("2019-06-01")), isolated]), applyFilters(index, [at(parseDay("2021-06-01")), isolated])];
    const union = unionSlice(a, b, compareSlices(a, b));
    expect(a.hasActor("a") && !b.hasActor("a")).toBe(true);
    expect(union.relationIds).toEqual(["old", "new", "maybe"]);
    expect([...union.visibleActors].sort()).toEqual(["a", "b", "c", "d"]);
    expect(union.degreeOf("b")).toBe(2);
    expect(union.isPossibleOnly("maybe")).toBe(true);
    expect(union.isPossibleOnly("old")).toBe(false);
    expect(union.possibleOnlyCount).toBe(1);
  });

  test("slices of two indexes are refused with a message saying so", () => {
    const [one, two] = [new RelationIndex(dataSetOf([])), new RelationIndex(dataSetOf([]))];
    const [a, b] = [applyFilters(one, [at(0)]), applyFilters(two, [at(0)])];
    expect(() => unionSlice(a, b, compareSlices(a, a))).toThrow(/different relation indexes/);
  });
});
