/**
 * Comparing two moments: every relation shown at A or B falls in exactly one class, and the
 * classes are the set differences of the two slices; turns on hand-made pairs and on the bundled
 * data (Pakistan and the Afghan Taliban, from alignment in 2021 to war in 2026).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareSlices } from "../../src/model/compare";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters, type Filter } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import type { DataSet, Relation } from "../../src/model/types";
import { readBundledData } from "../support/data";
import { arbRelations, boundaryDays, dataSetOf, TYPES } from "../support/random-data";

/** The random data's types, with signs: hostile -1, cooperative +1, the rest 0. */
function signed(dataSet: DataSet): DataSet {
  const sign = (family: string) => (family === "hostile" ? -1 : family === "cooperative" ? 1 : 0);
  return { ...dataSet, taxonomy: { ...dataSet.taxonomy, types: dataSet.taxonomy.types.map((t) => ({ ...t, sign: sign(t.family) })) } };
}

const at = (day: number): Filter => ({ type: "asOf", day });

describe("compareSlices", () => {
  test("added, ended and continuing (turned split from the first two) are the set differences and intersection of the two slices", () => {
    fc.assert(
      fc.property(arbRelations(30), fc.nat(), fc.nat(), fc.boolean(), (relations, i, j, window) => {
        const days = boundaryDays(relations);
        if (!days.length) return;
        const index = new RelationIndex(signed(dataSetOf(relations)));
        const [dayA, dayB] = [days[i % days.length], days[j % days.length]];
        const filterA: Filter = window ? { type: "window", from: Math.min(dayA, dayB), to: Math.max(dayA, dayB) } : at(dayA);
        const a = applyFilters(index, [filterA]);
        const b = applyFilters(index, [at(dayB)]);
        const diff = compareSlices(a, b);
        const ids = (list: readonly { relation: Relation }[]) => new Set(list.map((c) => c.relation.id));
        const [inA, inB] = [a.visibleRelations, b.visibleRelations];
        const wasEnded = (c: { atB: string }) => c.atB === "absent";
        expect(new Set([...ids(diff.added), ...ids(diff.turned.filter((c) => !wasEnded(c)))])).toEqual(new Set([...inB].filter((id) => !inA.has(id))));
        expect(new Set([...ids(diff.ended), ...ids(diff.turned.filter(wasEnded))])).toEqual(new Set([...inA].filter((id) => !inB.has(id))));
        expect(ids(diff.continuing)).toEqual(new Set([...inA].filter((id) => inB.has(id))));
        expect(diff.changes.length).toBe(new Set([...inA, ...inB]).size);
        for (const c of diff.changes) {
          expect(diff.changeOf(c.relation.id)).toBe(c);
          expect(c.atA === "possible" || c.atB === "possible").toBe(c.possible);
          expect(c.atA === "absent").toBe(!inA.has(c.relation.id));
          expect(c.atA === "possible").toBe(a.isPossibleOnly(c.relation.id));
        }
      }),
      { numRuns: 150 },
    );
  });

  const rel = (id: string, source: string, target: string, type: string, period: string): Relation => ({
    id, source, target, type, directed: true, periods: [parsePeriod(period)], confidence: "high", evidence: [],
  });
  const hostile = TYPES.find((t) => t.family === "hostile")!.id;
  const friendly = TYPES.find((t) => t.family === "cooperative")!.id;
  const neutral = TYPES.find((t) => t.family === "mediating")!.id;
  const compare = (relations: Relation[], dayA: string, dayB: string) => {
    const index = new RelationIndex(signed(dataSetOf(relations)));
    return compareSlices(applyFilters(index, [at(parseDay(dayA))]), applyFilters(index, [at(parseDay(dayB))]));
  };

  test("a pair whose signed relations go from all friendly to all hostile turned; its neutral ones do not", () => {
    const diff = compare(
      [rel("ties", "a", "b", friendly, "2019-01-01/2020-12-31"), rel("talks", "a", "b", neutral, "2019-01-01/2022-12-31"), rel("war", "b", "a", hostile, "2021-01-01/2022-12-31"), rel("other", "c", "d", hostile, "2021")],
      "2019-06-01",
      "2021-06-01",
    );
    expect(diff.turned.map((c) => c.relation.id)).toEqual(["ties", "war"]);
    expect(diff.continuing.map((c) => c.relation.id)).toEqual(["talks"]);
    expect(diff.added.map((c) => c.relation.id)).toEqual(["other"]);
    expect(diff.turns).toHaveLength(1);
    expect(diff.turns[0]).toMatchObject({ actors: ["a", "b"], before: 1, after: -1, possible: false });
    expect(diff.turns[0].relations.map((c) => c.relation.id)).toEqual(["ties", "war"]);
  });

  test("a pair that was mixed at A turned when its friendly relations ended and hostile ones began; the hostile one that continues stays continuing", () => {
    const diff = compare(
      [rel("ties", "a", "b", friendly, "2019-01-01/2020-12-31"), rel("dispute", "a", "b", hostile, "2019-01-01/2022-12-31"), rel("war", "a", "b", hostile, "2021-01-01/2022-12-31")],
      "2019-06-01",
      "2021-06-01",
    );
    expect(diff.turns.map((t) => [t.before, t.after])).toEqual([[1, -1]]);
    expect(diff.turned.map((c) => c.relation.id)).toEqual(["ties", "war"]);
    expect(diff.continuing.map((c) => c.relation.id)).toEqual(["dispute"]);
  });

  test("a pair that keeps both signs at B has not turned: its relation soured", () => {
    const diff = compare(
      [rel("ties", "a", "b", friendly, "2019-01-01/2022-12-31"), rel("aid", "a", "b", friendly, "2019-01-01/2019-12-31"), rel("war", "a", "b", hostile, "2021-01-01/2022-12-31")],
      "2019-06-01",
      "2021-06-01",
    );
    expect(diff.turns).toEqual([]);
    expect(diff.added.map((c) => c.relation.id)).toEqual(["war"]);
    expect(diff.ended.map((c) => c.relation.id)).toEqual(["aid"]);
  });

  test("a turn resting on relations only possibly active is marked possible", () => {
    // "2021" is a year: on 1 Jun 2021 the strike only possibly happened.
    const diff = compare([rel("ties", "a", "b", friendly, "2019-01-01/2020-12-31"), rel("strike", "a", "b", hostile, "2021")], "2019-06-01", "2021-06-01");
    expect(diff.turns[0]).toMatchObject({ before: 1, after: -1, possible: true });
    expect(diff.turned.find((c) => c.relation.id === "strike")).toMatchObject({ atB: "possible", possible: true });
  });

  test("slices of two indexes are refused with a message saying so", () => {
    const one = new RelationIndex(dataSetOf([]));
    const two = new RelationIndex(dataSetOf([]));
    expect(() => compareSlices(applyFilters(one, [at(0)]), applyFilters(two, [at(0)]))).toThrow(/different relation indexes/);
  });

  test("on the bundled data, Pakistan and the Afghan Taliban turned between September 2021 and March 2026, possibly", () => {
    const loaded = loadDataSet(readBundledData());
    if (!loaded.ok) throw new Error("the bundled data set does not load");
    const index = new RelationIndex(loaded.dataSet);
    const diff = compareSlices(applyFilters(index, [at(parseDay("2021-09-01"))]), applyFilters(index, [at(parseDay("2026-03-01"))]));
    const turn = diff.turns.find((t) => new Set(t.actors).has("pakistan") && new Set(t.actors).has("afghan-taliban"));
    // Their ties "until 2022", start unknown, were only possibly active on 1 Sep 2021: the turn is marked so.
    expect(turn).toMatchObject({ before: 1, after: -1, possible: true });
    const ids = turn!.relations.map((c) => c.relation.id);
    expect(ids).toContain("pakistan-afghan-taliban-historical-ties");
    expect(ids).toContain("pakistan-airstrikes-afghan-taliban-2026-02");
    // The truce of March 2026 has no sign: it is added, not part of the turn.
    expect(diff.changeOf("pakistan-afghan-taliban-ramadan-truce-2026")?.change).toBe("added");
  });
});
