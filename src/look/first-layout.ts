/**
 * A first layout of a large graph, readable within seconds, for the explorer to show while the
 * full layout refines it in the background. Three steps, each cheap:
 * - the relations become actor pairs, parallel relations one edge weighing as many (ForceAtlas2's
 *   attraction and masses are the same for both, so this is the graph the full layout sees);
 * - the hubs (the actors with the most relations) are laid out among themselves, each weighing
 *   what it weighs in the whole graph so it keeps room for its satellites, and every other actor
 *   starts at the weighted middle of its neighbours already placed, hubs first;
 * - ForceAtlas2 (Barnes–Hut) runs on the whole graph for as many iterations as fit in a fixed
 *   amount of work, fewer the larger the graph.
 * Pure and seeded: the same graph gives the same positions.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import { seededRandom } from "../model/random";
import { ITERATIONS, LAYOUT_SEED, steps, type LayoutProgress } from "./layout";

/** Actors and pairs times iterations the first layout may spend: two or three seconds in a browser. */
const WORK_BUDGET = 4_000_000;
/** Fewest iterations of the whole graph, however large: fewer leave the placement's seams showing. */
const MIN_ITERATIONS = 20;
/** The actors laid out first, among themselves. */
const HUBS = 400;
const HUB_ITERATIONS = 150;
/** Progress is reported every this many iterations of the whole graph. */
const STEP = 2;
/** The library's matrices: values per node and per edge, and the offsets used here. */
const PPN = 10;
const PPE = 3;
const [X, Y, MASS, CONVERGENCE, SIZE] = [0, 1, 6, 7, 8];

/** The relations as actor pairs: each pair once, weighing its relations; self-relations left out. */
export interface ActorPairs {
  readonly order: number;
  /** Flat [a, b, weight] per pair, a < b, in the order each pair first occurs. */
  readonly pairs: Float64Array;
  /** Each actor's relations (self-relations included), as the explorer sizes it. */
  readonly degree: Uint32Array;
}

export function actorPairs(order: number, sources: ArrayLike<number>, targets: ArrayLike<number>): ActorPairs {
  const degree = new Uint32Array(order);
  const at = new Map<number, number>();
  const flat: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    const [s, t] = [sources[i], targets[i]];
    degree[s]++;
    degree[t]++;
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = a * order + b;
    const j = at.get(key);
    if (j === undefined) {
      at.set(key, flat.length);
      flat.push(a, b, 1);
    } else flat[j + 2]++;
  }
  return { order, pairs: Float64Array.from(flat), degree };
}

/** Iterations of the whole graph: the full layout's when it is small, fewer as it grows. */
export function firstIterations(order: number, pairCount: number): number {
  return Math.max(MIN_ITERATIONS, Math.min(ITERATIONS, Math.floor(WORK_BUDGET / Math.max(1, order + pairCount))));
}

/**
 * Actors and pairs above which a graph gets a first layout and a refinement rather than the full
 * layout at once: the full layout of 1,000 actors and 10,000 relations takes about two seconds.
 */
const LARGE = 20_000;

export const wantsFirstLayout = (order: number, pairCount: number): boolean => order + pairCount > LARGE;

export interface PlacedActors {
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** The explorer's size for each actor: 4 + 2√(relations), as the full layout gives it. */
  readonly size: Float32Array;
  readonly iterations: number;
}

/** Positions for actors 0 … order − 1 of `graph`; `onProgress` hears the iterations of the whole graph. */
export function firstLayout(graph: ActorPairs, seed = LAYOUT_SEED, onProgress?: LayoutProgress): PlacedActors {
  const { order, pairs, degree } = graph;
  const pairCount = pairs.length / 3;
  const random = seededRandom(seed);
  const weighted = new Float64Array(order);
  for (let p = 0; p < pairs.length; p += 3) {
    weighted[pairs[p]] += pairs[p + 2];
    weighted[pairs[p + 1]] += pairs[p + 2];
  }
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    nodes[i * PPN + MASS] = 1 + weighted[i];
    nodes[i * PPN + CONVERGENCE] = 1;
    nodes[i * PPN + SIZE] = 4 + 2 * Math.sqrt(degree[i]);
  }
  placeHubsFirst(graph, weighted, nodes, random);

  const edges = new Float32Array(pairCount * PPE);
  for (let p = 0; p < pairCount; p++) {
    edges[p * PPE] = pairs[p * 3] * PPN;
    edges[p * PPE + 1] = pairs[p * 3 + 1] * PPN;
    edges[p * PPE + 2] = pairs[p * 3 + 2];
  }
  const iterations = firstIterations(order, pairCount);
  const settings = { ...steps.defaults, ...settingsFor(order) };
  for (let i = 1; i <= iterations; i++) {
    steps.iterate(settings, nodes, edges);
    if (i % STEP === 0 || i === iterations) onProgress?.(i, iterations);
  }
  const [x, y, size] = [new Float32Array(order), new Float32Array(order), new Float32Array(order)];
  for (let i = 0; i < order; i++) [x[i], y[i], size[i]] = [nodes[i * PPN + X], nodes[i * PPN + Y], nodes[i * PPN + SIZE]];
  return { x, y, size, iterations };
}

