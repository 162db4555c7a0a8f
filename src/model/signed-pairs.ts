/**
 * Allies and enemies on a slice: the signed network. Every relation type has a sign in the
 * taxonomy (-1 hostile, +1 cooperative, 0 mediating and most structural types); each pair of
 * actors gets a sign from the relations certainly active between them in the slice:
 *
 * - +1 when all its signed relations are cooperative, -1 when all are hostile;
 * - "mixed" (0) when it has both: Pakistan and the Afghan Taliban trading while they fight.
 *   Mixed pairs are kept and shown as such; balance.ts and camps.ts say how they count.
 *
 * Relations only possibly active in the slice never count as facts: a pair signed only by them
 * is left out and counted (`possibleOnlyPairs`), as is a pair related only by sign-0 relations
 * (`neutralPairs`). Self-loops and relations naming an actor the data set does not list are
 * ignored. Direction is ignored: a pair is unordered, its actors kept as ordinals a < b.
 *
 * Built for a series of hundreds of slices of 200,000 relations: no string is hashed per
 * relation; pairs are found by a two-pass counting sort of the relations by (a, b), and the
 * result is compressed rows (pairs in (a, b) order, each actor's neighbours ascending).
 */
import type { RelationIndex } from "./relation-index";
import type { RelationSlice } from "./relation-slice";

/** A pair's sign: +1 cooperative, -1 hostile, 0 mixed (both). */
export type PairSign = -1 | 0 | 1;

export const MIXED: PairSign = 0;

export interface SignedGraph {
  /** The index the ordinals are positions in. */
  readonly index: RelationIndex;
  readonly actorCount: number;
  /** Pairs in ascending (a, b) order; pair p joins actors `pairA[p] < pairB[p]`. */
  readonly pairCount: number;
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /** Per pair: +1, -1, or 0 when mixed. */
  readonly pairSign: Int8Array;
  /** The certainly active signed relations behind pair p, ascending: `relations[relationStart[p] .. relationStart[p + 1]]`. */
  readonly relationStart: Uint32Array;
  readonly relations: Uint32Array;
  /**
   * Each actor's signed neighbours, ascending: those of actor x are
   * `neighbours[neighbourStart[x] .. neighbourStart[x + 1]]`, and `neighbourPair` at the same
   * place is the pair joining them.
   */
  readonly neighbourStart: Uint32Array;
  readonly neighbours: Int32Array;
  readonly neighbourPair: Uint32Array;
  /** Pairs by sign. */
  readonly positivePairs: number;
  readonly negativePairs: number;
  readonly mixedPairs: number;
  /** Pairs left out: signed only by relations possibly active, or certainly related only by sign-0 relations. */
  readonly possibleOnlyPairs: number;
  readonly neutralPairs: number;
  /** Visible signed relations left out as only possibly active. */
  readonly possibleOnlyRelations: number;
}

/** Each type id of the index's sign in the taxonomy; 0 for a type the taxonomy lacks. */
export function typeSigns(index: RelationIndex): Int8Array {
  const signOf = new Map(index.dataSet.taxonomy.types.map((t) => [t.id, t.sign]));
  return Int8Array.from(index.typeNames, (name) => signOf.get(name) ?? 0);
}

// What a relation can say about its pair, as bits: a certain +, a certain -, a certain 0, a possible signed one.
const CERTAIN_PLUS = 1;
const CERTAIN_MINUS = 2;
const CERTAIN_ZERO = 4;
const POSSIBLE_SIGNED = 8;

