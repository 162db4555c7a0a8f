/**
 * Positions for every actor of a data set, as the explorer lays out data that comes without
 * them: ForceAtlas2 (layout.ts) on a copy of the graph whose actors are keyed n0, n1, ... The
 * layout libraries index nodes by key in plain objects, where an actor named "__proto__" or
 * "constructor" would give its neighbours NaN positions; the order, and so the result, is the
 * same as laying out the graph itself.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { isDrawablePosition } from "../import/kit/positions";
import { buildGraph } from "../model/graph";
import { seededRandom } from "../model/random";
import type { DataSet } from "../model/types";
import { actorPairs, firstLayout, wantsFirstLayout } from "./first-layout";
import { computeLayout, forceAtlas2Settings, LAYOUT_SEED, type LayoutProgress } from "./layout";

/** Positions by actor id, as [x, y]; a null-prototype record, so any id is a plain key. */
export type ActorPositions = Readonly<Record<string, readonly [number, number]>>;

/**
 * `keep`: positions some actors already have (those of a data set on screen that files were
 * added to). They stay exactly where they are, and only the other actors are laid out around
 * them, so adding to a data set does not scramble the picture the user knows.
 */
export function layoutDataSet(dataSet: DataSet, onProgress?: LayoutProgress, keep?: ActorPositions): ActorPositions {
  const key = new Map(dataSet.actors.map((a, i) => [a.id, `n${i}`]));
  const graph = buildGraph({
    ...dataSet,
    actors: dataSet.actors.map((a) => ({ ...a, id: key.get(a.id)! })),
    relations: dataSet.relations.map((r) => ({ ...r, source: key.get(r.source)!, target: key.get(r.target)! })),
  });
  const kept = keep ? dataSet.actors.filter((a) => Object.hasOwn(keep, a.id) && isDrawablePosition(keep[a.id][0], keep[a.id][1])) : [];
  if (kept.length) layoutAround(graph, new Map(kept.map((a) => [key.get(a.id)!, keep![a.id]])), onProgress);
  else computeLayout(graph, LAYOUT_SEED, onProgress);
  const positions: Record<string, readonly [number, number]> = Object.create(null);
  // Kept actors are pinned, but ForceAtlas2 holds positions as 32-bit floats: give back their own.
  const pinned = new Set(kept.map((a) => a.id));
  for (const a of dataSet.actors) {
    const { x = 0, y = 0 } = graph.getNodeAttributes(key.get(a.id)!);
    positions[a.id] = pinned.has(a.id) ? keep![a.id] : [x, y];
  }
  return positions;
}

/** An import's positions, and whether they are a first layout for the explorer to refine once shown. */
export interface ImportLayout {
  readonly positions: ActorPositions;
  readonly refine: boolean;
}

/**
 * Positions for an import without them: a large data set gets a first layout within seconds
 * (first-layout.ts), which the explorer refines once it is open; a small one, or one added to
 * the data set on screen, is laid out in full as layoutDataSet does.
 */
export function layoutImport(dataSet: DataSet, onProgress?: LayoutProgress, keep?: ActorPositions): ImportLayout {
  const at = new Map(dataSet.actors.map((a, i) => [a.id, i]));
  const graph = actorPairs(
    dataSet.actors.length,
    dataSet.relations.map((r) => at.get(r.source)!),
    dataSet.relations.map((r) => at.get(r.target)!),
  );
  const kept = keep && dataSet.actors.some((a) => Object.hasOwn(keep, a.id) && isDrawablePosition(keep[a.id][0], keep[a.id][1]));
  if (kept || !wantsFirstLayout(graph.order, graph.pairs.length / 3)) return { positions: layoutDataSet(dataSet, onProgress, keep), refine: false };
  const placed = firstLayout(graph, LAYOUT_SEED, onProgress);
  const positions: Record<string, readonly [number, number]> = Object.create(null);
  dataSet.actors.forEach((a, i) => (positions[a.id] = [placed.x[i], placed.y[i]]));
  return { positions, refine: true };
}

/** Iterations for the actors laid out around kept ones: they start near their neighbours, so fewer than a full layout. */
const AROUND_ITERATIONS = 300;

/**
 * ForceAtlas2 with the kept actors pinned (its `fixed` attribute): each new actor starts near the
 * middle of its kept neighbours (or, with none, on a disc around the kept ones), with a seeded
 * jitter so two never start on one spot.
 */
function layoutAround(graph: Graph, kept: ReadonlyMap<string, readonly [number, number]>, onProgress?: LayoutProgress): void {
  const random = seededRandom(LAYOUT_SEED);
  const all = [...kept.values()];
  const centre = [all.reduce((s, p) => s + p[0], 0) / all.length, all.reduce((s, p) => s + p[1], 0) / all.length];
  const spread = Math.max(1, ...all.map((p) => Math.hypot(p[0] - centre[0], p[1] - centre[1])));
  graph.forEachNode((node) => {
    const at = kept.get(node);
    if (at) return graph.mergeNodeAttributes(node, { x: at[0], y: at[1], fixed: true });
    const near = graph.neighbors(node).flatMap((n) => {
      const p = kept.get(n);
      return p ? [p] : [];
    });
    const angle = random() * 2 * Math.PI;
    if (near.length) {
      const [x, y] = [near.reduce((s, p) => s + p[0], 0) / near.length, near.reduce((s, p) => s + p[1], 0) / near.length];
      const r = spread * 0.1 * (0.5 + random());
      graph.mergeNodeAttributes(node, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    } else {
      const r = spread * (1 + 0.3 * random());
      graph.mergeNodeAttributes(node, { x: centre[0] + r * Math.cos(angle), y: centre[1] + r * Math.sin(angle) });
    }
  });
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 4 + 2 * Math.sqrt(graph.degree(node))));
  forceAtlas2.assign(graph, { iterations: AROUND_ITERATIONS, settings: forceAtlas2Settings(graph) });
  onProgress?.(AROUND_ITERATIONS, AROUND_ITERATIONS);
}

/**
 * Whether stored positions (a data set's layout.json, an import's, the library's) can be shown
 * as they are: one for every actor (own keys only, so an actor named "constructor" does not find
 * Object's), each finite and within MAX_POSITION. Otherwise the data set is laid out.
 */
export function storedPositionsUsable(dataSet: DataSet, stored: ActorPositions | undefined): stored is ActorPositions {
  return !!stored && dataSet.actors.every((a) => Object.hasOwn(stored, a.id) && Array.isArray(stored[a.id]) && isDrawablePosition(stored[a.id][0], stored[a.id][1]));
}
