/**
 * The local search behind camps.ts: Doreian and Mrvar's relocation, lowering
 * P = α·(hostile pairs within camps) + (1 − α)·(cooperative pairs between camps) by moving one
 * actor to the camp where it fits best, and, when no move helps, by exchanging two actors of
 * different camps, until neither helps.
 *
 * Each actor keeps a tally of its + and − neighbours in each camp, so a move's gain is read in
 * O(camps) and paid in O(degree). Exchanges are tried only across hostile pairs: when no single
 * move helps, each actor's move costs something on its own, and exchanging two actors changes P
 * by the sum of their moves' costs, less 2α when they are enemies (their pair stays between
 * camps, where each move had counted it within) and plus 2(1 − α) when they are friends; so
 * only an exchange of enemies can help.
 */

import type { SignedGraph } from "./signed-pairs";

/** Signed pairs among the actors being split, as compressed rows in local numbers. */
export interface SignedEdges {
  /** Actor ordinals by local number. */
  readonly actors: readonly number[];
  /** Neighbours of local actor i: `other[start[i] .. start[i + 1]]`, each with its pair's `sign` (+1 or −1). */
  readonly start: Uint32Array;
  readonly other: Int32Array;
  readonly sign: Int8Array;
}

const EPSILON = 1e-9;

/**
 * Improves `camp` (by local number, values 0..k-1, or -1 for an actor still to place) in place
 * until no move or exchange lowers P; returns P.
 */
export function localSearch(edges: SignedEdges, camp: Int32Array, k: number, alpha: number, random: () => number): number {
  const { start, other, sign } = edges;
  const v = edges.actors.length;
  // pos[i*k + c], neg[i*k + c]: i's friends and enemies in camp c.
  const pos = new Int32Array(v * k);
  const neg = new Int32Array(v * k);
  const friends = new Int32Array(v);
  for (let i = 0; i < v; i++)
    for (let e = start[i]; e < start[i + 1]; e++) {
      if (sign[e] > 0) friends[i]++;
      const c = camp[other[e]];
      if (c >= 0) (sign[e] > 0 ? pos : neg)[i * k + c]++;
    }
  // What i in camp c costs: its enemies there and its friends elsewhere.
  const cost = (i: number, c: number) => alpha * neg[i * k + c] + (1 - alpha) * (friends[i] - pos[i * k + c]);
  const bestCamp = (i: number) => {
    let best = camp[i] >= 0 ? camp[i] : 0;
    let lowest = cost(i, best);
    for (let c = 0; c < k; c++) {
      const here = cost(i, c);
      if (here < lowest - EPSILON) ((best = c), (lowest = here));
    }
    return best;
  };
  const move = (i: number, to: number) => {
    const from = camp[i];
    camp[i] = to;
    for (let e = start[i]; e < start[i + 1]; e++) {
      const tally = sign[e] > 0 ? pos : neg;
      const row = other[e] * k;
      if (from >= 0) tally[row + from]--;
      tally[row + to]++;
    }
  };

  const order = Uint32Array.from({ length: v }, (_, i) => i);
  for (let i = v - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swapped = order[i];
    order[i] = order[j];
    order[j] = swapped;
  }
  for (const i of order) if (camp[i] < 0) move(i, bestCamp(i));
  for (;;) {
    let improved = false;
    for (const i of order) {
      const to = bestCamp(i);
      if (to !== camp[i]) ((improved = true), move(i, to));
    }
    if (improved) continue;
    for (const i of order)
      for (let e = start[i]; e < start[i + 1]; e++) {
        if (sign[e] > 0) continue;
        const j = other[e];
        const ci = camp[i];
        const cj = camp[j];
        if (ci === cj) continue;
        const change = cost(i, cj) - cost(i, ci) + cost(j, ci) - cost(j, cj) - 2 * alpha;
        if (change < -EPSILON) ((improved = true), move(i, cj), move(j, ci));
      }
    if (!improved) break;
  }
  let criterion = 0;
  for (let i = 0; i < v; i++)
    for (let e = start[i]; e < start[i + 1]; e++) {
      const j = other[e];
      if (j < i) continue;
      if (sign[e] < 0 && camp[i] === camp[j]) criterion += alpha;
      else if (sign[e] > 0 && camp[i] !== camp[j]) criterion += 1 - alpha;
    }
  return criterion;
}

/**
 * The + and − pairs of a signed network, one `SignedEdges` per connected component (mixed pairs
 * ignored), each with its actors in ascending ordinal order; components in order of their
 * lowest ordinal. Actors with no + or − pair are in none.
 */
export function componentEdges(graph: SignedGraph): SignedEdges[] {
  const { actorCount: n, neighbourStart, neighbours, neighbourPair, pairSign } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let x = 0; x < n; x++) {
    if (componentOf[x] >= 0) continue;
    let signed = false;
    for (let j = neighbourStart[x]; j < neighbourStart[x + 1] && !signed; j++) signed = pairSign[neighbourPair[j]] !== 0;
    if (!signed) continue;
    const c = sizes.push(0) - 1;
    componentOf[x] = c;
    stack.push(x);
    while (stack.length) {
      const y = stack.pop()!;
      sizes[c]++;
      for (let j = neighbourStart[y]; j < neighbourStart[y + 1]; j++) {
        const z = neighbours[j];
        if (pairSign[neighbourPair[j]] !== 0 && componentOf[z] < 0) ((componentOf[z] = c), stack.push(z));
      }
    }
  }
  // Local numbers: each actor's place among its component's, in ascending ordinal order.
  const local = new Int32Array(n);
  const parts = sizes.map(() => ({ actors: [] as number[], degree: [] as number[] }));
  for (let x = 0; x < n; x++) {
    const c = componentOf[x];
    if (c < 0) continue;
    local[x] = parts[c].actors.push(x) - 1;
    let d = 0;
    for (let j = neighbourStart[x]; j < neighbourStart[x + 1]; j++) if (pairSign[neighbourPair[j]] !== 0) d++;
    parts[c].degree.push(d);
  }
  return parts.map(({ actors, degree }) => {
    const start = new Uint32Array(actors.length + 1);
    for (let i = 0; i < actors.length; i++) start[i + 1] = start[i] + degree[i];
    const other = new Int32Array(start[actors.length]);
    const sign = new Int8Array(start[actors.length]);
    for (let i = 0, k = 0; i < actors.length; i++)
      for (let j = neighbourStart[actors[i]]; j < neighbourStart[actors[i] + 1]; j++) {
        const s = pairSign[neighbourPair[j]];
        if (s !== 0) ((other[k] = local[neighbours[j]]), (sign[k++] = s));
      }
    return { actors, start, other, sign };
  });
}
