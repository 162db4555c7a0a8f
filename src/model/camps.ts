/**
 * Camps: the actors of a signed network (signed-pairs.ts) split so that the fewest pairs go
 * against the split. This is frustration minimisation by the relocation method of Doreian, P. &
 * Mrvar, A. (1996), "A partitioning approach to structural balance", Social Networks 18(2),
 * 149–168: the criterion P = α·(hostile pairs within camps) + (1 − α)·(cooperative pairs between
 * camps), α = 0.5 here so both errors weigh the same, is lowered from random starts by moving one
 * actor to another camp or exchanging two actors of different camps until neither helps; the
 * best of several starts is kept. Of the splits into at most `maxCamps` camps, the fewest camps
 * that reach the lowest P are reported.
 *
 * Each connected component of the + and − pairs is split on its own, into at most `maxCamps`
 * camps, and no camp spans two components: with no signed path between them, nothing says two
 * groups side together (al-Qaeda is not in Pakistan's camp for want of a tie), though joining
 * them would cost nothing. So a network of many separate groups has many camps; camp 0 is the
 * largest, and a view can show the largest few.
 *
 * Each pair counts once, however many relations it has. Mixed pairs (both hostile and
 * cooperative relations) are ignored: neither for nor against any split. Actors with no + or −
 * pair are unaligned (-1).
 *
 * Without a previous split, camp 0 is the largest (ties: the one holding the lowest ordinal).
 * A series passes the previous date's camps as `previous`: they are the first start, so a
 * split that still fits is kept (another start replaces it only when strictly better), and
 * `matchCamps` gives each camp the label of the previous camp it overlaps most.
 */
import { seededRandom } from "./random";
import { balancedSplit, componentEdges, localSearch, type SignedEdges } from "./camp-search";
import type { SignedGraph } from "./signed-pairs";

export interface CampsOptions {
  /** At most this many camps; 4 when left out. */
  readonly maxCamps?: number;
  /** Random starts for each number of camps; 8 when left out, 2 with a `previous` split. */
  readonly restarts?: number;
  readonly seed?: number;
  /** Camps by actor ordinal from an earlier date (-1 unaligned): the first start. */
  readonly previous?: ArrayLike<number>;
}

export interface Camps {
  /** Per actor ordinal: its camp's label, or -1 when unaligned. */
  readonly campOf: Int32Array;
  /** The labels in use, ascending, and the number of actors in each. */
  readonly labels: readonly number[];
  readonly sizes: readonly number[];
  /** Hostile pairs within camps plus cooperative pairs between them. */
  readonly frustration: number;
  readonly negativeWithin: number;
  readonly positiveBetween: number;
  /** Doreian and Mrvar's P = α·negativeWithin + (1 − α)·positiveBetween, α = 0.5. */
  readonly criterion: number;
  /** Mixed pairs, left out of the criterion. */
  readonly mixedPairs: number;
}

export const DEFAULT_MAX_CAMPS = 4;
export const ALPHA = 0.5;

export function camps(graph: SignedGraph, options: CampsOptions = {}): Camps {
  const maxCamps = Math.max(1, options.maxCamps ?? DEFAULT_MAX_CAMPS);
  const restarts = options.restarts ?? (options.previous ? 2 : 8);
  const random = seededRandom(options.seed ?? 1);
  const campOf = new Int32Array(graph.actorCount).fill(-1);
  let labelsUsed = 0;
  for (const part of componentEdges(graph)) {
    const camp = splitComponent(part, maxCamps, restarts, random, options.previous);
    // This component's camps, numbered after the previous components'.
    const renumber = new Map<number, number>();
    for (let i = 0; i < camp.length; i++) {
      let label = renumber.get(camp[i]);
      if (label === undefined) renumber.set(camp[i], (label = labelsUsed++));
      campOf[part.actors[i]] = label;
    }
  }
  return campsOf(graph, bySize(campOf));
}

/** The best split of one connected component found from the starts (see the module comment). */
function splitComponent(part: SignedEdges, maxCamps: number, restarts: number, random: () => number, previous?: ArrayLike<number>): Int32Array {
  const v = part.actors.length;
  if (maxCamps === 1) return new Int32Array(v);
  // A balanced component has one split with nothing against it (one camp when all are friends): nothing to search.
  const balanced = balancedSplit(part);
  if (balanced) return balanced;
  let best: { camp: Int32Array; criterion: number } = { camp: new Int32Array(v), criterion: Infinity };
  const ranks = previous ? previousRanks(part, previous) : null;
  for (let k = 1; k <= maxCamps; k++) {
    const starts: Int32Array[] = [];
    if (k === 1) starts.push(new Int32Array(v));
    else {
      if (ranks) starts.push(ranks.map((r) => (r < k ? r : -1)));
      // Random splits, as Doreian and Mrvar start, alternating with actors placed one by one in a random order where they fit best.
      for (let r = 0; r < restarts; r++) starts.push(r % 2 ? new Int32Array(v).fill(-1) : Int32Array.from({ length: v }, () => Math.floor(random() * k)));
    }
    for (const start of starts) {
      const criterion = localSearch(part, start, k, ALPHA, random);
      // Only a lower P replaces the best: fewer camps were tried first, and an equal split found later never replaces the warm start.
      if (criterion < best.criterion - 1e-9) best = { camp: start, criterion };
    }
    if (best.criterion === 0) break;
  }
  return best.camp;
}

