/**
 * The graph view's camera: it frames what is shown (on opening, "Fit to screen", an ego view, a
 * link without a camera) and keeps a selected actor's neighbourhood in view, moving only as far
 * as needed. The maths is look/framing.ts; this reads sigma's framed positions and moves its
 * camera. Framing waits for sigma's first processed slice, before which there are no positions.
 */
import type Sigma from "sigma";
import type { RelationGraph } from "../model/graph";
import type { ViewSlice } from "../state/view-slice";
import { actorScale, actorSize } from "../look/actor-size";
import { frameActors, keepInView, sameCameraPlace, type CameraPlace, type FramedActor, type Framing } from "../look/framing";

/**
 * How the camera frames actors (framing.ts): a margin at each edge (more at the top, under the
 * status line drawn over the canvas), room for labels, and no closer than a quarter of the whole
 * graph's ratio (a view of two actors is not blown up to the canvas's edges), nor farther than
 * needed to show ten times the graph.
 */
const FRAMING = { margin: 16, marginTop: 44, labelGap: 3, minRatio: 0.25, maxRatio: 10 } as const;

/**
 * Labels kept room for when framing: those of the largest actors, which are labelled first; in
 * a graph of thousands, keeping room for every label would leave the right side empty.
 */
const LABELS_FRAMED = 60;

export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export class ViewCamera {
  /** Where the camera was last put to frame what is shown; the link says nothing while it is there. */
  private home: CameraPlace | null = null;
  /** A link or a new view asked for the framed camera before there was a slice to frame. */
  private pending = false;
  private pendingAnimated = false;
  /** The actor whose neighbourhood the camera keeps in view (after focusActor), while it stays selected. */
  private kept: string | null = null;

  constructor(
    private readonly sigma: Sigma,
    private readonly graph: RelationGraph,
    /** The slice drawn, once sigma has drawn one. */
    private readonly slice: () => ViewSlice | undefined,
    private readonly labels: { measure(label: string): number },
  ) {
    const framePending = () => {
      if (this.pending && this.slice()) this.frameShown(this.pendingAnimated);
    };
    sigma.on("afterProcess", framePending);
    sigma.on("afterRender", framePending);
  }

  /**
   * Keeps an actor and its neighbours in the slice on screen, with room for their labels:
   * the camera moves (and zooms out) only as far as needed, and not at all when they are in view.
   */
  focusActor(actor: string): void {
    if (!this.slice()?.hasActor(actor)) return;
    this.kept = actor;
    this.keepInView(true);
  }

  /** The selection changed: a neighbourhood kept in view is let go once its actor is not selected. */
  selectionIs(actor: string | null): void {
    if (this.kept !== actor) this.kept = null;
  }

  /** Where the camera is, or null when it frames what is shown, as it was last put there. */
  view(): CameraView | null {
    const { x, y, ratio } = this.sigma.getCamera().getState();
    if (this.pending || (this.home && sameCameraPlace({ x, y, ratio }, this.home))) return null;
    return { x, y, ratio };
  }

  /** Puts the camera where a link says (framing what is shown when null), without animation. */
  setView(view: CameraView | null): void {
    if (!view) return this.frameShown(false);
    this.pending = false;
    this.kept = null;
    this.move(view, 0);
  }

  /** A panel opening or closing resized the canvas: what was framed stays framed, and a kept neighbourhood in view. */
  resized(wasFramed: boolean): void {
    if (wasFramed) this.frameShown(false);
    else if (this.kept) this.keepInView(false);
  }

  /** Puts the camera where it frames the actors shown, or once sigma has drawn a first slice. */
  frameShown(animate: boolean): void {
    const slice = this.slice();
    if (!slice) {
      [this.pending, this.pendingAnimated] = [true, animate];
      return;
    }
    this.pending = false;
    this.kept = null;
    const place = frameActors(this.framedActors(slice.visibleActors), this.framing());
    if (!place) return;
    this.home = place;
    this.move(place, animate ? 300 : 0);
  }

  /** Moves the camera just enough to show the kept actor's neighbourhood. */
  private keepInView(animate: boolean): void {
    const slice = this.slice();
    if (!slice || !this.kept) return;
    const shown = new Set([this.kept]);
    for (const id of slice.visibleRelations) {
      const [source, target] = this.graph.extremities(id);
      if (source === this.kept && slice.hasActor(target)) shown.add(target);
      if (target === this.kept && slice.hasActor(source)) shown.add(source);
    }
    const { x, y, ratio } = this.sigma.getCamera().getState();
    this.move(keepInView({ x, y, ratio }, this.framedActors(shown), this.framing()), animate ? 400 : 0);
  }

  private move(place: CameraPlace, duration: number): void {
    const camera = this.sigma.getCamera();
    const { x, y, ratio } = camera.getState();
    // Animating to where the camera already is leaves sigma's edge picking broken (clicks on
    // relations stop registering), so a move that changes nothing does nothing.
    if (sameCameraPlace({ x, y, ratio }, place) && !camera.isAnimated()) return;
    const state = { ...place, angle: 0 };
    if (duration) return void camera.animate(state, { duration });
    // An animation still running would carry the camera on past this place: sigma has no call
    // to stop one, but a new one replaces it, and one of a millisecond ends on the next frame.
    if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
    camera.setState(state);
  }

  /** The canvas's size and sigma's scale: pixels a framed unit takes at ratio 1. */
  private framing(): Framing {
    const { width, height } = this.sigma.getDimensions();
    const at = (x: number) => this.sigma.framedGraphToViewport({ x, y: 0.5 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } }).x;
    const labelHeight = this.sigma.getSetting("labelSize") + 4;
    return { ...FRAMING, width, height, scale: at(1) - at(0), labelHeight };
  }

  /** Actors as framing reads them: framed position, display size and label width for the largest. */
  private framedActors(actors: Iterable<string>): FramedActor[] {
    const slice = this.slice();
    if (!slice) return [];
    const scale = actorScale(this.graph.order);
    const list = [...actors].flatMap((actor) => {
      const data = this.sigma.getNodeDisplayData(actor);
      return data ? [{ actor, x: data.x, y: data.y, size: actorSize(slice.degreeOf(actor)) * scale, label: data.label ?? "" }] : [];
    });
    const labelled = new Set([...list].sort((a, b) => b.size - a.size).slice(0, LABELS_FRAMED).map((a) => a.actor));
    return list.map(({ actor, x, y, size, label }) => ({ x, y, size, label: labelled.has(actor) && label ? this.labels.measure(label) : 0 }));
  }
}
