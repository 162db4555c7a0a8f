/**
 * How the baselines draw a relation: exactly as the explorer's edge reducer does (program,
 * curvature for parallel relations, thickness by confidence, colour by family), so the three
 * ways of slicing draw the same picture and differ only in how they slice. Curves matter here:
 * on software WebGL, filling curved relations is most of a frame's cost, so the baselines curve
 * them exactly when the explorer does (drawsCurves, by the number of relations drawn).
 */
import type { RelationAttributes } from "../../src/model/graph";
import { familyColour } from "../../src/look/palette";
import type { ParallelPlace } from "../../src/look/parallel-relations";
import { curvatureFor } from "../../src/render/reducers";

export function relationLook(a: RelationAttributes, place: ParallelPlace | undefined) {
  const curved = place !== undefined;
  const type = curved ? (a.directed ? "curvedArrow" : "curved") : a.directed ? "arrow" : "line";
  const size = a.confidence === "high" ? 3 : a.confidence === "medium" ? 2.2 : 1.5;
  const look = { type, size, color: familyColour(a.family, "light"), zIndex: 1 };
  return place ? { ...look, curvature: curvatureFor(place.index, place.maxIndex) } : look;
}
