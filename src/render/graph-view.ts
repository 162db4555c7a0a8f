/**
 * The graph view: the only place that creates a sigma renderer. It shows the relation graph
 * through the reducers, sigma holding only the relations drawn (display-graph.ts), redraws when
 * the slice or view state changes, and reports clicks and hovers to its owner through callbacks.
 * Where actors stand is the view's own: it starts from a layout it is given, layouts move it,
 * and the model graph never holds it.
 */
import Sigma from "sigma";
import type { RelationGraph } from "../model/graph";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import { actorScale } from "../look/actor-size";
import { CANVAS } from "../look/palette";
import { deathWidthsOf, type DeathWidths } from "../look/relation-width";
import { deathsOfDataSet } from "../model/deaths";
import { DisplayGraph, drawnRelations, type Positions } from "./display-graph";
import { forgetDroppedRelations } from "./forget-dropped";
import { CanvasLabels, labelGridFor, type DrawnLabel } from "./labels";
import { SIGMA_SETTINGS } from "./sigma-settings";
import { drawnLines, NO_LINES, type DrawnLines, type LineFocus } from "./drawn-lines";
import { listenToLines, type LineEvents } from "./line-events";
import { drawEdgeLabelsApart, placeEdgeLabelsApart, setEdgeLabelHalo } from "./edge-labels";
import { alignActors, alignRelations, NO_ALIGNMENT, type AlignmentLook } from "./alignment-look";
import { drawsCurves, edgeReducerFor, hoverNeighboursOf, nodeReducerFor, type ReducerInput } from "./reducers";
import { sliceChanges } from "./slice-changes";
import { lineApartBy, type CompareInput } from "./compare-look";
import { ViewCamera, type CameraView } from "./view-camera";
import { DrawSchedule } from "./draw-schedule";
import { PATCH_MIN_RELATIONS, patchable, relationsToRedraw } from "./patch-redraw";

/** The performance measure each redraw records. */
export const DRAW_MEASURE = "faultlines:draw";

export interface GraphViewEvents extends LineEvents {
  clickActor(actor: string): void;
  clickRelation(relation: string): void;
  clickStage(): void;
  hoverActor(actor: string | null): void;
  /** The user panned or zoomed (or the camera was moved). */
  cameraChange?(): void;
  /** Sigma finished drawing a frame: for automation waiting on what is on screen. */
  frameDrawn?(): void;
}

export type { CameraView } from "./view-camera";

/** The stage padding sigma keeps around the graph at ratio 1, in pixels. */
const STAGE_PADDING = 30;

export class GraphView {
  private readonly sigma: Sigma;
  private readonly display: DisplayGraph;
  /** Where each actor is drawn, in graph coordinates; a layout moves them here, then calls refreshPositions(). */
  readonly positions: Map<string, { x: number; y: number }>;
  private input: ReducerInput | undefined;
  /** The input sigma last drew; differs from `input` while a draw is pending. */
  private drawn: ReducerInput | undefined;
  private readonly schedule = new DrawSchedule(() => this.flush());
  /** What the reader looks at (spread and labelled), for the latest input and as last drawn. */
  private focus: LineFocus | undefined;
  private drawnFocus: LineFocus | undefined;
  /** The lines last drawn: which relations share one. */
  private lines: DrawnLines = NO_LINES;

  private nodeReducer: ReturnType<typeof nodeReducerFor> | undefined;
  private readonly labels: CanvasLabels;
  private readonly camera: ViewCamera;
  private edgeReducer: ReturnType<typeof edgeReducerFor> | undefined;
  /** The deaths last read, kept while the slice and the time are the same (a hover redraws, it does not recount). */
  private deaths: { slice: ViewSlice; from: number; to: number; widths: DeathWidths } | undefined;

