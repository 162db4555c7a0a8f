/**
 * Everything the explorer derives once from a loaded data set: the graph with positions, the
 * relation index, the timeline's range and histogram, and the date to open on.
 */
import type { Day } from "../model/dates";
import { buildGraph, type RelationGraph } from "../model/graph";
import { RelationIndex } from "../model/relation-index";
import { histogram, type HistogramBin } from "../model/timeline";
import type { DataSet } from "../model/types";
import { layoutDataSet } from "../look/layout-data-set";

export interface StoredPositions {
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
}

export interface ExplorerData {
  readonly dataSet: DataSet;
  readonly graph: RelationGraph;
  readonly index: RelationIndex;
  /** The range the timeline offers. */
  readonly first: Day;
  readonly last: Day;
  readonly bins: readonly HistogramBin[];
  /** The date to open on: the last day of the latest dated start, the data's "now". */
  readonly openingDay: Day;
  /** The positions the data came with, to return to after a re-layout. */
  readonly storedPositions: ReadonlyMap<string, { x: number; y: number }>;
}

export function prepareExplorer(dataSet: DataSet, stored?: StoredPositions): ExplorerData {
  const graph = buildGraph(dataSet);
  // Own keys only: an actor named "constructor" must not find Object's constructor here.
  const complete = stored && dataSet.actors.every((a) => Object.hasOwn(stored.positions, a.id));
  const positions = complete ? stored.positions : layoutDataSet(dataSet);
  for (const a of dataSet.actors) graph.mergeNodeAttributes(a.id, { x: positions[a.id][0], y: positions[a.id][1] });
  const storedPositions = new Map(graph.mapNodes((node, a) => [node, { x: a.x ?? 0, y: a.y ?? 0 }] as const));
  const { first, last, openingDay } = timelineRange(dataSet);
  const bins = histogram(dataSet.relations, "month", { first, last });
  return { dataSet, graph, index: new RelationIndex(dataSet), first, last, bins, openingDay, storedPositions };
}

/**
 * From the first year-or-finer date to the last date of the data. Decade- and century-precision
 * dates ("19XX") and open starts would stretch the slider over a century of nothing.
 */
function timelineRange(dataSet: DataSet): { first: Day; last: Day; openingDay: Day } {
  let first = Infinity;
  let last = -Infinity;
  let latestStart = -Infinity;
  for (const r of dataSet.relations)
    for (const p of r.periods) {
      for (const date of [p.start, p.end]) {
        if (!date || date.precision === "decade" || date.precision === "century") continue;
        first = Math.min(first, date.first);
        last = Math.max(last, date.last);
      }
      if (p.start && p.start.precision !== "decade" && p.start.precision !== "century") latestStart = Math.max(latestStart, p.start.last);
    }
  if (!Number.isFinite(first)) {
    const today = Math.floor(Date.now() / 86_400_000);
    return { first: today - 365, last: today, openingDay: today };
  }
  const firstOfYear = Date.UTC(new Date(first * 86_400_000).getUTCFullYear(), 0, 1) / 86_400_000;
  return { first: firstOfYear, last, openingDay: Number.isFinite(latestStart) ? Math.min(latestStart, last) : last };
}
