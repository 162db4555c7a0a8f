/**
 * Actor positions: ForceAtlas2 over every relation of the whole time span, from a seeded start,
 * then overlaps removed, so actors stay put while time moves and everyone gets the same picture.
 * Pure (no sigma, no DOM): the command line stores the result with the data, and the explorer
 * computes it for data sets that come without one.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
// @ts-expect-error untyped: the library's own iteration step and helpers, typed by ForceAtlas2Steps below
import fa2Iterate from "graphology-layout-forceatlas2/iterate.js";
// @ts-expect-error untyped, as above
import fa2Helpers from "graphology-layout-forceatlas2/helpers.js";
// @ts-expect-error untyped, as above
import fa2Defaults from "graphology-layout-forceatlas2/defaults.js";
import { seededRandom } from "../model/random";
import { OVERLAP_OPTIONS, PER_NODE, removeOverlapsIn } from "./overlap-removal";

export type Positions = Record<string, { x: number; y: number }>;

/** Called now and then while ForceAtlas2 runs: iterations done of the total. */
export type LayoutProgress = (done: number, total: number) => void;

export const LAYOUT_SEED = 20260331;
/** The full layout's iterations: enough to settle a few thousand actors. */
export const ITERATIONS = 600;

/** Seeded positions on a disc, the start ForceAtlas2 refines. */
export function seedPositions(graph: Graph, seed = LAYOUT_SEED): void {
  const random = seededRandom(seed);
  graph.forEachNode((node) => {
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * 100;
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

export function forceAtlas2Settings(graph: Graph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, gravity: 1, scalingRatio: 10, strongGravityMode: true };
}

/** Nudges apart nodes that sit on each other, so labels stay readable: noverlap (overlap-removal.ts). */
export function removeOverlaps(graph: Graph): void {
  const nodes = overlapMatrix(graph);
  removeOverlapsIn(nodes, OVERLAP_OPTIONS);
  assignOverlapMatrix(graph, nodes);
}

/** Each node's x, y and size (1 when it has none), in the graph's node order, as noverlap reads them. */
export function overlapMatrix(graph: Graph): Float32Array {
  const nodes = new Float32Array(graph.order * PER_NODE);
  let i = 0;
  graph.forEachNode((_, a) => {
    nodes[i] = a.x as number;
    nodes[i + 1] = a.y as number;
    nodes[i + 2] = (a.size as number) || 1;
    i += PER_NODE;
  });
  return nodes;
}

/** Writes an overlapMatrix's moved x and y back into the graph it was read from. */
export function assignOverlapMatrix(graph: Graph, nodes: Float32Array): void {
  let i = 0;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: nodes[i], y: nodes[i + 1] });
    i += PER_NODE;
  });
}

/**
 * The full layout, synchronously: for the command line, for small graphs, and in the import
 * worker, which passes `onProgress` to show how far it has got.
 */
export function computeLayout(graph: Graph, seed = LAYOUT_SEED, onProgress?: LayoutProgress): Positions {
  seedPositions(graph, seed);
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 4 + 2 * Math.sqrt(graph.degree(node))));
  if (onProgress && graph.order > 0) runForceAtlas2InSteps(graph, forceAtlas2Settings(graph), onProgress);
  else forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: forceAtlas2Settings(graph) });
  removeOverlaps(graph);
  return readPositions(graph);
}

/** The library's iteration over flat matrices, and the helpers that make and read them. */
export interface ForceAtlas2Steps {
  iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
  helpers: {
    graphToByteArrays(graph: Graph, weight: (edge: string, attributes: Record<string, unknown>) => number): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  defaults: object;
}
export const steps: ForceAtlas2Steps = { iterate: fa2Iterate, helpers: fa2Helpers, defaults: fa2Defaults };

/** Every this many iterations, progress is reported: a few milliseconds of work on a large graph. */
const STEP = 10;

/**
 * What forceAtlas2.assign does (the same matrices, the same iteration, the same weights:
 * a numeric "weight" attribute, else 1), with a pause to report progress every STEP iterations.
 * Calling assign in chunks instead would reset each node's speed and convergence every chunk
 * and so give another layout.
 */
function runForceAtlas2InSteps(graph: Graph, settings: object, onProgress: LayoutProgress): void {
  const all = { ...steps.defaults, ...settings };
  const weight = (_: string, a: Record<string, unknown>) => (typeof a.weight === "number" && !Number.isNaN(a.weight) ? a.weight : 1);
  const matrices = steps.helpers.graphToByteArrays(graph, weight);
  for (let i = 1; i <= ITERATIONS; i++) {
    steps.iterate(all, matrices.nodes, matrices.edges);
    if (i % STEP === 0 || i === ITERATIONS) onProgress(i, ITERATIONS);
  }
  steps.helpers.assignLayoutChanges(graph, matrices.nodes, null);
}

export function readPositions(graph: Graph): Positions {
  // No prototype: a node keyed "__proto__" is a position like any other.
  const positions: Positions = Object.create(null);
  graph.forEachNode((node, a) => (positions[node] = { x: round(a.x as number), y: round(a.y as number) }));
  return positions;
}

const round = (v: number) => Math.round(v * 100) / 100;
