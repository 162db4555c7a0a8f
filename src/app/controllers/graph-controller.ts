/**
 * The graph on screen: builds the graph view for the data set shown once its container is
 * rendered (and a new one for each data set), follows the container's size, runs the layout
 * commands, draws each change of the view state, and tells automation when sigma has drawn a
 * frame. Where actors stand is the view's own: layouts move the view's positions, and "Reset
 * layout" puts them back where the data set's layout has them; the model graph never holds them.
 * A Lit reactive controller: it listens to the store while the host is connected, and a view,
 * a layout or an observer still running when the host goes away is stopped.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type Sigma from "sigma";
import type { Position } from "../../render/display-graph";
import type { AlignmentLook } from "../../render/alignment-look";
import { GraphView } from "../../render/graph-view";
import type { DrawnLabel } from "../../render/labels";
import { LayoutRunner } from "../../render/layout-runner";
import { hoverActor, selectActor, selectPair, selectRelation } from "../../state/producers";
import type { Store } from "../../state/store";
import type { CompareView } from "../../state/compare-view";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import type { LayoutCommand } from "../../ui/events";
import type { ShownDataSet } from "../session/shown-data-set";
import type { CameraAccess } from "../session/url-sync";
import type { StageSetting } from "../film/film-stage";

export interface GraphHost {
  readonly store: Store<ViewState>;
  /** The data set on screen, undefined while none is. */
  shown(): ShownDataSet | undefined;
  /** What of it the view state shows. */
  slice(): ViewSlice | undefined;
  /** Compare mode's comparison, whose union is drawn instead of the slice; null when not comparing. */
  comparison?(): CompareView | null;
  /** The element to draw in, once rendered. */
  container(): HTMLElement | null;
  /** A view was built for the data set shown: its camera, for the address. */
  mounted(camera: CameraAccess): void;
  /** The user panned or zoomed. */
  cameraMoved(): void;
  /** The pointer is over a line standing for `relations`, at `point` in the graph's pixels, or over none. */
  lineHovered(line: { readonly relations: readonly string[]; readonly point: { readonly x: number; readonly y: number } } | null): void;
  /** Camp colours and a highlighted triad for the slice (analysis/alignment-controller.ts). */
  alignment?(slice: ViewSlice, state: ViewState): AlignmentLook;
  /** The refinement of the data set's first layout settled here: the layout to keep for it. */
  layoutSettled?(shown: ShownDataSet, positions: ReadonlyMap<string, Position>): void;
}

