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
  const beta = 1 - alpha;
  // pos[i*k + c], neg[i*k + c]: i's friends and enemies in camp c.
  const pos = new Int32Array(v * k);
  const neg = new Int32Array(v * k);
  for (let i = 0; i < v; i++)
    for (let e = start[i]; e < start[i + 1]; e++) {
      const c = camp[other[e]];
      if (c < 0) continue;
      if (sign[e] > 0) pos[i * k + c]++;
      else neg[i * k + c]++;
    }
  // Actors to look at again, first-in first-out: all at first, then the neighbours of each actor that moved.
  const queue = new Uint32Array(v);
  const queued = new Uint8Array(v);
  let head = 0;
  let length = 0;
  const order = new Uint32Array(v);
  for (let i = 0; i < v; i++) order[i] = i;
  for (let i = v - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swapped = order[i];
    order[i] = order[j];
    order[j] = swapped;
  }
  /** Moves i to camp `to`, updating its neighbours' tallies and queueing them. */
  const move = (i: number, to: number) => {
    const from = camp[i];
    camp[i] = to;
    for (let e = start[i]; e < start[i + 1]; e++) {
      const j = other[e];
      const row = j * k;
      if (sign[e] > 0) {
        if (from >= 0) pos[row + from]--;
        pos[row + to]++;
      } else {
        if (from >= 0) neg[row + from]--;
        neg[row + to]++;
      }
      if (queued[j] === 0) ((queued[j] = 1), (queue[(head + length++) % v] = j));
    }
  };
  /**
   * The camp where i costs least (its enemies there, its friends elsewhere: α·neg − (1 − α)·pos
   * up to a constant), staying put on a tie.
   */
  const bestCamp = (i: number) => {
    const row = i * k;
    let best = camp[i] >= 0 ? camp[i] : 0;
    let lowest = alpha * neg[row + best] - beta * pos[row + best];
    for (let c = 0; c < k; c++) {
      const here = alpha * neg[row + c] - beta * pos[row + c];
      if (here < lowest - EPSILON) ((best = c), (lowest = here));
    }
    return best;
  };

  for (let q = 0; q < v; q++) if (camp[order[q]] < 0) move(order[q], bestCamp(order[q]));
  for (let q = 0; q < v; q++) if (queued[order[q]] === 0) ((queued[order[q]] = 1), (queue[(head + length++) % v] = order[q]));
  for (;;) {
    while (length > 0) {
      const i = queue[head];
      head = head + 1 === v ? 0 : head + 1;
      length--;
      queued[i] = 0;
      const to = bestCamp(i);
      if (to !== camp[i]) move(i, to);
    }
    let exchanged = false;
    for (let q = 0; q < v; q++) {
      const i = order[q];
      for (let e = start[i]; e < start[i + 1]; e++) {
        if (sign[e] > 0) continue;
        const j = other[e];
        const ci = camp[i];
        const cj = camp[j];
        if (ci === cj) continue;
        // Each move's cost alone, less 2α: their pair stays between camps (see the module comment).
        const [ri, rj] = [i * k, j * k];
        const change = alpha * (neg[ri + cj] - neg[ri + ci] + neg[rj + ci] - neg[rj + cj]) + beta * (pos[ri + ci] - pos[ri + cj] + pos[rj + cj] - pos[rj + ci]) - 2 * alpha;
        if (change < -EPSILON) ((exchanged = true), move(i, cj), move(j, ci));
      }
    }
    if (!exchanged) break;
  }
  let criterion = 0;
  for (let i = 0; i < v; i++)
    for (let e = start[i]; e < start[i + 1]; e++) {
      const j = other[e];
      if (j < i) continue;
      if (sign[e] < 0 && camp[i] === camp[j]) criterion += alpha;
      else if (sign[e] > 0 && camp[i] !== camp[j]) criterion += beta;
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

/**
 * The split of a balanced component, or null when it has none: by Harary's theorem (Harary, F.
 * (1953), "On the notion of balance of a signed graph", Michigan Mathematical Journal 2) a
 * connected signed network splits into two camps with every + pair within and every − pair
 * between exactly when it is balanced, and the split is then unique. Found by a walk that puts
 * friends together and enemies apart, failing at the first pair that disagrees. Most small
 * components (every tree) are balanced, so this spares them the search.
 */
export function balancedSplit(edges: SignedEdges): Int32Array | null {
  const { start, other, sign } = edges;
  const v = edges.actors.length;
  const camp = new Int32Array(v).fill(-1);
  const stack = [0];
  camp[0] = 0;
  while (stack.length) {
    const i = stack.pop()!;
    for (let e = start[i]; e < start[i + 1]; e++) {
      const j = other[e];
      const expected = sign[e] > 0 ? camp[i] : 1 - camp[i];
      if (camp[j] < 0) ((camp[j] = expected), stack.push(j));
      else if (camp[j] !== expected) return null;
    }
  }
  return camp;
}