/**
 * The previous split as ranks: per actor of the component, the rank by size (among the
 * component's actors) of the camp it was in, or -1. Started with `k` camps, the k largest keep
 * their places; the rest (new actors, and those of smaller camps) start unplaced (-1) and are
 * placed by the search where they fit best.
 */
function previousRanks(edges: SignedEdges, previous: ArrayLike<number>): Int32Array {
  const labelOf = (x: number) => (x < previous.length ? previous[x] : -1);
  const size = new Map<number, number>();
  for (const x of edges.actors) if (labelOf(x) >= 0) size.set(labelOf(x), (size.get(labelOf(x)) ?? 0) + 1);
  const rank = new Map([...size].sort((p, q) => q[1] - p[1] || p[0] - q[0]).map(([label], i) => [label, i]));
  return Int32Array.from(edges.actors, (x) => rank.get(labelOf(x)) ?? -1);
}

/** Labels by size: camp 0 the largest, ties to the camp holding the lower ordinal. */
function bySize(campOf: Int32Array): Int32Array {
  const size = new Map<number, { size: number; first: number }>();
  campOf.forEach((c, x) => {
    if (c < 0) return;
    const s = size.get(c);
    if (s) s.size++;
    else size.set(c, { size: 1, first: x });
  });
  const label = new Map([...size].sort((p, q) => q[1].size - p[1].size || p[1].first - q[1].first).map(([c], i) => [c, i]));
  return campOf.map((c) => (c < 0 ? -1 : label.get(c)!));
}

/** The counts of a split by labels: which pairs go against it, and each camp's size. */
export function campsOf(graph: SignedGraph, campOf: Int32Array): Camps {
  const { pairA, pairB, pairSign } = graph;
  let negativeWithin = 0;
  let positiveBetween = 0;
  let mixedPairs = 0;
  for (let p = 0; p < graph.pairCount; p++) {
    const same = campOf[pairA[p]] === campOf[pairB[p]];
    if (pairSign[p] === 0) mixedPairs++;
    else if (pairSign[p] < 0 && same) negativeWithin++;
    else if (pairSign[p] > 0 && !same) positiveBetween++;
  }
  const size = new Map<number, number>();
  for (const c of campOf) if (c >= 0) size.set(c, (size.get(c) ?? 0) + 1);
  const labels = [...size.keys()].sort((p, q) => p - q);
  return {
    campOf,
    labels,
    sizes: labels.map((c) => size.get(c)!),
    frustration: negativeWithin + positiveBetween,
    negativeWithin,
    positiveBetween,
    criterion: ALPHA * negativeWithin + (1 - ALPHA) * positiveBetween,
    mixedPairs,
  };
}

/**
 * `next` relabelled so each camp takes the label of the camp of `previous` it shares most actors
 * with (greedily, the largest overlap first; ties to the lower labels), so camp 0 stays "the same
 * camp" over time. Camps that match none take new labels from `firstNew` (by default one past
 * the highest label of `previous`), in order of their current labels.
 */
export function matchCamps(previous: Camps, next: Camps, firstNew = Math.max(-1, ...previous.labels) + 1): Camps {
  const overlap = new Map<number, { p: number; q: number; count: number }>();
  const width = Math.max(-1, ...next.labels) + 1;
  next.campOf.forEach((q, x) => {
    const p = previous.campOf[x] ?? -1;
    if (q < 0 || p < 0) return;
    const key = p * width + q;
    const o = overlap.get(key);
    if (o) o.count++;
    else overlap.set(key, { p, q, count: 1 });
  });
  const labelOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const { p, q } of [...overlap.values()].sort((a, b) => b.count - a.count || a.p - b.p || a.q - b.q)) {
    if (labelOf.has(q) || taken.has(p)) continue;
    labelOf.set(q, p);
    taken.add(p);
  }
  let fresh = firstNew;
  for (const q of next.labels) if (!labelOf.has(q)) labelOf.set(q, fresh++);
  const campOf = next.campOf.map((q) => (q < 0 ? -1 : labelOf.get(q)!));
  const sizeOf = new Map(next.labels.map((q, i) => [labelOf.get(q)!, next.sizes[i]]));
  const labels = [...sizeOf.keys()].sort((a, b) => a - b);
  return { ...next, campOf, labels, sizes: labels.map((c) => sizeOf.get(c)!) };
}
