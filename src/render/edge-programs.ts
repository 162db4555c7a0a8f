/**
 * The WebGL programs relations are drawn with, by the edge type the reducers give them
 * (reducers.ts, programOf): straight or curved, with or without an arrowhead, solid for deeds and
 * standing ties, dotted for words, dashed for what is only possible on the date shown
 * (patterned-programs.ts). All are wide enough to click at any zoom.
 */
import type { EdgeProgramType } from "sigma/rendering";
import type { LinePattern } from "../look/relation-look";
import { withHaloedLabels } from "./edge-labels";
import { patternedPrograms } from "./patterned-programs";

const prefixed = (pattern: Exclude<LinePattern, "solid">): Record<string, EdgeProgramType> =>
  Object.fromEntries(Object.entries(patternedPrograms(pattern)).map(([shape, program]) => [`${pattern}${shape[0].toUpperCase()}${shape.slice(1)}`, program]));

// Their labels (a bundle's count, a relation's type) are drawn over a halo, legible on either theme.
export const EDGE_PROGRAM_CLASSES: Record<string, EdgeProgramType> = withHaloedLabels({
  ...patternedPrograms("solid"),
  ...prefixed("dotted"),
  ...prefixed("dashed"),
});
