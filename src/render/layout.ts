/**
 * Actor positions: ForceAtlas2 over every relation of the whole time span, from a seeded start,
 * then overlaps removed, so actors stay put while time moves and everyone gets the same picture.
 * Pure (no sigma, no DOM): the command line stores the result with the data, and the explorer
 * computes it for data sets that come without one.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { seededRandom } from "../model/random";

export type Positions = Record<string, { x: number; y: number }>;

export const LAYOUT_SEED = 20260331;
const ITERATIONS = 600;

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

/** Nudges apart nodes that sit on each other, so labels stay readable. */
export function removeOverlaps(graph: Graph): void {
  noverlap.assign(graph, { maxIterations: 100, settings: { margin: 4, ratio: 1.3 } });
}

/** The full layout, synchronously: for the command line and for small graphs. */
export function computeLayout(graph: Graph, seed = LAYOUT_SEED): Positions {
  seedPositions(graph, seed);
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 4 + 2 * Math.sqrt(graph.degree(node))));
  forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: forceAtlas2Settings(graph) });
  removeOverlaps(graph);
  return readPositions(graph);
}

export function readPositions(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, a) => (positions[node] = { x: round(a.x as number), y: round(a.y as number) }));
  return positions;
}

const round = (v: number) => Math.round(v * 100) / 100;
