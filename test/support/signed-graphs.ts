/**
 * Small signed networks for the signed model's tests, written pair by pair and turned into a
 * data set whose relations say it, so the tests go through the index and the slice as the
 * explorer does. On `ON` ("2020-06-15") a relation over "2019-01/2021-12" is certainly active,
 * and one dated "2020-06" only possibly (certainty.ts).
 */
import fc from "fast-check";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { RelationIndex } from "../../src/model/relation-index";
import { signedPairs, type SignedGraph } from "../../src/model/signed-pairs";
import type { DataSet, Relation, Taxonomy } from "../../src/model/types";

export const ON = parseDay("2020-06-15");

/** What one relation between a pair says: a certain ally (+), enemy (-), mediator (0), or a possible ally or enemy. */
export type Said = "+" | "-" | "0" | "?+" | "?-";

export interface WrittenPair {
  readonly a: number;
  readonly b: number;
  readonly said: readonly Said[];
}

const TYPE_OF: Record<Said, string> = { "+": "alliance", "-": "armed-clash", "0": "mediation", "?+": "alliance", "?-": "armed-clash" };

export const SIGNED_TAXONOMY: Taxonomy = {
  families: ["hostile", "cooperative", "mediating"].map((id) => ({ id, label: id })),
  types: [
    { id: "armed-clash", family: "hostile", sign: -1 as const },
    { id: "alliance", family: "cooperative", sign: 1 as const },
    { id: "mediation", family: "mediating", sign: 0 as const },
  ].map((t) => ({ ...t, label: t.id, directed: false, cameo: [], plover: null, mappingMilitants: null })),
  kinds: [{ id: "state", label: "state" }],
};

/** A data set of actors x0..x{n-1} and, for each written pair, one relation per thing said (source and target alternating). */
export function signedDataSet(n: number, pairs: readonly WrittenPair[]): DataSet {
  const relations: Relation[] = [];
  for (const { a, b, said } of pairs)
    said.forEach((s, k) => {
      const [source, target] = k % 2 ? [b, a] : [a, b];
      relations.push({
        id: `r${relations.length}`,
        source: `x${source}`,
        target: `x${target}`,
        type: TYPE_OF[s],
        directed: false,
        periods: [parsePeriod(s.startsWith("?") ? "2020-06" : "2019-01/2021-12")],
        confidence: "high",
        evidence: [{ source: "doc", quote: "q" }],
      });
    });
  return {
    taxonomy: SIGNED_TAXONOMY,
    actors: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, label: `X${i}`, kind: "state", aliases: [] })),
    relations,
    sources: [{ id: "doc", title: "doc", file: "doc.txt" }],
  };
}

/** The signed network of written pairs on `ON`. */
export function signedGraphOf(n: number, pairs: readonly WrittenPair[]): SignedGraph {
  const index = new RelationIndex(signedDataSet(n, pairs));
  return signedPairs(index, applyFilters(index, [{ type: "asOf", day: ON }]));
}

/** A graph's pair signs written plainly: +1, -1, 0 (mixed) or undefined, by `a,b` with a < b. */
export function expectedSigns(pairs: readonly WrittenPair[]): Map<string, -1 | 0 | 1> {
  const signs = new Map<string, -1 | 0 | 1>();
  for (const { a, b, said } of pairs) {
    const plus = said.includes("+");
    const minus = said.includes("-");
    if (plus || minus) signs.set(a < b ? `${a},${b}` : `${b},${a}`, plus && minus ? 0 : plus ? 1 : -1);
  }
  return signs;
}

/** Random small networks: up to `maxActors` actors, each pair unrelated or saying one to three things, in a random order of ends. */
export const arbWrittenGraph = (maxActors = 9, density = 0.6): fc.Arbitrary<{ n: number; pairs: WrittenPair[] }> =>
  fc.integer({ min: 3, max: maxActors }).chain((n) => {
    const slots: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) slots.push([a, b]);
    const said = fc.array(fc.constantFrom<Said>("+", "+", "-", "-", "0", "?+", "?-"), { minLength: 1, maxLength: 3 });
    return fc
      .tuple(...slots.map(() => fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), said, fc.boolean())))
      .map((drawn) => ({
        n,
        pairs: drawn.flatMap(([p, s, flip], i) => (p < density ? [{ a: flip ? slots[i][1] : slots[i][0], b: flip ? slots[i][0] : slots[i][1], said: s }] : [])),
      }));
  });
