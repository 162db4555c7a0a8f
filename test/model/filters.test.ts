/**
 * Slicing by time, type, family, actor kind and confidence (the filter engine over the relation
 * index): it agrees with a plain scan,
 * and month and year precision cover their whole span. activeOn and activeIn answer from the
 * activity masks, so they are checked here at every period boundary and beside it, in windows
 * of one day and windows covering everything, and on empty and one-relation data sets.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters, type Filter } from "../../src/model/filters";
import { RelationIndex, scanActive } from "../../src/model/relation-index";
import { confidenceRank, type Relation } from "../../src/model/types";
import { ACTORS, arbRelations, boundaryDays, dataSetOf, TYPES } from "../support/random-data";
import { loadFixture } from "../support/fixtures";

const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
/** The relations a list of filters selects, in data order. */
const select = (index: RelationIndex, filters: Filter[]) => applyFilters(index, filters).relations;

describe("on the fixture data set", () => {
  const result = loadFixture("valid");
  if (!result.ok) throw new Error("fixture does not load");
  const index = new RelationIndex(result.dataSet);
  const at = (day: string) => ids(select(index, [{ type: "asOf", day: parseDay(day) }]));

  test("a month-precision period covers every day of its month, and no other", () => {
    expect(at("2025-09-30")).toEqual(["refuge"]);
    expect(at("2025-10-01")).toEqual(["strikes", "refuge"]);
    expect(at("2025-10-31")).toEqual(["strikes", "refuge"]);
    expect(at("2025-11-01")).toEqual(["refuge"]);
  });

  test("a relation that lapses and resumes is active in each period, and not in the gap", () => {
    expect(at("2026-01-15")).toEqual(["refuge"]);
    expect(at("2026-02-01")).toEqual(["strikes", "refuge"]);
    expect(at("2026-03-31")).toEqual(["strikes", "truce", "refuge"]);
  });

  test("an open end is active long after; nothing before the first start", () => {
    expect(at("2040-01-01")).toEqual(["refuge"]);
    expect(at("2014-12-31")).toEqual([]);
    expect(at("2015-01-01")).toEqual(["refuge"]);
  });

  test("a window selects relations active on any of its days, each once", () => {
    expect(ids(select(index, [{ type: "window", from: parseDay("2025-10-15"), to: parseDay("2026-02-01") }]))).toEqual(["strikes", "refuge"]);
  });

  test("types, families, kinds and confidence filter, alone and together", () => {
    expect(ids(select(index, [{ type: "relationTypes", shown: "only", names: ["truce"] }]))).toEqual(["truce"]);
    expect(ids(select(index, [{ type: "families", shown: "only", names: ["hostile", "cooperative"] }]))).toEqual(["strikes", "refuge"]);
    expect(ids(select(index, [{ type: "actorKinds", shown: "only", names: ["armed-group"] }]))).toEqual(["refuge"]);
    expect(ids(select(index, [{ type: "minConfidence", level: "high" }]))).toEqual(["strikes", "refuge"]);
    expect(ids(select(index, [{ type: "asOf", day: parseDay("2026-03-10") }, { type: "families", shown: "only", names: ["mediating"] }, { type: "minConfidence", level: "medium" }]))).toEqual(["truce"]);
    expect(ids(select(index, [{ type: "relationTypes", shown: "only", names: [] }]))).toEqual([]);
  });
});

