/**
 * Positions for every actor of a data set, as the explorer lays out data that comes without
 * them: ForceAtlas2 (layout.ts) on a copy of the graph whose actors are keyed n0, n1, ... The
 * layout libraries index nodes by key in plain objects, where an actor named "__proto__" or
 * "constructor" would give its neighbours NaN positions; the order, and so the result, is the
 * same as laying out the graph itself.
 */
import { isDrawablePosition } from "../import/kit/positions";
import { buildGraph } from "../model/graph";
import type { DataSet } from "../model/types";
import { computeLayout, LAYOUT_SEED, type LayoutProgress } from "./layout";

/** Positions by actor id, as [x, y]; a null-prototype record, so any id is a plain key. */
export type ActorPositions = Readonly<Record<string, readonly [number, number]>>;

export function layoutDataSet(dataSet: DataSet, onProgress?: LayoutProgress): ActorPositions {
  const key = new Map(dataSet.actors.map((a, i) => [a.id, `n${i}`]));
  const graph = buildGraph({
    ...dataSet,
    actors: dataSet.actors.map((a) => ({ ...a, id: key.get(a.id)! })),
    relations: dataSet.relations.map((r) => ({ ...r, source: key.get(r.source)!, target: key.get(r.target)! })),
  });
  computeLayout(graph, LAYOUT_SEED, onProgress);
  const positions: Record<string, readonly [number, number]> = Object.create(null);
  for (const a of dataSet.actors) {
    const { x = 0, y = 0 } = graph.getNodeAttributes(key.get(a.id)!);
    positions[a.id] = [x, y];
  }
  return positions;
}

/**
 * Whether stored positions (a data set's layout.json, an import's, the library's) can be shown
 * as they are: one for every actor (own keys only, so an actor named "constructor" does not find
 * Object's), each finite and within MAX_POSITION. Otherwise the data set is laid out.
 */
export function storedPositionsUsable(dataSet: DataSet, stored: ActorPositions | undefined): stored is ActorPositions {
  return !!stored && dataSet.actors.every((a) => Object.hasOwn(stored, a.id) && Array.isArray(stored[a.id]) && isDrawablePosition(stored[a.id][0], stored[a.id][1]));
}