  constructor(
    container: HTMLElement,
    private readonly graph: RelationGraph,
    layout: Positions,
    events: GraphViewEvents,
  ) {
    this.positions = new Map(Array.from(layout, ([actor, { x, y }]) => [actor, { x, y }] as const));
    this.display = new DisplayGraph(graph, this.positions);
    this.labels = new CanvasLabels(() => this.sigma, () => [this.input?.selectedActor ?? null, this.input?.hoveredActor ?? null], "light");
    this.sigma = new Sigma(this.display as never, container, {
      ...SIGMA_SETTINGS,
      ...labelGridFor(graph.order),
      defaultDrawNodeLabel: this.labels.drawLabel,
      defaultDrawNodeHover: this.labels.drawHover,
      // Until the first update() there is no slice: draw nothing rather than guess.
      nodeReducer: (node, data) => (this.nodeReducer ? this.nodeReducer(node, data as never) : { ...data, hidden: true }),
      edgeReducer: (edge, data) => (this.edgeReducer ? this.edgeReducer(edge, data as never, this.input?.hoveredActor ? this.graph.extremities(edge) : undefined) : { ...data, type: "line", hidden: true }),
      stagePadding: STAGE_PADDING,
    });
    // Actors' framed positions, which framing reads, exist once sigma has processed a slice.
    this.camera = new ViewCamera(this.sigma, graph, () => (this.drawn ? this.input?.slice : undefined), this.labels);
    this.sigma.on("beforeRender", () => this.labels.reset());
    // Before frameDrawn, so that whoever waits for a frame finds its labels drawn.
    this.sigma.on("afterRender", () => this.labels.finish());
    // Relation labels keep off the actor labels, which are placed first (labels.ts).
    placeEdgeLabelsApart(this.sigma, () => this.labels.obstacles());
    this.labels.onPlaced = (obstacles) => drawEdgeLabelsApart(this.sigma.getCanvases().edgeLabels, obstacles);
    this.sigma.on("clickNode", ({ node }) => events.clickActor(node));
    listenToLines(this.sigma, container, events, {
      isBundle: (edge) => this.lines.bundles.bundles.has(edge),
      pairOf: (edge) => this.display.extremities(edge),
      relationsDrawnAs: (edge) => this.relationsDrawnAs(edge),
    });
    this.sigma.on("clickStage", () => events.clickStage());
    this.sigma.on("enterNode", ({ node }) => events.hoverActor(node));
    this.sigma.on("leaveNode", () => events.hoverActor(null));
    this.sigma.getCamera().on("updated", () => events.cameraChange?.());
    this.sigma.on("afterRender", () => events.frameDrawn?.());
  }

  /**
   * Shows a new slice or view state: new reducers now; the display graph follows when drawn, once
   * the task that made the change is done (draw-schedule.ts), so a drag step's frame shows it and
   * several changes in one task or frame draw once.
   */
  update(slice: ViewSlice, state: ViewState, compare: CompareInput | null = null, alignment: AlignmentLook = NO_ALIGNMENT): void {
    const themeChanged = this.input?.theme !== state.theme;
    this.input = {
      slice,
      day: state.mode === "at" ? state.at : state.to,
      sizeScale: actorScale(this.graph.order),
      curves: drawsCurves(state.fadeHidden ? this.graph.size : slice.relationCount),
      // Found once the display graph holds what is drawn (flush).
      ...NO_LINES,
      theme: state.theme,
      fadeHidden: state.fadeHidden,
      hoveredActor: state.hoveredActor,
      hoverNeighbours: hoverNeighboursOf(slice, state.hoveredActor),
      selectedActor: state.selectedActor,
      selectedRelation: state.selectedRelation,
      compare,
      alignment,
      deaths: state.widthBy === "deaths" ? this.deathsFor(slice, state) : null,
    };
    const pairs: (readonly [string, string])[] = state.selectedPair ? [state.selectedPair] : [];
    if (state.selectedRelation && this.graph.hasEdge(state.selectedRelation)) pairs.push(this.graph.extremities(state.selectedRelation));
    this.focus = { selectedActor: state.selectedActor, pairs, spreadAll: state.linePerRelation || !!state.ego, labelAll: !!state.ego };
    this.nodeReducer = alignActors(nodeReducerFor(this.input), alignment, state.theme);
    this.edgeReducer = alignRelations(edgeReducerFor(this.input), alignment, slice, state.theme);
    if (themeChanged) {
      this.sigma.setSetting("labelColor", { color: CANVAS[state.theme].label });
      this.labels.setTheme(state.theme);
      this.sigma.setSetting("edgeLabelColor", { color: CANVAS[state.theme].label });
      setEdgeLabelHalo(this.sigma.getCanvases().edgeLabels, CANVAS[state.theme].background);
    }
    this.camera.selectionIs(state.selectedActor);
    this.schedule.request();
  }

  /** The deaths the slice's relations count in the view's time, and the data set's most (look/relation-width.ts). */
  private deathsFor(slice: ViewSlice, state: ViewState): DeathWidths {
    const [from, to] = state.mode === "at" ? [state.at, state.at] : [state.from, state.to];
    const known = this.deaths;
    if (known && known.slice === slice && known.from === from && known.to === to) return known.widths;
    const widths = deathWidthsOf(slice, from, to, deathsOfDataSet(slice.ordinals.vocabulary.dataSet).largest);
    this.deaths = { slice, from, to, widths };
    return widths;
  }

