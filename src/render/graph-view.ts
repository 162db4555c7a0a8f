/**
 * The graph view: the only place that creates a sigma renderer. It shows the relation graph
 * through the reducers, refreshes (without re-indexing) when the slice or view state changes,
 * and reports clicks and hovers to its owner through callbacks.
 */
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { RelationGraph } from "../model/graph";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import { CANVAS } from "./palette";
import { edgeReducerFor, nodeReducerFor, type ReducerInput } from "./reducers";

export interface GraphViewEvents {
  clickActor(actor: string): void;
  clickRelation(relation: string): void;
  clickStage(): void;
  hoverActor(actor: string | null): void;
}

const EdgeCurvedLineProgram = createEdgeCurveProgram({ arrowHead: null });

export class GraphView {
  private readonly sigma: Sigma;
  private input: ReducerInput | undefined;

  constructor(
    container: HTMLElement,
    private readonly graph: RelationGraph,
    events: GraphViewEvents,
  ) {
    // Parallel relations between one pair get indices the edge reducer turns into curvatures.
    indexParallelEdgesIndex(graph as never, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
    this.sigma = new Sigma(graph as never, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      zIndex: true,
      defaultEdgeType: "line",
      edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeArrowProgram, curved: EdgeCurvedLineProgram, curvedArrow: EdgeCurvedArrowProgram },
      labelRenderedSizeThreshold: 4,
      labelFont: "system-ui, sans-serif",
      labelWeight: "600",
      nodeReducer: (node, data) => (this.input ? nodeReducerFor(this.input)(node, data as never) : data),
      edgeReducer: (edge, data) => (this.input ? edgeReducerFor(this.input)(edge, data as never, this.graph.extremities(edge)) : data),
    });
    this.sigma.on("clickNode", ({ node }) => events.clickActor(node));
    this.sigma.on("clickEdge", ({ edge }) => events.clickRelation(edge));
    this.sigma.on("clickStage", () => events.clickStage());
    this.sigma.on("enterNode", ({ node }) => events.hoverActor(node));
    this.sigma.on("leaveNode", () => events.hoverActor(null));
  }

  /** Shows a new slice or view state: reducers change, the graph does not. */
  update(slice: ViewSlice, state: ViewState): void {
    const hovered = state.hoveredActor;
    const hoverNeighbours = new Set<string>();
    if (hovered)
      for (const r of slice.relations) {
        if (r.source === hovered) hoverNeighbours.add(r.target);
        if (r.target === hovered) hoverNeighbours.add(r.source);
      }
    const themeChanged = this.input?.theme !== state.theme;
    this.input = {
      slice,
      theme: state.theme,
      fadeHidden: state.fadeHidden,
      hoveredActor: hovered,
      hoverNeighbours,
      selectedActor: state.selectedActor,
      selectedRelation: state.selectedRelation,
    };
    if (themeChanged) this.sigma.setSetting("labelColor", { color: CANVAS[state.theme].label });
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Re-reads positions after a layout moved the nodes. */
  refreshPositions(): void {
    this.sigma.refresh();
  }

  /** Centres the camera on an actor, zooming in a little. */
  focusActor(actor: string): void {
    const data = this.sigma.getNodeDisplayData(actor);
    if (!data) return;
    void this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.6) }, { duration: 400 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** The screen position of an actor, for tests and overlays. */
  viewportPosition(actor: string): { x: number; y: number } | undefined {
    const data = this.sigma.getNodeDisplayData(actor);
    return data ? this.sigma.graphToViewport(data) : undefined;
  }

  resize(): void {
    this.sigma.resize();
    this.sigma.refresh({ skipIndexation: true });
  }

  kill(): void {
    this.sigma.kill();
  }
}
