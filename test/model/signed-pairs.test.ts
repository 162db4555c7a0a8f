/**
 * Pair signs on a slice: + when every certainly active signed relation of a pair is
 * cooperative, − when every one is hostile, mixed when both; pairs signed only by possible
 * relations, or related only by sign-0 ones, left out and counted; the relations behind each
 * sign kept; neighbour lists ascending. Checked against the pairs written plainly on random
 * small networks, and on the bundled data.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { pairOf, signedPairs, type SignedGraph } from "../../src/model/signed-pairs";
import { readBundledData } from "../support/data";
import { arbWrittenGraph, expectedSigns, signedDataSet, signedGraphOf, type WrittenPair } from "../support/signed-graphs";

const signsOf = (g: SignedGraph) => new Map(Array.from(g.pairSign, (s, p) => [`${g.pairA[p]},${g.pairB[p]}`, s]));

describe("pair signs", () => {
  test("all cooperative is +, all hostile is −, both is mixed; possible and sign-0 relations never sign a pair", () => {
    const pairs: WrittenPair[] = [
      { a: 0, b: 1, said: ["+", "+", "0"] },
      { a: 2, b: 1, said: ["-", "?+"] },
      { a: 0, b: 2, said: ["+", "-"] },
      { a: 3, b: 0, said: ["?-", "?+", "0"] },
      { a: 3, b: 1, said: ["0", "0"] },
      { a: 2, b: 3, said: ["?+"] },
    ];
    const g = signedGraphOf(4, pairs);
    expect(signsOf(g)).toEqual(new Map([["0,1", 1], ["0,2", 0], ["1,2", -1]]));
    expect([g.positivePairs, g.negativePairs, g.mixedPairs]).toEqual([1, 1, 1]);
    // 0–3 and 2–3 are signed only by possible relations; 1–3 only by mediation.
    expect([g.possibleOnlyPairs, g.neutralPairs, g.possibleOnlyRelations]).toEqual([2, 1, 4]);
  });

  test("the relations behind a sign are the certain signed ones, ascending", () => {
    const g = signedGraphOf(3, [{ a: 1, b: 0, said: ["+", "0", "-", "?-", "+"] }]);
    const index = g.index;
    expect(Array.from(g.relations.subarray(g.relationStart[0], g.relationStart[1]), (i) => index.relationIds[i])).toEqual(["r0", "r2", "r4"]);
  });

  test("self-loops and relations naming an unlisted actor are ignored", () => {
    const data = signedDataSet(3, [{ a: 0, b: 1, said: ["-"] }]);
    const extra = [
      { ...data.relations[0], id: "self", target: "x0" },
      { ...data.relations[0], id: "ghost", target: "nobody" },
    ];
    const index = new RelationIndex({ ...data, relations: [...data.relations, ...extra] });
    const g = signedPairs(index, applyFilters(index, [{ type: "asOf", day: parseDay("2020-06-15") }]));
    expect(signsOf(g)).toEqual(new Map([["0,1", -1]]));
    expect([g.possibleOnlyPairs, g.neutralPairs]).toEqual([0, 0]);
  });

  test("a slice of another index is refused", () => {
    const data = signedDataSet(2, [{ a: 0, b: 1, said: ["-"] }]);
    const [one, other] = [new RelationIndex(data), new RelationIndex(data)];
    expect(() => signedPairs(one, applyFilters(other, []))).toThrow(/another relation index/);
  });

  test("on random networks: the signs written, the counts left out, ascending neighbour lists that find each pair", () => {
    fc.assert(
      fc.property(arbWrittenGraph(), ({ n, pairs }) => {
        const g = signedGraphOf(n, pairs);
        const expected = expectedSigns(pairs);
        expect(signsOf(g)).toEqual(expected);
        const keys = Array.from(g.pairA, (a, p) => a * n + g.pairB[p]);
        expect(keys).toEqual([...keys].sort((x, y) => x - y));
        const possibleOnly = pairs.filter((p) => !expected.has(p.a < p.b ? `${p.a},${p.b}` : `${p.b},${p.a}`) && p.said.some((s) => s.startsWith("?")));
        const neutral = pairs.filter((p) => p.said.every((s) => s === "0"));
        expect([g.possibleOnlyPairs, g.neutralPairs]).toEqual([possibleOnly.length, neutral.length]);
        for (let x = 0; x < n; x++) {
          const row = Array.from(g.neighbours.subarray(g.neighbourStart[x], g.neighbourStart[x + 1]));
          expect(row).toEqual([...row].sort((p, q) => p - q));
          for (let y = 0; y < n; y++) {
            const key = x < y ? `${x},${y}` : `${y},${x}`;
            const p = pairOf(g, x, y);
            expect(p === -1 ? undefined : g.pairSign[p]).toBe(x === y ? undefined : expected.get(key));
          }
        }
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});

describe("the bundled data", () => {
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data does not load");
  const index = new RelationIndex(loaded.dataSet);
  const on = (day: string) => signedPairs(index, applyFilters(index, [{ type: "asOf", day: parseDay(day) }]));
  const signOf = (g: SignedGraph, x: string, y: string) => g.pairSign[pairOf(g, index.actorOrdinal.get(x)!, index.actorOrdinal.get(y)!)];

  test("on 1 Mar 2026 Pakistan and the Afghan Taliban are enemies, the Afghan Taliban the TTP's friend", () => {
    const g = on("2026-03-01");
    expect(signOf(g, "pakistan", "afghan-taliban")).toBe(-1);
    expect(signOf(g, "afghan-taliban", "ttp")).toBe(1);
    expect(signOf(g, "pakistan", "ttp")).toBe(-1);
    // Much of the data is dated to the month or year: pairs it only allows are counted, not signed.
    expect(g.possibleOnlyPairs).toBeGreaterThan(0);
  });

  test("over 2026 the Afghan Taliban and India are a mixed pair: rapprochement and a negative view", () => {
    const g = signedPairs(index, applyFilters(index, [{ type: "window", from: parseDay("2026-01-01"), to: parseDay("2026-12-31") }]));
    expect(signOf(g, "afghan-taliban", "india")).toBe(0);
  });
});
