/**
 * Camps by frustration minimisation (Doreian and Mrvar's relocation): exact on planted two- and
 * three-camp networks, clean or with a little noise; the lowest frustration over every partition
 * of tiny random networks; the same split for the same seed; a previous split kept when it still
 * fits; and labels matched from one date to the next.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { balancedSplit, componentEdges, localSearch } from "../../src/model/camp-search";
import { camps, campsOf, matchCamps, type Camps } from "../../src/model/camps";
import { seededRandom } from "../../src/model/random";
import { arbWrittenGraph, expectedSigns, signedGraphOf, type WrittenPair } from "../support/signed-graphs";

/** The partition a labelling makes, as sorted lists of members, so labels do not matter. */
const blocks = (campOf: ArrayLike<number>) => {
  const by = new Map<number, number[]>();
  Array.from(campOf).forEach((c, x) => c >= 0 && by.set(c, [...(by.get(c) ?? []), x]));
  return [...by.values()].sort((p, q) => p[0] - q[0]);
};

/**
 * Planted camps of the given sizes over actors 0..n-1 (shuffled), plus two actors with no pair.
 * Within a camp a + spanning path and random + pairs; between every two camps at least one −
 * pair and random ones: the planted split is then the only one with no frustration and the
 * fewest camps. `complete` signs every pair instead.
 */
function planted(sizes: number[], seed: number, complete = false) {
  const random = seededRandom(seed);
  const n = sizes.reduce((s, x) => s + x, 0);
  const actors = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
  const camp: number[][] = [];
  let at = 0;
  for (const size of sizes) camp.push(actors.slice(at, (at += size)));
  const pairs: WrittenPair[] = [];
  camp.forEach((members, c) =>
    members.forEach((x, i) =>
      members.forEach((y, j) => j > i && (complete || j === i + 1 || random() < 0.3) && pairs.push({ a: x, b: y, said: ["+"] }))),
  );
  for (let c = 0; c < camp.length; c++)
    for (let d = c + 1; d < camp.length; d++)
      camp[c].forEach((x, i) => camp[d].forEach((y, j) => (complete || (i === 0 && j === 0) || random() < 0.2) && pairs.push({ a: x, b: y, said: ["-"] })));
  return { n: n + 2, pairs, camp };
}

/** The groups of actors joined by paths of + and − pairs, written plainly. */
function components(n: number, pairs: readonly WrittenPair[]): number[][] {
  const signed = [...expectedSigns(pairs)].filter(([, s]) => s !== 0).map(([key]) => key.split(",").map(Number));
  const group = Array.from({ length: n }, (_, x) => x);
  const root = (x: number): number => (group[x] === x ? x : root(group[x]));
  for (const [a, b] of signed) group[root(a)] = root(b);
  const members = new Map<number, number[]>();
  for (const [a, b] of signed) for (const x of [a, b]) members.set(root(x), [...new Set([...(members.get(root(x)) ?? []), x])]);
  return [...members.values()];
}

/**
 * The lowest frustration over every split of the actors into at most `max` camps, and the fewest
 * camps reaching it, each group of `components` split on its own.
 */
function bruteForce(n: number, pairs: readonly WrittenPair[], max: number) {
  const signs = [...expectedSigns(pairs)].map(([key, s]) => [...key.split(",").map(Number), s]);
  let total = { frustration: 0, camps: 0 };
  for (const actors of components(n, pairs)) {
    const inside = signs.filter(([a]) => actors.includes(a));
    let best = { frustration: Infinity, camps: Infinity };
    const label = new Map<number, number>();
    const visit = (i: number, used: number) => {
      if (i === actors.length) {
        const frustration = inside.filter(([a, b, s]) => (s < 0 && label.get(a) === label.get(b)) || (s > 0 && label.get(a) !== label.get(b))).length;
        if (frustration < best.frustration || (frustration === best.frustration && used < best.camps)) best = { frustration, camps: used };
        return;
      }
      for (let c = 0; c <= Math.min(used, max - 1); c++) (label.set(actors[i], c), visit(i + 1, Math.max(used, c + 1)));
    };
    visit(0, 0);
    total = { frustration: total.frustration + best.frustration, camps: total.camps + best.camps };
  }
  return total;
}

