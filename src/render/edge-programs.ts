/**
 * The WebGL programs relations are drawn with, by the edge type the reducers give them
 * (reducers.ts, programOf): straight or curved, with or without an arrowhead, solid for what is
 * certain and dashed (dashed-programs.ts) for what is only possible on the date shown.
 */
import { createEdgeCurveProgram, EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import { withHaloedLabels } from "./edge-labels";
import { DashedArrowProgram, DashedCurvedArrowProgram, DashedCurvedProgram, DashedLineProgram } from "./dashed-programs";

// Their labels (a bundle's count, a relation's type) are drawn over a halo, legible on either theme.
export const EDGE_PROGRAM_CLASSES = withHaloedLabels({
  line: EdgeLineProgram,
  arrow: EdgeArrowProgram,
  curved: createEdgeCurveProgram({ arrowHead: null }),
  curvedArrow: EdgeCurvedArrowProgram,
  dashedLine: DashedLineProgram,
  dashedArrow: DashedArrowProgram,
  dashedCurved: DashedCurvedProgram,
  dashedCurvedArrow: DashedCurvedArrowProgram,
});