export class GraphController implements ReactiveController {
  /** A layout (or overlap removal) is running. */
  layoutRunning = false;
  private view: GraphView | undefined;
  private layout: LayoutRunner | undefined;
  /** The data set the view was built for; a new view is built when the one shown differs. */
  private viewFor: ShownDataSet | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Callers waiting for the next frame sigma draws. */
  private frameWaiters: (() => void)[] = [];
  private lastSize: { width: number; height: number } | null = null;
  /** The ego view last drawn, to frame the view anew when it changes. */
  private lastEgo: ViewState["ego"] | undefined;
  /** Where a refined first layout settled: "Reset layout" returns here rather than to the first layout. */
  private settled: Map<string, Position> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly on: GraphHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.on.store.subscribe(() => this.draw());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unmount();
    this.resizeObserver?.disconnect();
  }

  /** After each render: a data set newly shown gets its view, now that its container exists. */
  hostUpdated(): void {
    if (this.on.shown() !== this.viewFor) this.mount();
  }

  /** Lets go of the view on screen, before another data set is shown. */
  unmount(): void {
    this.layout?.stop();
    this.view?.kill();
    this.view = undefined;
    this.layout = undefined;
    this.viewFor = undefined;
    this.settled = undefined;
  }

  /** Resolves once sigma has drawn its next frame. */
  nextFrame(): Promise<void> {
    return new Promise((resolve) => this.frameWaiters.push(resolve));
  }

  /** The sigma renderer on screen, with the latest view drawn; undefined before the first view. */
  get renderer(): Sigma | undefined {
    return this.view?.renderer;
  }

  /** The relations a drawn line stands for (a bundle's, or the one relation), for tests. */
  relationsDrawnAs(edge: string): readonly string[] {
    return this.view?.relationsDrawnAs(edge) ?? [edge];
  }

  /** Where an actor is drawn on the page, for tests. */
  viewportPosition(actor: string): { x: number; y: number } | undefined {
    return this.view?.viewportPosition(actor);
  }

  /** Where an actor stands in graph coordinates, as the user sees it (after any re-layout). */
  positionOf(actor: string): Position | undefined {
    return this.view?.positions.get(actor) ?? (this.settled ?? this.on.shown()?.layout)?.get(actor);
  }

  /**
   * Where a film's stage starts (film/film-stage.ts): the actors where the user sees them (a copy,
   * so a layout running meanwhile does not move them mid-film) and the camera.
   */
  stageSetting(): StageSetting | undefined {
    const view = this.view;
    if (!view) return undefined;
    return { positions: new Map(Array.from(view.positions, ([actor, { x, y }]) => [actor, { x, y }] as const)), camera: view.cameraView() };
  }

  /** The labels sigma drew in the last frame, in the canvas's pixels, for tests. */
  labelBoxes(): readonly DrawnLabel[] {
    return this.view?.labelBoxes() ?? [];
  }

  focusActor(actor: string): void {
    this.view?.focusActor(actor);
  }

  run(command: LayoutCommand): void {
    const shown = this.on.shown();
    // What is drawn: in compare mode, both moments.
    const slice = this.on.comparison?.()?.union ?? this.on.slice();
    if (!shown || !slice || !this.layout || !this.view) return;
    switch (command) {
      case "relayout":
        this.layout.start(slice.visibleActors, slice.visibleRelations);
        break;
      case "stop":
        this.layout.finish();
        break;
      case "remove-overlaps":
        this.layout.removeOverlaps();
        break;
      case "fit":
        this.view.resetCamera();
        break;
      case "reset":
        this.layout.stop();
        this.view.placeActors(this.settled ?? shown.layout);
        this.view.resetCamera();
        break;
    }
  }

  /** The graph's size on screen; the same object while it stays the same, so the image dialog is not re-rendered on every frame. */
  size(): { width: number; height: number } | null {
    const box = this.on.container()?.getBoundingClientRect();
    const size = box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    const last = this.lastSize;
    if (!(size && last && size.width === last.width && size.height === last.height)) this.lastSize = size;
    return this.lastSize;
  }

  /** Draws the view state now: on each change of it, and when what the view reads besides it (the camps) changes. */
  draw(): void {
    const slice = this.on.slice();
    if (!slice || this.viewFor !== this.on.shown() || !this.view) return;
    const state = this.on.store.state;
    const compare = this.on.comparison?.() ?? null;
    this.view.update(compare?.union ?? slice, state, compare?.comparison ?? null, this.on.alignment?.(slice, state));
    // Opening or leaving an ego view (or changing its actor or hops) frames what it shows.
    const ego = state.ego;
    const egoChanged = this.lastEgo !== undefined && !(ego === this.lastEgo || (ego && this.lastEgo && ego.actor === this.lastEgo.actor && ego.depth === this.lastEgo.depth));
    this.lastEgo = ego;
    if (egoChanged) this.view.resetCamera();
  }

  private mount(): void {
    const container = this.on.container();
    const shown = this.on.shown();
    if (!shown || !container) return;
    this.unmount();
    this.viewFor = shown;
    const { store } = this.on;
    const view = new GraphView(container, shown.graph, shown.layout, {
      clickActor: (actor) => store.update(selectActor(actor)),
      clickRelation: (relation) => store.update(selectRelation(relation)),
      clickPair: (pair) => store.update(selectPair(pair)),
      hoverLine: (line) => this.on.lineHovered(line),
      clickStage: () => store.update(selectActor(null)),
      hoverActor: (actor) => store.update(hoverActor(actor)),
      cameraChange: () => this.on.cameraMoved(),
      frameDrawn: () => {
        const waiters = this.frameWaiters;
        this.frameWaiters = [];
        for (const resolve of waiters) resolve();
      },
    });
    this.view = view;
    this.lastEgo = undefined;
    this.on.mounted({ get: () => view.cameraView(), set: (v) => view.setCameraView(v) });
    this.layout = new LayoutRunner(
      shown.graph,
      view.positions,
      (running) => {
        this.layoutRunning = running;
        this.host.requestUpdate();
      },
      () => view.refreshPositions(),
      () => {
        this.settled = new Map(Array.from(view.positions, ([actor, { x, y }]) => [actor, { x, y }] as const));
        this.on.layoutSettled?.(shown, this.settled);
      },
    );
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.view?.resize());
    this.resizeObserver.observe(container);
    // Draw the slice now; the components already have it, so no second render is needed.
    this.draw();
    // A large import opens on a first layout, refined from here in the background once that is
    // drawn: making the refinement's graph takes a while at 200,000 relations.
    if (shown.refine) void this.nextFrame().then(() => this.viewFor === shown && this.layout?.refine());
  }
}