/** The signed network of the relations certainly active in a slice (see the module comment). */
export function signedPairs(index: RelationIndex, slice: RelationSlice, signs: Int8Array = typeSigns(index)): SignedGraph {
  const { relations: visible, possibleOnly } = slice.ordinals;
  if (slice.ordinals.vocabulary !== index) throw new Error("signedPairs: the slice was made from another relation index; slice with applyFilters(index, …) first");
  const { sourceOf, targetOf, typeOf } = index;
  const n = index.actorIds.length;
  // The relations that say something, with what they say; lower and higher actor ordinal.
  const m = visible.length;
  const kept = new Uint32Array(m);
  const what = new Uint8Array(m);
  const lowOf = new Int32Array(m);
  const highOf = new Int32Array(m);
  let k = 0;
  let possibleOnlyRelations = 0;
  for (let j = 0; j < m; j++) {
    const i = visible[j];
    const s = sourceOf[i];
    const t = targetOf[i];
    if (s < 0 || t < 0 || s === t) continue;
    const sign = signs[typeOf[i]];
    let bit: number;
    if (possibleOnly[i]) {
      if (sign === 0) continue; // would say nothing either way
      possibleOnlyRelations++;
      bit = POSSIBLE_SIGNED;
    } else bit = sign > 0 ? CERTAIN_PLUS : sign < 0 ? CERTAIN_MINUS : CERTAIN_ZERO;
    kept[k] = i;
    what[k] = bit;
    lowOf[k] = s < t ? s : t;
    highOf[k] = s < t ? t : s;
    k++;
  }
  // Counting sort by the higher actor, then stably by the lower: relations in (a, b) order, ordinals ascending within a pair.
  const byHigh = countingOrder(highOf, k, n, null);
  const order = countingOrder(lowOf, k, n, byHigh);

  // One walk over the groups: what each pair's relations say.
  let pairTotal = 0;
  for (let q = 0; q < k; q++) if (q === 0 || lowOf[order[q]] !== lowOf[order[q - 1]] || highOf[order[q]] !== highOf[order[q - 1]]) pairTotal++;
  const pairA = new Int32Array(pairTotal);
  const pairB = new Int32Array(pairTotal);
  const pairSign = new Int8Array(pairTotal);
  const relationStart = new Uint32Array(pairTotal + 1);
  const behind = new Uint32Array(k);
  let pairCount = 0;
  let relationCount = 0;
  let positivePairs = 0;
  let negativePairs = 0;
  let mixedPairs = 0;
  let possibleOnlyPairs = 0;
  let neutralPairs = 0;
  for (let q = 0; q < k; ) {
    const a = lowOf[order[q]];
    const b = highOf[order[q]];
    let said = 0;
    const firstRelation = relationCount;
    for (; q < k && lowOf[order[q]] === a && highOf[order[q]] === b; q++) {
      const bit = what[order[q]];
      said |= bit;
      if (bit === CERTAIN_PLUS || bit === CERTAIN_MINUS) behind[relationCount++] = kept[order[q]];
    }
    if (said & (CERTAIN_PLUS | CERTAIN_MINUS)) {
      const sign = said & CERTAIN_PLUS ? (said & CERTAIN_MINUS ? MIXED : 1) : -1;
      if (sign === 1) positivePairs++;
      else if (sign === -1) negativePairs++;
      else mixedPairs++;
      pairA[pairCount] = a;
      pairB[pairCount] = b;
      pairSign[pairCount] = sign;
      relationStart[pairCount] = firstRelation;
      pairCount++;
    } else if (said & POSSIBLE_SIGNED) possibleOnlyPairs++;
    else neutralPairs++;
  }
  relationStart[pairCount] = relationCount;
  const neighbourRows = adjacency(n, pairCount, pairA, pairB);
  return {
    index,
    actorCount: n,
    pairCount,
    pairA: pairA.subarray(0, pairCount),
    pairB: pairB.subarray(0, pairCount),
    pairSign: pairSign.subarray(0, pairCount),
    relationStart: relationStart.subarray(0, pairCount + 1),
    relations: behind.subarray(0, relationCount),
    ...neighbourRows,
    positivePairs,
    negativePairs,
    mixedPairs,
    possibleOnlyPairs,
    neutralPairs,
    possibleOnlyRelations,
  };
}

/**
 * The positions 0..count-1 stably sorted by `key` (an actor ordinal below `n`), taking them in
 * the order `before` gives (or ascending).
 */
function countingOrder(key: Int32Array, count: number, n: number, before: Uint32Array | null): Uint32Array {
  const start = new Uint32Array(n + 1);
  for (let q = 0; q < count; q++) start[key[q] + 1]++;
  for (let x = 0; x < n; x++) start[x + 1] += start[x];
  const order = new Uint32Array(count);
  for (let q = 0; q < count; q++) {
    const p = before ? before[q] : q;
    order[start[key[p]]++] = p;
  }
  return order;
}

/**
 * Each actor's neighbours ascending: pairs come in (a, b) order, so an actor's lower neighbours
 * (where it is b) all arrive before its higher ones (where it is a), each run ascending.
 */
function adjacency(n: number, pairCount: number, pairA: Int32Array, pairB: Int32Array): Pick<SignedGraph, "neighbourStart" | "neighbours" | "neighbourPair"> {
  const neighbourStart = new Uint32Array(n + 1);
  for (let p = 0; p < pairCount; p++) (neighbourStart[pairA[p] + 1]++, neighbourStart[pairB[p] + 1]++);
  for (let x = 0; x < n; x++) neighbourStart[x + 1] += neighbourStart[x];
  const next = neighbourStart.slice(0, n);
  const neighbours = new Int32Array(2 * pairCount);
  const neighbourPair = new Uint32Array(2 * pairCount);
  for (let p = 0; p < pairCount; p++) {
    const a = pairA[p];
    const b = pairB[p];
    neighbours[next[a]] = b;
    neighbourPair[next[a]++] = p;
    neighbours[next[b]] = a;
    neighbourPair[next[b]++] = p;
  }
  return { neighbourStart, neighbours, neighbourPair };
}

/** The pair joining actors x and y (either order), or -1: a binary search of x's neighbours. */
export function pairOf(graph: SignedGraph, x: number, y: number): number {
  let lo = graph.neighbourStart[x];
  let hi = graph.neighbourStart[x + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (graph.neighbours[mid] < y) lo = mid + 1;
    else hi = mid;
  }
  return lo < graph.neighbourStart[x + 1] && graph.neighbours[lo] === y ? graph.neighbourPair[lo] : -1;
}
