/**
 * Sigma's missing call for a graph that drops many relations at once (graph-view.ts patches
 * large graphs rather than rebuilding them).
 */
import type Sigma from "sigma";

/**
 * Makes sigma forget relations its graph dropped in a quiet batch: their cached display data,
 * program index, forced label and hover. Sigma 3 has no public call for this (checked against
 * sigma 3.0.3): its own "edgeDropped" listener does it and then re-indexes the whole graph,
 * once per drop; refresh({ partialGraph: { edges } }) reads each relation back from the graph
 * and throws for a dropped one; a full refresh() re-indexes everything, which patching a large
 * graph exists to avoid. So this calls the private `removeEdge` that listener calls, and says
 * so loudly if a sigma version no longer has it.
 */
export function forgetDroppedRelations(sigma: Sigma, relations: readonly string[]): void {
  const { removeEdge } = sigma as unknown as { removeEdge?: (edge: string) => void };
  if (typeof removeEdge !== "function") throw new Error("graph-view: this sigma has no removeEdge (checked against sigma 3.0.3); find its way to forget a dropped edge");
  for (const relation of relations) removeEdge.call(sigma, relation);
}
