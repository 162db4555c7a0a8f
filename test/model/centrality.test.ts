/**
 * Who matters on a date: degree, betweenness and eigenvector centrality against values worked
 * out by hand on small graphs (a star, a path, two triangles joined by a bridge), ranks with
 * ties, relations only possibly active left out and counted, one edge per pair, a graph in two
 * parts; on the bundled data, betweenness against a brute-force count of shortest paths and
 * eigenvector centrality against its defining equation; and an actor's rank over time against
 * each date computed on its own.
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { applyFilters, type Filter } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { ranked, rankSeries, sliceCentrality, type CentralityMeasure, type SliceCentrality } from "../../src/model/centrality";
import { RelationIndex } from "../../src/model/relation-index";
import type { Relation } from "../../src/model/types";
import { readBundledData } from "../support/data";
import { dataSetOf } from "../support/random-data";
import { rel } from "../support/relation";

const DAY = parseDay("2026-03-01");

/** A data set of the relations, every actor they name listed. */
function indexOf(relations: Relation[]): RelationIndex {
  const base = dataSetOf(relations);
  const ids = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  return new RelationIndex({ ...base, actors: ids.map((id) => ({ id, label: id, kind: "state", aliases: [] })) });
}

/** Undirected pairs, each a relation certainly active on DAY. */
function centralityOf(pairs: string[], options = {}): SliceCentrality {
  const relations = pairs.map((p, i) => rel(`r${i}`, p[0], p[1], "strike", ["2020/2030"]));
  const index = indexOf(relations);
  return sliceCentrality(index, applyFilters(index, [{ type: "asOf", day: DAY }]), options);
}

const scores = (c: SliceCentrality, m: CentralityMeasure) => Object.fromEntries(c.measures[m]!.ranking.map((r) => [r.actor, r.score]));
const ranks = (c: SliceCentrality, m: CentralityMeasure) => Object.fromEntries(c.measures[m]!.ranking.map((r) => [r.actor, r.rank]));
const close = (actual: Record<string, number>, expected: Record<string, number>) => {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [actor, value] of Object.entries(expected)) expect(actual[actor], actor).toBeCloseTo(value, 5);
};

