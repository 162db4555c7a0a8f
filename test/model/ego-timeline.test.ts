/**
 * Ego networks follow only the relations given (the current slice); the time extent and the
 * start/end histogram keep each date's precision apart, and the histogram's activity counts
 * each relation once a month, certainly or only possibly active, as a plain scan of the bounds
 * finds it.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TimeBounds } from "../../src/model/certainty";
import { dayToIso, parseDay } from "../../src/model/dates";
import { egoRelations, neighbourhood } from "../../src/model/ego";
import { findActor, searchKey } from "../../src/model/find-actor";
import { buildGraph } from "../../src/model/graph";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset } from "../../src/model/subset";
import { histogram, timeExtent } from "../../src/model/timeline";
import { loadFixture, loadInline } from "../support/fixtures";
import { arbExportDataSet } from "../support/random-data";

const chain = [
  { source: "a", target: "b" },
  { source: "c", target: "b" },
  { source: "c", target: "d" },
  { source: "x", target: "y" },
];

describe("ego networks", () => {
  test("k hops, ignoring direction", () => {
    expect(Object.fromEntries(neighbourhood(chain, "a", 0))).toEqual({ a: 0 });
    expect(Object.fromEntries(neighbourhood(chain, "a", 2))).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(neighbourhood(chain, "b", 5))).toEqual({ b: 0, a: 1, c: 1, d: 2 });
  });

  test("relations among the ego's actors, ties between alters included", () => {
    const triangle = [...chain, { source: "a", target: "c" }];
    expect(egoRelations(triangle, "b", 1).relations).toEqual([chain[0], chain[1], { source: "a", target: "c" }]);
  });

  test("a bad depth fails loudly", () => {
    expect(() => neighbourhood(chain, "a", -1)).toThrow(/depth must be a whole number/);
  });

  test("on a date, the ego network follows only the relations active then", () => {
    const result = loadFixture("valid");
    if (!result.ok) throw new Error("fixture");
    const index = new RelationIndex(result.dataSet);
    const subset = (day: string) => selectSubset(index, [{ type: "asOf", day: parseDay(day) }, { type: "ego", actor: "ttp", depth: 2 }]);
    expect(subset("2025-10-10").actors.map((a) => a.id)).toEqual(["pakistan", "taliban", "ttp"]);
    expect(subset("2025-12-10").actors.map((a) => a.id)).toEqual(["taliban", "ttp"]);
    const day = parseDay("2010-01-01");
    expect(subset("2010-01-01")).toEqual({ actors: [expect.objectContaining({ id: "ttp" })], relations: [], sources: [], time: { from: day, to: day, possibleOnly: new Set() } });
  });
});

describe("time extent and histogram", () => {
  const result = loadInline({
    relations: `relations:
  - { id: r1, source: pakistan, target: taliban, type: airstrike, periods: ["2025-10-09", "2026"], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: r2, source: taliban, target: ttp, type: sanctuary, periods: ["2025-11/.."], confidence: high, evidence: [{ source: doc, quote: q }] }
`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const { relations } = result.dataSet;

  test("the extent runs from the earliest to the latest finite date, keeping the dates that set it", () => {
    const extent = timeExtent(relations)!;
    expect([dayToIso(extent.first), dayToIso(extent.last)]).toEqual(["2025-10-09", "2026-12-31"]);
    expect([extent.earliest.edtf, extent.latest.edtf]).toEqual(["2025-10-09", "2026"]);
  });

  test("month bins count precise starts and ends, and keep year-precision dates apart", () => {
    const bins = histogram(relations, "month");
    expect(bins.map((b) => b.label)).toEqual(["2025-10", "2025-11", "2025-12", ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)]);
    const byLabel = Object.fromEntries(bins.map((b) => [b.label, [b.starts, b.ends, b.coarseStarts, b.coarseEnds]]));
    expect(byLabel["2025-10"]).toEqual([1, 1, 0, 0]);
    expect(byLabel["2025-11"]).toEqual([1, 0, 0, 0]);
    expect(byLabel["2026-01"]).toEqual([0, 0, 1, 1]);
    expect(bins.reduce((n, b) => n + b.starts + b.coarseStarts, 0)).toBe(3);
  });

  test("a narrower range counts only the dates inside it", () => {
    const first = parseDay("2026-01-01");
    const bins = histogram(relations, "month", { first, last: parseDay("2026-12-31") });
    expect(bins).toHaveLength(12);
    expect(bins.reduce((n, b) => n + b.starts + b.coarseStarts, 0)).toBe(1);
  });

  test("year bins", () => {
    expect(histogram(relations, "year").map((b) => [b.label, b.starts, b.ends])).toEqual([
      ["2025", 2, 1],
      ["2026", 1, 1],
    ]);
  });
});

describe("the histogram's activity: certainly and only possibly active per month", () => {
  const result = loadInline({
    relations: `relations:
  - { id: month, source: pakistan, target: taliban, type: airstrike, periods: ["2026-02"], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: ongoing, source: taliban, target: pakistan, type: sanctuary, periods: ["2025-11/.."], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: lapsed, source: pakistan, target: taliban, type: truce, periods: ["2025-12-01/2025-12-05", "2025-12-20/2025-12-24"], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: unknown-start, source: ttp, target: pakistan, type: airstrike, periods: ["../2026-03"], confidence: high, evidence: [{ source: doc, quote: q }] }
`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const { dataSet } = result;
  const range = { first: parseDay("2006-01-01"), last: parseDay("2026-04-30") };
  const bins = histogram(dataSet.relations, "month", range, new TimeBounds(dataSet.actors));
  const at = (label: string) => {
    const b = bins.find((x) => x.label === label)!;
    return [b.certain, b.possibleOnly];
  };

  test("a month-dated event is certain in its month, on no day of it; an ongoing state certain from its start month's last day", () => {
    // Nov 2025: "ongoing" is certain from 30 Nov; "unknown-start" only possible.
    expect(at("2025-11")).toEqual([1, 1]);
    // Feb 2026: "month" certain (it happened some day of February, though no day of it is certain), "ongoing" certain, "unknown-start" possible.
    expect(at("2026-02")).toEqual([2, 1]);
    // Mar 2026: "unknown-start" ends within it, so it was active some day of March, though no day of it is certain.
    expect(at("2026-03")).toEqual([2, 0]);
    expect(at("2026-04")).toEqual([1, 0]);
  });

  test("a relation that lapsed and resumed within one month counts once", () => {
    expect(at("2025-12")).toEqual([2, 1]);
  });

  test("an open start is possible back to the lifetimes, not before", () => {
    // The TTP's lifetime starts in 2007: the unknown start cannot reach 2006.
    expect(at("2006-12")).toEqual([0, 0]);
    expect(at("2007-01")).toEqual([0, 1]);
    // Without lifetimes it reaches the first bin.
    const uncut = histogram(dataSet.relations, "month", range);
    expect([uncut[0].certain, uncut[0].possibleOnly]).toEqual([0, 1]);
  });

  test("a range that ends earlier counts nothing that starts after it", () => {
    const early = histogram(dataSet.relations, "month", { first: range.first, last: parseDay("2025-10-31") }, new TimeBounds(dataSet.actors));
    expect(early.at(-1)!.label).toBe("2025-10");
    expect([early.at(-1)!.certain, early.at(-1)!.possibleOnly]).toEqual([0, 1]);
  });

  test("on any data, each bin's counts are those a plain scan of the bounds finds", () => {
    const first = parseDay("2015-01-01");
    const last = parseDay("2026-12-31");
    fc.assert(
      fc.property(arbExportDataSet(25), (data) => {
        const bounds = new TimeBounds(data.actors);
        for (const b of histogram(data.relations, "month", { first, last }, bounds)) {
          const possible = data.relations.filter((r) => bounds.activeIn(r, b.first, b.last)).length;
          const certain = data.relations.filter((r) => bounds.activeIn(r, b.first, b.last, true)).length;
          expect([b.label, b.certain, b.possibleOnly]).toEqual([b.label, certain, possible - certain]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("graph and search", () => {
  test("a mixed multigraph: directed and undirected relations, several per pair", () => {
    const result = loadFixture("valid");
    if (!result.ok) throw new Error("fixture");
    const graph = buildGraph(result.dataSet);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.edges("pakistan", "taliban").sort()).toEqual(["strikes", "truce"]);
    expect(graph.isDirected("strikes")).toBe(true);
    expect(graph.isUndirected("truce")).toBe(true);
    expect(graph.getEdgeAttribute("truce", "family")).toBe("mediating");
  });

  test("actors are found by id, name or alias, in any case, with or without diacritics", () => {
    const actors = [{ id: "turkey", label: "Türkiye", kind: "state", aliases: ["Turkey", "Ankara"] }];
    expect(searchKey("  TÜRKİYE ")).toBe("turkiye");
    expect(findActor(actors, "turkiye")?.id).toBe("turkey");
    expect(findActor(actors, "ANKARA")?.id).toBe("turkey");
    expect(findActor(actors, "turkey")?.id).toBe("turkey");
    expect(findActor(actors, "Istanbul")).toBeUndefined();
  });
});