  /**
   * Draws the latest input: first the display graph takes the relations now drawn, then the
   * reducers run. When only the slice moved (a drag, playback) on a large graph, the display
   * graph is patched and the reducers run again only for what changed; otherwise both are redone.
   */
  private flush(): void {
    const input = this.input;
    if (!input || input === this.drawn) return;
    const drawn = this.drawn;
    const [drawnFocus, focus] = [this.drawnFocus, this.focus!];
    this.drawn = input;
    this.drawnFocus = focus;
    const large = this.graph.size >= PATCH_MIN_RELATIONS;
    const change = this.display.syncRelations(drawnRelations(input.slice, input.fadeHidden), large && drawn?.fadeHidden === input.fadeHidden);
    forgetDroppedRelations(this.sigma, change.dropped);
    const patch = large && !change.rebuilt && patchable(drawn, input, drawnFocus, focus);
    const changes = patch && drawn ? sliceChanges(drawn.slice.ordinals, input.slice.ordinals, (this.graph.order + this.display.size) / 2, { before: drawn.day, after: input.day }) : null;
    const start = performance.now();
    // Which relations share a line, where lines curve apart and which are labelled follow what
    // the display graph now holds: one pass over it.
    const lines = drawnLines(this.display, input.slice, input.fadeHidden, focus, input.curves, lineApartBy(input.compare ?? null));
    const before = this.lines;
    this.lines = lines;
    this.edgeReducer = alignRelations(edgeReducerFor({ ...input, ...lines }), input.alignment ?? NO_ALIGNMENT, input.slice, input.theme);
    if (!changes || !drawn) this.sigma.refresh();
    else {
      const relations = relationsToRedraw(changes, drawn, input, before, lines, (relation) => this.display.hasEdge(relation));
      // sigma re-indexes what it holds (labels, drawing order, its buffers) as part of drawing,
      // so each step is one exact frame.
      if (!changes.actors.length && !relations.length) return;
      this.sigma.refresh({ partialGraph: { nodes: changes.actors, edges: relations }, skipIndexation: false });
    }
    // The renderer's share of the frame (grouping lines, reducers, buffers, drawing), for profiles and benchmarks.
    // Only the latest is kept in the page's timeline (observers still see each), so a long
    // playback does not pile up entries.
    performance.clearMeasures(DRAW_MEASURE);
    performance.measure(DRAW_MEASURE, { start });
  }

  /**
   * The relations a drawn line stands for: a bundle's, or [edge] when it is drawn alone. With a
   * draw pending, as it will draw.
   */
  relationsDrawnAs(edge: string): readonly string[] {
    this.schedule.now();
    return this.lines.bundles.bundles.get(edge)?.members ?? [edge];
  }

  /** Re-reads positions after a layout moved the nodes. */
  refreshPositions(): void {
    this.display.copyPositions();
  }

  /** Puts every actor where `layout` says, as "Reset layout" returns to the stored layout. */
  placeActors(layout: Positions): void {
    for (const [actor, { x, y }] of layout) this.positions.set(actor, { x, y });
    this.refreshPositions();
  }

  /** The labels drawn in the last frame, in the canvas's pixels: for tests. */
  labelBoxes(): readonly DrawnLabel[] {
    return this.labels.boxes();
  }

  /** Keeps an actor and its neighbours in the slice on screen (view-camera.ts). */
  focusActor(actor: string): void {
    this.camera.focusActor(actor);
  }

  /** Frames what is shown ("Fit to screen"). */
  resetCamera(): void {
    this.camera.frameShown(true);
  }

  /** Where the camera is, or null when it frames what is shown, as it was last put there. */
  cameraView(): CameraView | null {
    return this.camera.view();
  }

  /** Puts the camera where a link says (framing what is shown when null), without animation. */
  setCameraView(view: CameraView | null): void {
    this.camera.setView(view);
  }

  /** The renderer, for exporting images of what it draws: with the latest view drawn. */
  get renderer(): Sigma {
    this.schedule.now();
    return this.sigma;
  }

  /** The screen position of an actor, for tests and overlays. */
  viewportPosition(actor: string): { x: number; y: number } | undefined {
    if (!this.graph.hasNode(actor)) return undefined;
    const { x = 0, y = 0 } = this.positions.get(actor) ?? {};
    return this.sigma.graphToViewport({ x, y });
  }

  /** Follows the container's size; a call that finds the size unchanged (as when first observed) does nothing. */
  resize(): void {
    const before = this.sigma.getDimensions();
    const framed = this.camera.view() === null;
    this.sigma.resize();
    const after = this.sigma.getDimensions();
    if (before.width === after.width && before.height === after.height) return;
    this.sigma.refresh({ skipIndexation: true });
    this.camera.resized(framed);
  }

  kill(): void {
    this.schedule.stop();
    this.sigma.kill();
  }
}