describe("centrality on small graphs, worked by hand", () => {
  test("a star: the centre is tied to all, on every path between leaves, and twice as influential as a leaf", () => {
    const c = centralityOf(["cw", "cx", "cy", "cz"]);
    // Degree over the n - 1 = 4 others; betweenness over the (n-1)(n-2)/2 = 6 pairs of others, all through c.
    close(scores(c, "degree"), { c: 1, w: 0.25, x: 0.25, y: 0.25, z: 0.25 });
    close(scores(c, "betweenness"), { c: 1, w: 0, x: 0, y: 0, z: 0 });
    // λ = √4 = 2, so x_c = 2 x_leaf and x_c² + 4 x_leaf² = 1.
    close(scores(c, "eigenvector"), { c: Math.SQRT1_2, w: 1 / Math.sqrt(8), x: 1 / Math.sqrt(8), y: 1 / Math.sqrt(8), z: 1 / Math.sqrt(8) });
    for (const m of ["degree", "betweenness", "eigenvector"] as const) expect(ranks(c, m)).toEqual({ c: 1, w: 2, x: 2, y: 2, z: 2 });
    expect(c.ties.get("c")).toBe(4);
    expect(c.measures.eigenvector!.scope).toEqual({ kind: "all" });
  });

  test("a path a-b-c-d: the middle two share the first rank and the ends the third", () => {
    const c = centralityOf(["ab", "bc", "cd"]);
    close(scores(c, "degree"), { a: 1 / 3, b: 2 / 3, c: 2 / 3, d: 1 / 3 });
    // b is between a and c, a and d: 2 of the 3 pairs of others.
    close(scores(c, "betweenness"), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    // The path's leading eigenvector is sin(kπ/5), k = 1..4, of norm √(5/2).
    const s = (k: number) => Math.sin((k * Math.PI) / 5) / Math.sqrt(2.5);
    close(scores(c, "eigenvector"), { a: s(1), b: s(2), c: s(3), d: s(4) });
    for (const m of ["degree", "betweenness", "eigenvector"] as const) expect(ranks(c, m)).toEqual({ a: 3, b: 1, c: 1, d: 3 });
  });

  test("two triangles joined by a bridge c-d: the bridge's ends carry every path between the triangles", () => {
    const c = centralityOf(["ab", "bc", "ca", "cd", "de", "ef", "fd"]);
    close(scores(c, "degree"), { a: 0.4, b: 0.4, c: 0.6, d: 0.6, e: 0.4, f: 0.4 });
    // c is on the 2 × 3 paths from {a, b} to {d, e, f}: 6 of the 10 pairs of others.
    close(scores(c, "betweenness"), { a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 });
    // With x_a = p and x_c = q: (λ - 1) p = q and (λ - 1) q = 2p, so q = √2 p and 8p² = 1.
    const p = 1 / Math.sqrt(8);
    close(scores(c, "eigenvector"), { a: p, b: p, c: Math.SQRT2 * p, d: Math.SQRT2 * p, e: p, f: p });
    expect(ranks(c, "betweenness")).toEqual({ a: 3, b: 3, c: 1, d: 1, e: 3, f: 3 });
  });

  test("a graph in two parts: influence is computed on the larger part, and the other's actors are not ranked by it", () => {
    const c = centralityOf(["ab", "bc", "ca", "xy"]);
    close(scores(c, "eigenvector"), { a: 1 / Math.sqrt(3), b: 1 / Math.sqrt(3), c: 1 / Math.sqrt(3) });
    expect(c.measures.eigenvector!.scope).toEqual({ kind: "main-group", scored: 3, leftOut: 2, groups: 1 });
    expect(c.rankOf("x", "eigenvector")).toBeUndefined();
    // Ties and bridges still rank everyone.
    expect(ranks(c, "degree")).toEqual({ a: 1, b: 1, c: 1, x: 4, y: 4 });
    expect(c.rankOf("x", "degree")).toMatchObject({ rank: 4, score: 0.25 });
  });

  test("betweenness is not computed beyond its actor limit, and says so", () => {
    const c = centralityOf(["ab", "bc", "cd"], { betweennessLimit: 3 });
    expect(c.measures.betweenness).toEqual({ measure: "betweenness", ranking: [], scope: { kind: "too-large", actors: 4, limit: 3 } });
    expect(c.measures.degree!.ranking).toHaveLength(4);
  });

  test("only the measures asked for are computed", () => {
    const c = centralityOf(["ab"], { measures: ["degree"] });
    expect(Object.keys(c.measures)).toEqual(["degree"]);
    expect(c.rankOf("a", "betweenness")).toBeUndefined();
  });
});

describe("the graph centrality is computed on", () => {
  test("one edge per related pair, whatever the number or direction of its relations; no self-ties", () => {
    const index = indexOf([
      rel("ab", "a", "b", "strike", ["2020/2030"]),
      rel("ba", "b", "a", "strike", ["2020/2030"]),
      rel("ab-again", "a", "b", "talks", ["2025/2027"]),
      rel("bc", "b", "c", "talks", ["2020/2030"]),
      rel("aa", "a", "a", "talks", ["2020/2030"]),
    ]);
    const c = sliceCentrality(index, applyFilters(index, [{ type: "asOf", day: DAY }]));
    expect([c.actorCount, c.pairCount, c.relationCount, c.possibleLeftOut]).toEqual([3, 2, 4, 0]);
    expect(Object.fromEntries(c.ties)).toEqual({ a: 1, b: 2, c: 1 });
  });

  test("actors a relation names but the data set does not list are tied by name like the others", () => {
    const relations = [rel("pq", "p", "q", "strike", ["2020/2030"]), rel("qp", "q", "p", "talks", ["2020/2030"]), rel("qr", "q", "r", "strike", ["2020/2030"])];
    const index = new RelationIndex({ ...dataSetOf(relations), actors: [{ id: "q", label: "q", kind: "state", aliases: [] }] });
    const c = sliceCentrality(index, applyFilters(index, [{ type: "asOf", day: DAY }]));
    expect([c.actorCount, c.pairCount, c.relationCount]).toEqual([3, 2, 3]);
    expect(ranks(c, "betweenness")).toEqual({ q: 1, p: 2, r: 2 });
  });

  test("relations only possibly active on the date are left out and counted", () => {
    const index = indexOf([
      rel("ab", "a", "b", "strike", ["2020/2030"]),
      rel("bc", "b", "c", "strike", ["2020/2030"]),
      // "In Mar 2026" allows 1 Mar 2026 and does not say it: possible only, as is an unknown start.
      rel("cd", "c", "d", "strike", ["2026-03"]),
      rel("ae", "a", "e", "talks", ["../2027"]),
      rel("bd", "b", "d", "talks", ["2026-03-01"]),
    ]);
    const slice = applyFilters(index, [{ type: "asOf", day: DAY }]);
    expect(slice.possibleOnlyCount).toBe(2);
    const c = sliceCentrality(index, slice);
    expect(c.possibleLeftOut).toBe(2);
    expect(c.actorCount).toBe(4);
    expect(c.rankOf("e", "degree")).toBeUndefined();
    // d is tied by the day-dated relation only; c by its certain tie to b only.
    expect(Object.fromEntries(c.ties)).toEqual({ a: 1, b: 3, c: 1, d: 1 });
  });
});

describe("ranks", () => {
  test("equal scores share a rank and the next rank skips past them", () => {
    expect(ranked({ d: 1, b: 2, a: 3, c: 2 })).toEqual([
      { actor: "a", score: 3, rank: 1 },
      { actor: "b", score: 2, rank: 2 },
      { actor: "c", score: 2, rank: 2 },
      { actor: "d", score: 1, rank: 4 },
    ]);
  });

  test("scores equal but for floating-point noise are equal; close but different ones are not", () => {
    expect(ranked({ x: 0.1 + 0.2, y: 0.3, z: 0.3001 }).map((r) => [r.actor, r.rank])).toEqual([
      ["z", 1],
      ["x", 2],
      ["y", 2],
    ]);
    expect(ranked({})).toEqual([]);
  });
});

describe("on the bundled data", () => {
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data does not load");
  const index = new RelationIndex(loaded.dataSet);
  const slice = applyFilters(index, [{ type: "asOf", day: DAY }]);
  const c = sliceCentrality(index, slice);
  // The graph read apart from the model: certain relations of the slice, as pairs of names.
  const neighbours = new Map<string, Set<string>>();
  for (const r of slice.relations) {
    if (slice.isPossibleOnly(r.id) || r.source === r.target) continue;
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  }
  const actors = [...neighbours.keys()];

  test("1 Mar 2026: every actor with a certain tie is ranked by its counterparts; the possible ones are left out", () => {
    expect(c.possibleLeftOut).toBe(slice.possibleOnlyCount);
    expect(c.possibleLeftOut).toBeGreaterThan(0);
    expect(c.actorCount).toBe(actors.length);
    for (const a of actors) expect(c.ties.get(a), a).toBe(neighbours.get(a)!.size);
    const top = c.measures.degree!.ranking[0];
    expect(top.rank).toBe(1);
    expect(neighbours.get(top.actor)!.size).toBe(Math.max(...actors.map((a) => neighbours.get(a)!.size)));
  });

  test("betweenness equals a brute-force count of shortest paths through each actor", () => {
    // From each actor, the distance to and number of shortest paths to every other.
    const bfs = (s: string) => {
      const dist = new Map([[s, 0]]);
      const paths = new Map([[s, 1]]);
      const queue = [s];
      for (let k = 0; k < queue.length; k++)
        for (const n of neighbours.get(queue[k])!) {
          if (!dist.has(n)) (dist.set(n, dist.get(queue[k])! + 1), queue.push(n));
          if (dist.get(n) === dist.get(queue[k])! + 1) paths.set(n, (paths.get(n) ?? 0) + paths.get(queue[k])!);
        }
      return { dist, paths };
    };
    const from = new Map(actors.map((a) => [a, bfs(a)]));
    const n = actors.length;
    const expected: Record<string, number> = {};
    for (const v of actors) {
      let through = 0;
      for (const [i, s] of actors.entries())
        for (const t of actors.slice(i + 1)) {
          if (s === v || t === v) continue;
          const { dist, paths } = from.get(s)!;
          const d = dist.get(t);
          const dv = dist.get(v);
          if (d === undefined || dv === undefined || from.get(v)!.dist.get(t) === undefined) continue;
          if (dv + from.get(v)!.dist.get(t)! === d) through += (paths.get(v)! * from.get(v)!.paths.get(t)!) / paths.get(t)!;
        }
      expected[v] = through / (((n - 1) * (n - 2)) / 2);
    }
    close(scores(c, "betweenness"), expected);
    expect(Math.max(...Object.values(expected))).toBeGreaterThan(0.1);
  });

  test("eigenvector centrality is the graph's leading eigenvector on the part it scores", () => {
    const x = scores(c, "eigenvector");
    const scored = Object.keys(x);
    const scope = c.measures.eigenvector!.scope;
    expect(scored.length).toBe(scope.kind === "main-group" ? scope.scored : actors.length);
    // A x = λ x, with λ the Rayleigh quotient, and every score positive (Perron–Frobenius).
    const ax = Object.fromEntries(scored.map((a) => [a, [...neighbours.get(a)!].reduce((sum, b) => sum + x[b], 0)]));
    const lambda = scored.reduce((sum, a) => sum + x[a] * ax[a], 0);
    for (const a of scored) {
      expect(x[a], a).toBeGreaterThan(0);
      expect(ax[a], a).toBeCloseTo(lambda * x[a], 3);
    }
  });

  test("an actor's rank over time is its rank computed on each date, null when it has no certain tie then", () => {
    const filters: Filter[] = [{ type: "families", shown: "only", names: ["hostile"] }];
    const days = ["1990-01-01", "2015-06-01", "2021-09-01", "2024-01-01", "2026-03-01"].map(parseDay);
    const windows = [{ from: parseDay("2025-01-01"), to: parseDay("2025-12-31") }];
    for (const measure of ["degree", "betweenness"] as const) {
      const series = rankSeries(index, filters, "pakistan", [...days, ...windows], measure);
      const byHand = [...days.map((day): Filter => ({ type: "asOf", day })), ...windows.map((w): Filter => ({ type: "window", ...w }))].map((when) => {
        const each = sliceCentrality(index, applyFilters(index, [when, ...filters]));
        return { rank: each.rankOf("pakistan", measure)?.rank ?? null, ranked: each.measures[measure]!.ranking.length };
      });
      expect(series.map(({ rank, ranked }) => ({ rank, ranked }))).toEqual(byHand);
      expect(series[0]).toMatchObject({ time: days[0], rank: null });
      expect(series.at(-1)!.rank).not.toBeNull();
    }
  });
});

test("actors named like an object's own properties are ranked as any other", () => {
  const relations = [rel("r0", "__proto__", "constructor", "strike", ["2020/2030"]), rel("r1", "constructor", "toString", "strike", ["2020/2030"])];
  const index = indexOf(relations);
  const c = sliceCentrality(index, applyFilters(index, [{ type: "asOf", day: DAY }]));
  expect([c.actorCount, c.pairCount]).toEqual([3, 2]);
  // A computed key: a literal __proto__ would set the expected object's prototype instead.
  expect(ranks(c, "degree")).toEqual({ constructor: 1, ["__proto__"]: 2, toString: 2 });
  expect(c.ties.get("__proto__")).toBe(1);
  expect(c.rankOf("__proto__", "betweenness")?.rank).toBe(2);
  expect(c.measures.eigenvector!.ranking.map((r) => r.actor).sort()).toEqual(["__proto__", "constructor", "toString"]);
});
