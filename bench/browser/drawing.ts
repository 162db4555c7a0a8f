/**
 * How the baselines draw a relation: exactly as the explorer's edge reducer does (program,
 * curvature for parallel relations, thickness by confidence, colour by family), so the three
 * ways of slicing draw the same picture and differ only in how they slice. Curves matter here:
 * on software WebGL, filling curved relations is most of a frame's cost, so the baselines curve
 * them exactly when the explorer does (drawsCurves, by the number of relations drawn).
 */
import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { RelationAttributes, RelationGraph } from "../../src/model/graph";
import { familyColour } from "../../src/render/palette";
import { curvatureFor } from "../../src/render/reducers";

/** Parallel indices, as the graph view sets them, on a graph of relations. */
export const indexParallel = (graph: RelationGraph): void =>
  indexParallelEdgesIndex(graph as never, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });

export function relationLook(a: RelationAttributes & { parallelIndex?: number | null; parallelMaxIndex?: number | null }, curves: boolean) {
  const curved = curves && !!a.parallelMaxIndex;
  const type = curved ? (a.directed ? "curvedArrow" : "curved") : a.directed ? "arrow" : "line";
  const size = a.confidence === "high" ? 3 : a.confidence === "medium" ? 2.2 : 1.5;
  const look = { type, size, color: familyColour(a.family, "light"), zIndex: 1 };
  return curved ? { ...look, curvature: curvatureFor(a.parallelIndex ?? 0, a.parallelMaxIndex ?? 0) } : look;
}