describe("filters stack, each narrowing what the others leave", () => {
  const result = loadFixture("valid");
  if (!result.ok) throw new Error("fixture does not load");
  const index = new RelationIndex(result.dataSet);
  const day = (text: string): Filter => ({ type: "asOf", day: parseDay(text) });
  const actors = (filters: Filter[]) => [...applyFilters(index, filters).visibleActors];

  test("hiding some types is showing only the others", () => {
    expect(ids(select(index, [{ type: "relationTypes", shown: "hidden", names: ["truce"] }]))).toEqual(["strikes", "refuge"]);
    expect(ids(select(index, [{ type: "relationTypes", shown: "only", names: ["airstrike", "sanctuary"] }]))).toEqual(["strikes", "refuge"]);
    expect(ids(select(index, [{ type: "actorKinds", shown: "hidden", names: ["state"] }]))).toEqual(["refuge"]);
  });

  test("no time filter keeps every day; two keep the days both keep", () => {
    const all = applyFilters(index, []);
    expect([ids(all.relations), all.activeInTime]).toEqual([["strikes", "truce", "refuge"], 3]);
    expect(ids(select(index, [{ type: "window", from: parseDay("2025-10-15"), to: parseDay("2026-02-01") }, day("2026-01-15")]))).toEqual(["refuge"]);
  });

  test("hiding isolated actors keeps those every such filter names", () => {
    expect(actors([day("2015-06-01")])).toEqual(["pakistan", "taliban", "ttp"]);
    expect(actors([day("2015-06-01"), { type: "hideIsolated", keep: [] }])).toEqual(["taliban", "ttp"]);
    expect(actors([day("2015-06-01"), { type: "hideIsolated", keep: ["pakistan", "nobody"] }])).toEqual(["pakistan", "taliban", "ttp"]);
    expect(actors([day("2015-06-01"), { type: "hideIsolated", keep: ["pakistan"] }, { type: "hideIsolated", keep: [] }])).toEqual(["taliban", "ttp"]);
  });

  test("an ego keeps the relations among its neighbourhood, and only its actors", () => {
    const ego: Filter = { type: "ego", actor: "ttp", depth: 1 };
    expect(ids(select(index, [day("2026-03-10"), ego]))).toEqual(["refuge"]);
    expect(actors([day("2026-03-10"), ego])).toEqual(["taliban", "ttp"]);
    const narrower: Filter[] = [day("2026-03-10"), ego, { type: "ego", actor: "ttp", depth: 0 }];
    expect([ids(select(index, narrower)), actors(narrower)]).toEqual([[], ["ttp"]]);
  });

  test("a filter of no known type is refused by name", () => {
    expect(() => applyFilters(index, [{ type: "colour", names: ["red"] } as unknown as Filter])).toThrow(/no rule for the filter \{"type":"colour"/);
  });
});

describe("the index agrees with a plain scan (property)", () => {
  test("on a day, at every period boundary and beside it", () => {
    fc.assert(
      fc.property(arbRelations(), (relations) => {
        const index = new RelationIndex(dataSetOf(relations));
        for (const day of boundaryDays(relations)) expect(ids(select(index, [{ type: "asOf", day }]))).toEqual(ids(scanActive(relations, day, day)));
      }),
      { numRuns: 100, seed: 42 },
    );
  });

  test("in a window, with random filters", () => {
    const arbQuery = fc.record({
      types: fc.option(fc.subarray(TYPES.map((t) => t.id)), { nil: undefined }),
      families: fc.option(fc.subarray(["hostile", "cooperative", "mediating", "structural"]), { nil: undefined }),
      kinds: fc.option(fc.subarray(["state", "armed-group", "person"]), { nil: undefined }),
      minConfidence: fc.option(fc.constantFrom("low" as const, "medium" as const, "high" as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbRelations(), fc.integer({ min: 17500, max: 19800 }), fc.integer({ min: 0, max: 800 }), arbQuery, (relations, from, width, filters) => {
        const index = new RelationIndex(dataSetOf(relations));
        const kindOf = new Map(ACTORS.map((a) => [a.id, a.kind]));
        const familyOf = new Map(TYPES.map((t) => [t.id, t.family]));
        const expected = scanActive(relations, from, from + width).filter(
          (r) =>
            (!filters.types || filters.types.includes(r.type)) &&
            (!filters.families || filters.families.includes(familyOf.get(r.type)!)) &&
            (!filters.kinds || (filters.kinds.includes(kindOf.get(r.source)!) && filters.kinds.includes(kindOf.get(r.target)!))) &&
            (!filters.minConfidence || confidenceRank(r.confidence) >= confidenceRank(filters.minConfidence)),
        );
        const list: Filter[] = [{ type: "window", from, to: from + width }];
        if (filters.types) list.push({ type: "relationTypes", shown: "only", names: filters.types });
        if (filters.families) list.push({ type: "families", shown: "only", names: filters.families });
        if (filters.kinds) list.push({ type: "actorKinds", shown: "only", names: filters.kinds });
        if (filters.minConfidence) list.push({ type: "minConfidence", level: filters.minConfidence });
        expect(ids(select(index, list))).toEqual(ids(expected));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe("activeOn and activeIn list the plain scan's relations, ascending (property)", () => {
  const ordinalsOf = (relations: Relation[], found: Relation[]) => found.map((r) => relations.indexOf(r));
  const list = (ordinals: Uint32Array) => Array.from(ordinals);
  const check = (relations: Relation[], width: number) => {
    const index = new RelationIndex(dataSetOf(relations));
    const days = [-1e6, 1e6, ...boundaryDays(relations)];
    for (const day of days) {
      expect(list(index.activeOn(day))).toEqual(ordinalsOf(relations, scanActive(relations, day, day)));
      expect(list(index.activeIn(day, day))).toEqual(ordinalsOf(relations, scanActive(relations, day, day)));
      expect(list(index.activeIn(day, day + width))).toEqual(ordinalsOf(relations, scanActive(relations, day, day + width)));
      expect(list(index.activeIn(day - width, day))).toEqual(ordinalsOf(relations, scanActive(relations, day - width, day)));
    }
    expect(list(index.activeIn(-Infinity, Infinity))).toEqual(relations.map((_, i) => i));
    expect(list(index.activeIn(-1e6, 1e6))).toEqual(ordinalsOf(relations, scanActive(relations, -1e6, 1e6)));
  };

  test("day, month and year precision, open starts and ends, lapsing relations, any window width", () => {
    fc.assert(fc.property(arbRelations(150), fc.integer({ min: 0, max: 800 }), check), { numRuns: 150, seed: 3 });
  });

  test("data sets of none or one relation", () => {
    fc.assert(fc.property(arbRelations(1), fc.integer({ min: 0, max: 400 }), check), { numRuns: 100, seed: 9 });
    check([], 0);
  });

  test("by hand: open start, open end, a lapse, and a window that ends before it starts", () => {
    const relation = (id: string, ...periods: string[]): Relation => ({
      id, source: "a", target: "b", type: "trade", directed: true, periods: periods.map(parsePeriod), confidence: "low", evidence: [{ source: "doc", quote: "q" }],
    });
    const relations = [relation("held", "../2019-04"), relation("ongoing", "2019-05/.."), relation("lapsing", "2019", "2021-03/2021-06")];
    const index = new RelationIndex(dataSetOf(relations));
    expect(list(index.activeOn(parseDay("2019-04-30")))).toEqual([0, 2]);
    expect(list(index.activeOn(parseDay("2019-05-01")))).toEqual([1, 2]);
    expect(list(index.activeOn(parseDay("2020-06-01")))).toEqual([1]);
    expect(list(index.activeOn(parseDay("2021-06-30")))).toEqual([1, 2]);
    expect(list(index.activeIn(parseDay("2020-01-01"), parseDay("2021-02-28")))).toEqual([1]);
    expect(list(index.activeIn(parseDay("2020-01-01"), parseDay("2021-03-01")))).toEqual([1, 2]);
    expect(list(index.activeIn(parseDay("2019-04-30"), parseDay("2019-05-01")))).toEqual([0, 1, 2]);
    expect(list(index.activeIn(parseDay("2019-05-01"), parseDay("2019-04-30")))).toEqual([]);
  });
});
