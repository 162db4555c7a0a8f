/**
 * A type toggle in Node: the view slice recomputed with one relation type hidden (what the
 * explorer does when a legend entry is switched off), against building a filtered copy of the
 * graph without that type, as Gephi Lite's filter pipeline does for every filter change.
 */
import { buildGraph, type RelationGraph } from "../src/model/graph";
import type { RelationIndex } from "../src/model/relation-index";
import { getEmptyViewState } from "../src/state/view-state";
import { computeViewSlice } from "../src/state/view-slice";
import { ratioText, timeAlternating, timingText } from "./measure";
import type { BenchRow } from "./rows";

/** The graph as a filter step sees it, minus one type: every actor, and the relations left. */
function filteredCopy(graph: RelationGraph, hiddenType: string): RelationGraph {
  const copy = graph.emptyCopy();
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (attributes.type === hiddenType) return;
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else copy.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}

export function toggleRows(index: RelationIndex, size: string, days: readonly number[], rounds: number): BenchRow[] {
  const graph = buildGraph(index.dataSet);
  // The most common type, so the toggle changes the most.
  const counts = new Map<string, number>();
  for (const r of index.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const hidden = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const states = days.map((day) => ({ ...getEmptyViewState(day), hiddenTypes: [hidden] }));
  const times = timeAlternating(states, {
    slice: (state) => computeViewSlice(index, state),
    copy: () => filteredCopy(graph, hidden),
  }, rounds);
  return [
    {
      where: "Node",
      size,
      figure: "type toggle: view slice with one type hidden",
      value: timingText(times.slice),
      baseline: `filtered graph copy ${timingText(times.copy)}`,
      ratio: ratioText(times.copy.median, times.slice.median),
    },
  ];
}