describe("camps", () => {
  test("exact on planted two- and three-camp networks of random sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 3 }), fc.integer(), fc.boolean(), (sizes, seed, complete) => {
        const { n, pairs, camp } = planted(sizes, seed, complete);
        const split = camps(signedGraphOf(n, pairs));
        expect([split.frustration, split.criterion]).toEqual([0, 0]);
        expect(blocks(split.campOf)).toEqual(camp.map((c) => [...c].sort((p, q) => p - q)).sort((p, q) => p[0] - q[0]));
        // The two actors with no pair are unaligned.
        expect([split.campOf[n - 2], split.campOf[n - 1]]).toEqual([-1, -1]);
        expect(split.labels).toEqual(sizes.map((_, i) => i));
        expect(split.sizes).toEqual([...sizes].sort((p, q) => q - p));
      }),
      { seed: 20, numRuns: 150 },
    );
  });

  test("with a little noise the planted split still wins, and its frustration is the noise", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 6, max: 9 }), { minLength: 2, maxLength: 3 }), fc.integer(), fc.integer({ min: 1, max: 2 }), (sizes, seed, flips) => {
        const { n, pairs, camp } = planted(sizes, seed, true);
        const random = seededRandom(seed ^ 0x5eed);
        const flipped = new Set<number>();
        while (flipped.size < flips) flipped.add(Math.floor(random() * pairs.length));
        const noisy = pairs.map((p, i) => (flipped.has(i) ? { ...p, said: [p.said[0] === "+" ? ("-" as const) : ("+" as const)] } : p));
        const split = camps(signedGraphOf(n, noisy));
        expect(blocks(split.campOf)).toEqual(camp.map((c) => [...c].sort((p, q) => p - q)).sort((p, q) => p[0] - q[0]));
        expect(split.frustration).toBe(flips);
      }),
      { seed: 20, numRuns: 60 },
    );
  });

  test("reaches the lowest frustration over every partition, with the fewest camps, on tiny random networks", () => {
    fc.assert(
      fc.property(arbWrittenGraph(8, 0.7), fc.integer({ min: 1, max: 4 }), ({ n, pairs }, maxCamps) => {
        const split = camps(signedGraphOf(n, pairs), { maxCamps });
        const best = bruteForce(n, pairs, maxCamps);
        expect([split.frustration, split.labels.length]).toEqual([best.frustration, best.camps]);
        // No camp spans two groups with no signed path between them.
        const groups = components(n, pairs);
        for (const actors of groups)
          for (const other of groups) if (other !== actors) expect(actors.some((x) => other.some((y) => split.campOf[x] === split.campOf[y]))).toBe(false);
        // The counts describe the labelling returned.
        expect(campsOf(signedGraphOf(n, pairs), split.campOf).frustration).toBe(split.frustration);
      }),
      { seed: 20, numRuns: 300 },
    );
  });

  test("mixed pairs count neither way; actors with only mixed pairs are unaligned", () => {
    const g = signedGraphOf(4, [{ a: 0, b: 1, said: ["+"] }, { a: 1, b: 2, said: ["-"] }, { a: 0, b: 2, said: ["+", "-"] }, { a: 2, b: 3, said: ["+", "-"] }]);
    const split = camps(g);
    expect(blocks(split.campOf)).toEqual([[0, 1], [2]]);
    expect([split.frustration, split.mixedPairs, split.campOf[3]]).toEqual([0, 2, -1]);
  });

  test("groups with no signed path between them are separate camps, though joining them would cost nothing", () => {
    const split = camps(signedGraphOf(5, [{ a: 0, b: 1, said: ["+"] }, { a: 2, b: 3, said: ["+"] }, { a: 3, b: 4, said: ["+"] }]));
    expect(Array.from(split.campOf)).toEqual([1, 1, 0, 0, 0]);
    expect([split.labels, split.sizes, split.frustration]).toEqual([[0, 1], [3, 2], 0]);
  });

  test("no signed pair: no camp", () => {
    const split = camps(signedGraphOf(3, [{ a: 0, b: 1, said: ["0"] }]));
    expect([split.labels, split.frustration, Array.from(split.campOf)]).toEqual([[], 0, [-1, -1, -1]]);
  });

  test("the same seed gives the same split", () => {
    fc.assert(
      fc.property(arbWrittenGraph(12, 0.5), fc.integer(), ({ n, pairs }, seed) => {
        const g = signedGraphOf(n, pairs);
        expect(camps(g, { seed }).campOf).toEqual(camps(g, { seed }).campOf);
      }),
      { seed: 20, numRuns: 100 },
    );
  });

  test("a previous split that still fits is kept, whatever the seed", () => {
    // A chain of friends 0–1–2–3–4–5 with 0 and 5, and 1 and 4, enemies: cutting the chain at 1–2, 2–3 or 3–4 leaves one friendship across, and each is best.
    const pairs: WrittenPair[] = [
      ...[0, 1, 2, 3, 4].map((a) => ({ a, b: a + 1, said: ["+" as const] })),
      { a: 0, b: 5, said: ["-"] },
      { a: 1, b: 4, said: ["-"] },
    ];
    const g = signedGraphOf(6, pairs);
    for (const previous of [[0, 0, 0, 1, 1, 1], [1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 1]])
      for (const seed of [1, 2, 3]) expect(blocks(camps(g, { seed, previous }).campOf)).toEqual(blocks(previous));
  });
});

