/**
 * Structural balance on a signed network (signed-pairs.ts): every triad, three actors each pair
 * of which is signed, is balanced when the product of its three signs is positive ("the friend
 * of my friend", "the enemy of my enemy": +++ and +--) and unbalanced otherwise (++- and ---).
 * This is strong balance, after Cartwright, D. & Harary, F. (1956), "Structural balance: a
 * generalization of Heider's theory", Psychological Review 63(5), 277–293.
 *
 * A triad with a mixed pair (both hostile and cooperative relations) has no product: it is
 * counted apart as `mixed`, neither balanced nor unbalanced, and left out of the ratio.
 *
 * Triads are found by the "forward" triangle listing: actors ranked by degree, each pair pointed
 * from the lower rank to the higher, and for each actor u the pointed neighbours of each pointed
 * neighbour v checked against u's (marked in a scratch array): each triangle is found once, at
 * its lowest-ranked actor, in O(pairs^1.5) time however large the hubs, never by a triple loop.
 */
import type { PairSign, SignedGraph } from "./signed-pairs";

/** A triad by its actors' ordinals a < b < c and the signs of its pairs ab, ac and bc. */
export interface SignedTriad {
  readonly actors: readonly [number, number, number];
  readonly signs: readonly [PairSign, PairSign, PairSign];
}

export interface TriadCounts {
  readonly "+++": number;
  readonly "++-": number;
  readonly "+--": number;
  readonly "---": number;
}

export interface Balance {
  /** Triads with three signed pairs: balanced + unbalanced + mixed. */
  readonly triads: number;
  readonly balanced: number;
  readonly unbalanced: number;
  /** Triads with at least one mixed pair: neither balanced nor unbalanced. */
  readonly mixed: number;
  /** balanced / (balanced + unbalanced), or null when there is no such triad. */
  readonly ratio: number | null;
  readonly byType: TriadCounts;
  /** The first `listLimit` unbalanced triads, in (a, b, c) order of the actors found first; `unbalanced` counts them all. */
  readonly unbalancedTriads: readonly SignedTriad[];
}

export interface BalanceOptions {
  /** How many unbalanced triads to list; 200 when left out. */
  readonly listLimit?: number;
}

export const DEFAULT_LIST_LIMIT = 200;

export function structuralBalance(graph: SignedGraph, options: BalanceOptions = {}): Balance {
  const listLimit = options.listLimit ?? DEFAULT_LIST_LIMIT;
  const { actorCount: n, neighbourStart, neighbours, neighbourPair, pairSign } = graph;
  // Rank by degree (ties by ordinal): pointing each pair up the ranks bounds every actor's pointed list by about sqrt(2·pairs).
  // A counting sort by degree, ordinals ascending within a degree.
  let maxDegree = 0;
  for (let x = 0; x < n; x++) maxDegree = Math.max(maxDegree, neighbourStart[x + 1] - neighbourStart[x]);
  const firstRank = new Uint32Array(maxDegree + 2);
  for (let x = 0; x < n; x++) firstRank[neighbourStart[x + 1] - neighbourStart[x] + 1]++;
  for (let d = 0; d <= maxDegree; d++) firstRank[d + 1] += firstRank[d];
  const rank = new Uint32Array(n);
  for (let x = 0; x < n; x++) rank[x] = firstRank[neighbourStart[x + 1] - neighbourStart[x]]++;
  const upStart = new Uint32Array(n + 1);
  for (let x = 0; x < n; x++) for (let j = neighbourStart[x]; j < neighbourStart[x + 1]; j++) if (rank[neighbours[j]] > rank[x]) upStart[x + 1]++;
  for (let x = 0; x < n; x++) upStart[x + 1] += upStart[x];
  const up = new Int32Array(upStart[n]);
  const upSign = new Int8Array(upStart[n]);
  for (let x = 0, k = 0; x < n; x++)
    for (let j = neighbourStart[x]; j < neighbourStart[x + 1]; j++)
      if (rank[neighbours[j]] > rank[x]) ((up[k] = neighbours[j]), (upSign[k++] = pairSign[neighbourPair[j]]));

  // Counts by number of hostile pairs (0..3), and the mixed ones.
  const byNegatives = [0, 0, 0, 0];
  let mixed = 0;
  const listed: SignedTriad[] = [];
  // mark[w] = sign of (u, w) + 2 while u is visited; 0 elsewhere.
  const mark = new Int8Array(n);
  for (let u = 0; u < n; u++) {
    const from = upStart[u];
    const to = upStart[u + 1];
    if (to - from < 2) continue;
    for (let j = from; j < to; j++) mark[up[j]] = upSign[j] + 2;
    for (let j = from; j < to; j++) {
      const v = up[j];
      const uv = upSign[j];
      for (let l = upStart[v]; l < upStart[v + 1]; l++) {
        const w = up[l];
        if (mark[w] === 0) continue;
        const vw = upSign[l];
        const uw = mark[w] - 2;
        if (uv === 0 || vw === 0 || uw === 0) {
          mixed++;
          continue;
        }
        const negatives = (uv < 0 ? 1 : 0) + (vw < 0 ? 1 : 0) + (uw < 0 ? 1 : 0);
        byNegatives[negatives]++;
        if (negatives % 2 === 1 && listed.length < listLimit) listed.push(triadOf(u, v, w, uv, uw, vw as PairSign));
      }
    }
    for (let j = from; j < to; j++) mark[up[j]] = 0;
  }
  listed.sort((x, y) => x.actors[0] - y.actors[0] || x.actors[1] - y.actors[1] || x.actors[2] - y.actors[2]);
  const balanced = byNegatives[0] + byNegatives[2];
  const unbalanced = byNegatives[1] + byNegatives[3];
  return {
    triads: balanced + unbalanced + mixed,
    balanced,
    unbalanced,
    mixed,
    ratio: balanced + unbalanced === 0 ? null : balanced / (balanced + unbalanced),
    byType: { "+++": byNegatives[0], "++-": byNegatives[1], "+--": byNegatives[2], "---": byNegatives[3] },
    unbalancedTriads: listed,
  };
}

/** The triad of u, v, w with its actors in ascending order and each sign beside its pair. */
function triadOf(u: number, v: number, w: number, uv: number, uw: number, vw: number): SignedTriad {
  const sign = (x: number, y: number): PairSign => ((x === u && y === v) || (x === v && y === u) ? uv : (x === u && y === w) || (x === w && y === u) ? uw : vw) as PairSign;
  const [a, b, c] = [u, v, w].sort((x, y) => x - y);
  return { actors: [a, b, c], signs: [sign(a, b), sign(a, c), sign(b, c)] };
}

/** Whether a triad of three signed, unmixed pairs is balanced (Cartwright & Harary): the product of its signs is positive. */
export const isBalanced = (signs: readonly [PairSign, PairSign, PairSign]): boolean => signs[0] * signs[1] * signs[2] > 0;
