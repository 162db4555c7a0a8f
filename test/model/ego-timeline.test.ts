/**
 * Ego networks follow only the relations given (the current slice); the time extent and the
 * start/end histogram keep each date's precision apart.
 */
import { describe, expect, test } from "vitest";
import { dayToIso, parseDay } from "../../src/model/dates";
import { egoRelations, neighbourhood } from "../../src/model/ego";
import { findActor, searchKey } from "../../src/model/find-actor";
import { buildGraph } from "../../src/model/graph";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset } from "../../src/model/subset";
import { histogram, timeExtent } from "../../src/model/timeline";
import { loadFixture, loadInline } from "../support/fixtures";

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
