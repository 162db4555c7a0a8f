/**
 * The sigma renderer's settings apart from the reducers and the label drawing the graph view
 * adds: one object, so benchmarks draw their baselines with the same settings as the explorer.
 */
import { EDGE_PROGRAM_CLASSES } from "./edge-programs";
import { drawEdgeLabel } from "./edge-labels";
import { labelGridFor } from "./labels";

/** The renderer's settings apart from the reducers; benchmarks draw their baselines with the same. */
export const SIGMA_SETTINGS = {
  allowInvalidContainer: true,
  enableEdgeEvents: true,
  // Edge labels are a bundle's count or a relation's type, set only where wanted (drawn-lines.ts).
  renderEdgeLabels: true,
  defaultDrawEdgeLabel: drawEdgeLabel,
  edgeLabelSize: 11,
  edgeLabelFont: "system-ui, sans-serif",
  edgeLabelWeight: "600",
  zIndex: true,
  defaultEdgeType: "line",
  edgeProgramClasses: EDGE_PROGRAM_CLASSES,
  labelRenderedSizeThreshold: 4,
  // The grid's density and cell size follow the data set's size (labels.ts, labelGridFor).
  ...labelGridFor(0),
  labelFont: "system-ui, sans-serif",
  labelWeight: "600",
} as const;

