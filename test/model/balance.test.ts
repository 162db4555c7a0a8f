/**
 * Structural balance (Cartwright & Harary's strong balance): each triad of signed pairs counted
 * balanced or unbalanced, mixed ones apart, and the unbalanced listed. Held to a plain triple
 * loop over every three actors on random small networks, and to triads named on the bundled
 * data.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { structuralBalance, type SignedTriad } from "../../src/model/balance";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { signedPairs } from "../../src/model/signed-pairs";
import { readBundledData } from "../support/data";
import { arbWrittenGraph, expectedSigns, signedGraphOf, type WrittenPair } from "../support/signed-graphs";

/** Every three actors a < b < c, read from the pairs as written. */
function bruteForce(n: number, pairs: readonly WrittenPair[]) {
  const sign = expectedSigns(pairs);
  const counts = { "+++": 0, "++-": 0, "+--": 0, "---": 0, mixed: 0 };
  const unbalanced: SignedTriad[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      for (let c = b + 1; c < n; c++) {
        const s = [sign.get(`${a},${b}`), sign.get(`${a},${c}`), sign.get(`${b},${c}`)];
        if (s.some((x) => x === undefined)) continue;
        if (s.includes(0)) {
          counts.mixed++;
          continue;
        }
        const negatives = s.filter((x) => x === -1).length;
        counts[(["+++", "++-", "+--", "---"] as const)[negatives]]++;
        if (negatives % 2) unbalanced.push({ actors: [a, b, c], signs: s as [-1 | 1, -1 | 1, -1 | 1] });
      }
  return { counts, unbalanced };
}

describe("structural balance", () => {
  test("the four kinds of triad, and a mixed one", () => {
    // A friendly triangle and a hostile one, joined by a mixed pair that closes no triad.
    const pairs: WrittenPair[] = [
      { a: 0, b: 1, said: ["+"] },
      { a: 0, b: 2, said: ["+"] },
      { a: 1, b: 2, said: ["+"] }, // 0 1 2: +++
      { a: 3, b: 4, said: ["-"] },
      { a: 3, b: 5, said: ["-"] },
      { a: 4, b: 5, said: ["-"] }, // 3 4 5: −−−
      { a: 2, b: 3, said: ["+", "-"] }, // mixed, closing no triad alone
    ];
    const b = structuralBalance(signedGraphOf(6, pairs));
    expect(b.byType).toEqual({ "+++": 1, "++-": 0, "+--": 0, "---": 1 });
    expect([b.triads, b.balanced, b.unbalanced, b.mixed, b.ratio]).toEqual([2, 1, 1, 0, 0.5]);
    expect(b.unbalancedTriads).toEqual([{ actors: [3, 4, 5], signs: [-1, -1, -1] }]);
  });

  test("the enemy of my enemy is my friend; the friend of my enemy is not", () => {
    const enemyOfEnemy = structuralBalance(signedGraphOf(3, [{ a: 0, b: 1, said: ["-"] }, { a: 1, b: 2, said: ["-"] }, { a: 0, b: 2, said: ["+"] }]));
    expect([enemyOfEnemy.byType["+--"], enemyOfEnemy.unbalanced, enemyOfEnemy.ratio]).toEqual([1, 0, 1]);
    const friendOfEnemy = structuralBalance(signedGraphOf(3, [{ a: 2, b: 0, said: ["-"] }, { a: 1, b: 2, said: ["+"] }, { a: 0, b: 1, said: ["+"] }]));
    expect(friendOfEnemy.unbalancedTriads).toEqual([{ actors: [0, 1, 2], signs: [1, -1, 1] }]);
    expect(friendOfEnemy.ratio).toBe(0);
  });

  test("a mixed pair makes its triads mixed, neither balanced nor unbalanced, and out of the ratio", () => {
    const b = structuralBalance(signedGraphOf(4, [{ a: 0, b: 1, said: ["+", "-"] }, { a: 1, b: 2, said: ["-"] }, { a: 0, b: 2, said: ["-"] }, { a: 0, b: 3, said: ["-"] }, { a: 1, b: 3, said: ["+"] }]));
    expect([b.triads, b.mixed, b.balanced, b.unbalanced, b.ratio]).toEqual([2, 2, 0, 0, null]);
  });

  test("possible relations close no triad", () => {
    const b = structuralBalance(signedGraphOf(3, [{ a: 0, b: 1, said: ["-"] }, { a: 1, b: 2, said: ["-"] }, { a: 0, b: 2, said: ["?-", "0"] }]));
    expect([b.triads, b.ratio]).toEqual([0, null]);
  });

  test("the list stops at its limit; the count does not", () => {
    // Eight actors all hostile to each other: 56 triads, all −−−.
    const pairs: WrittenPair[] = [];
    for (let a = 0; a < 8; a++) for (let c = a + 1; c < 8; c++) pairs.push({ a, b: c, said: ["-"] });
    const g = signedGraphOf(8, pairs);
    expect(structuralBalance(g).unbalancedTriads).toHaveLength(56);
    const limited = structuralBalance(g, { listLimit: 5 });
    expect([limited.unbalanced, limited.unbalancedTriads.length]).toEqual([56, 5]);
  });

  test("equals a triple loop over every three actors on random networks", () => {
    fc.assert(
      fc.property(arbWrittenGraph(10, 0.7), ({ n, pairs }) => {
        const b = structuralBalance(signedGraphOf(n, pairs));
        const { counts, unbalanced } = bruteForce(n, pairs);
        const { mixed, ...byType } = counts;
        expect(b.byType).toEqual(byType);
        expect(b.mixed).toBe(mixed);
        expect(b.unbalancedTriads).toEqual(unbalanced);
        const decided = b.balanced + b.unbalanced;
        expect(b.ratio).toBe(decided ? (byType["+++"] + byType["+--"]) / decided : null);
      }),
      { seed: 20, numRuns: 400 },
    );
  });
});

describe("the bundled data", () => {
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data does not load");
  const data = loaded.dataSet;
  const names = (index: RelationIndex, t: SignedTriad) => t.actors.map((a) => index.actorIds[a]);

  test("on 1 Mar 2026 Pakistan, the Afghan Taliban and the TTP are a balanced triad: Pakistan at war with both, the Taliban sheltering the TTP", () => {
    const index = new RelationIndex(data);
    const b = structuralBalance(signedPairs(index, applyFilters(index, [{ type: "asOf", day: parseDay("2026-03-01") }])));
    expect([b.triads, b.balanced, b.unbalanced, b.byType["+--"]]).toEqual([1, 1, 0, 1]);
  });

  test("with China close to both Pakistan and the Afghan Taliban, at war with each other, the triad is unbalanced and listed", () => {
    const close = (id: string, other: string) => ({ ...data.relations[0], id, source: "china", target: other, type: "alignment", periods: [parsePeriod("2020/..")] });
    const index = new RelationIndex({
      ...data,
      actors: [...data.actors, { id: "china", label: "China", kind: data.actors[0].kind, aliases: [] }],
      relations: [...data.relations, close("china-pakistan", "pakistan"), close("china-afghan-taliban", "afghan-taliban")],
    });
    const b = structuralBalance(signedPairs(index, applyFilters(index, [{ type: "asOf", day: parseDay("2026-03-01") }])));
    expect(b.unbalanced).toBe(1);
    expect(b.unbalancedTriads.map((t) => [...names(index, t)].sort())).toEqual([["afghan-taliban", "china", "pakistan"]]);
    expect([...b.unbalancedTriads[0].signs].sort()).toEqual([-1, 1, 1]);
  });
});