describe("the relocation search", () => {
  test("exchanges two enemies when no single move helps", () => {
    // Camps {0,1,2,3} and {4,5,6,7}; 3 is the friend of 4 and 7 the friend of 0, but 3 and 7 are enemies:
    // moving either alone gains nothing, exchanging them frees both.
    const pairs: [number, number, number][] = [
      [0, 1, 1], [0, 2, 1], [1, 2, 1], [4, 5, 1], [4, 6, 1], [5, 6, 1], [3, 4, 1], [7, 0, 1], [3, 7, -1], [1, 5, -1], [2, 6, -1],
    ];
    const rows: number[][] = Array.from({ length: 8 }, () => []);
    for (const [a, b, s] of pairs) (rows[a].push(b, s), rows[b].push(a, s));
    const start = Uint32Array.from({ length: 9 }, (_, i) => rows.slice(0, i).reduce((n, r) => n + r.length / 2, 0));
    const edges = { actors: [0, 1, 2, 3, 4, 5, 6, 7], start, other: Int32Array.from(rows.flatMap((r) => r.filter((_, i) => i % 2 === 0))), sign: Int8Array.from(rows.flatMap((r) => r.filter((_, i) => i % 2 === 1))) };
    const camp = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(localSearch(edges, camp, 2, 0.5, seededRandom(1))).toBe(0);
    expect(Array.from(camp)).toEqual([0, 0, 0, 1, 1, 1, 1, 0]);
  });
});

describe("balanced components", () => {
  test("are split by a walk, friends together and enemies apart; an unbalanced one is left to the search", () => {
    const edgesOf = (pairs: WrittenPair[]) => componentEdges(signedGraphOf(4, pairs))[0];
    const balanced = balancedSplit(edgesOf([{ a: 0, b: 1, said: ["-"] }, { a: 1, b: 2, said: ["-"] }, { a: 2, b: 3, said: ["+"] }, { a: 0, b: 2, said: ["+"] }]));
    expect(Array.from(balanced!)).toEqual([0, 1, 0, 0]);
    expect(balancedSplit(edgesOf([{ a: 0, b: 1, said: ["+"] }, { a: 1, b: 2, said: ["+"] }, { a: 0, b: 2, said: ["-"] }]))).toBeNull();
  });
});

describe("matching camps over time", () => {
  const split = (campOf: number[]): Camps => campsOf(signedGraphOf(campOf.length, []), Int32Array.from(campOf));

  test("a relabelled split takes back the previous labels", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 1, maxLength: 30 }), fc.integer(), (labels, seed) => {
        const random = seededRandom(seed);
        const permutation = [0, 1, 2, 3, 4].sort(() => random() - 0.5);
        const previous = split(labels);
        const matched = matchCamps(previous, split(labels.map((c) => (c < 0 ? -1 : permutation[c] + 7))));
        expect(Array.from(matched.campOf)).toEqual(labels);
        expect([matched.labels, matched.sizes]).toEqual([previous.labels, previous.sizes]);
      }),
      { seed: 20, numRuns: 200 },
    );
  });

  test("each camp takes the label it overlaps most; a new camp a new label", () => {
    const previous = split([0, 0, 0, 1, 1, 1, -1, -1]);
    const next = split([5, 5, 3, 3, 3, 3, 4, 4]);
    // 3 overlaps camp 1 by three and camp 0 by one: it is camp 1; 5 is camp 0; 4 is new.
    expect(Array.from(matchCamps(previous, next).campOf)).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
    expect(Array.from(matchCamps(previous, next, 9).campOf)).toEqual([0, 0, 1, 1, 1, 1, 9, 9]);
  });

  test("a camp split in two keeps its label on one half; the other half is a new camp", () => {
    const matched = matchCamps(split([0, 0, 0, 0, 0, 0, 1]), split([2, 2, 2, 3, 3, 3, -1]));
    expect(Array.from(matched.campOf)).toEqual([0, 0, 0, 2, 2, 2, -1]);
  });
});