/** The full layout's settings (layout.ts forceAtlas2Settings) for a graph of this many actors. */
const settingsFor = (order: number) => ({ ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500, gravity: 1, scalingRatio: 10, strongGravityMode: true });

/**
 * Lays out the hubs among themselves on a seeded disc, spreads them as far as the whole graph
 * will need, then places every other actor, most related first, at the weighted middle of its
 * placed neighbours with a small seeded offset (or, with none placed yet, somewhere on the disc).
 */
function placeHubsFirst(graph: ActorPairs, weighted: Float64Array, nodes: Float32Array, random: () => number): void {
  const { order, pairs } = graph;
  const byWeight = Array.from({ length: order }, (_, i) => i).sort((a, b) => weighted[b] - weighted[a] || a - b);
  const hubCount = Math.min(order, HUBS);
  const hubOf = new Int32Array(order).fill(-1);
  for (let h = 0; h < hubCount; h++) hubOf[byWeight[h]] = h;

  const hubNodes = new Float32Array(hubCount * PPN);
  for (let h = 0; h < hubCount; h++) {
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * 100;
    hubNodes.set([radius * Math.cos(angle), radius * Math.sin(angle)], h * PPN);
    hubNodes[h * PPN + MASS] = nodes[byWeight[h] * PPN + MASS];
    hubNodes[h * PPN + CONVERGENCE] = 1;
  }
  const hubEdges: number[] = [];
  for (let p = 0; p < pairs.length; p += 3) {
    const [a, b] = [hubOf[pairs[p]], hubOf[pairs[p + 1]]];
    if (a >= 0 && b >= 0) hubEdges.push(a * PPN, b * PPN, pairs[p + 2]);
  }
  const hubSettings = { ...steps.defaults, ...settingsFor(hubCount) };
  const hubMatrix = Float32Array.from(hubEdges);
  for (let i = 0; i < HUB_ITERATIONS; i++) steps.iterate(hubSettings, hubNodes, hubMatrix);

  // The hubs' spread grows to what the whole graph's masses will push it to: as √(actors) per hub.
  const grow = Math.sqrt(order / hubCount);
  let reach = 1;
  for (let h = 0; h < hubCount; h++) {
    const [x, y] = [hubNodes[h * PPN + X] * grow, hubNodes[h * PPN + Y] * grow];
    nodes[byWeight[h] * PPN + X] = x;
    nodes[byWeight[h] * PPN + Y] = y;
    reach = Math.max(reach, Math.hypot(x, y));
  }

  const neighbours = adjacency(graph);
  const placed = new Uint8Array(order);
  for (let h = 0; h < hubCount; h++) placed[byWeight[h]] = 1;
  // A satellite sits a short way from its neighbours' middle: a fraction of the spacing between hubs.
  const offset = reach / Math.sqrt(hubCount);
  for (let r = hubCount; r < order; r++) {
    const i = byWeight[r];
    let [sx, sy, sw] = [0, 0, 0];
    for (let k = neighbours.start[i]; k < neighbours.start[i + 1]; k++) {
      const j = neighbours.other[k];
      if (!placed[j]) continue;
      const w = neighbours.weight[k];
      sx += nodes[j * PPN + X] * w;
      sy += nodes[j * PPN + Y] * w;
      sw += w;
    }
    const angle = random() * 2 * Math.PI;
    const radius = sw > 0 ? offset * (0.5 + random()) : reach * Math.sqrt(random());
    nodes[i * PPN + X] = (sw > 0 ? sx / sw : 0) + radius * Math.cos(angle);
    nodes[i * PPN + Y] = (sw > 0 ? sy / sw : 0) + radius * Math.sin(angle);
    placed[i] = 1;
  }
}

/** Each actor's pair neighbours and the pairs' weights, in compressed rows. */
function adjacency({ order, pairs }: ActorPairs): { start: Int32Array; other: Int32Array; weight: Float64Array } {
  const start = new Int32Array(order + 1);
  for (let p = 0; p < pairs.length; p += 3) {
    start[pairs[p] + 1]++;
    start[pairs[p + 1] + 1]++;
  }
  for (let i = 0; i < order; i++) start[i + 1] += start[i];
  const fill = start.slice(0, order);
  const other = new Int32Array(start[order]);
  const weight = new Float64Array(start[order]);
  for (let p = 0; p < pairs.length; p += 3) {
    const [a, b, w] = [pairs[p], pairs[p + 1], pairs[p + 2]];
    other[fill[a]] = b;
    weight[fill[a]++] = w;
    other[fill[b]] = a;
    weight[fill[b]++] = w;
  }
  return { start, other, weight };
}
