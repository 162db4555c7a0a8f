/**
 * The film's stage: a second graph view, off screen and never shown, that draws each step of a
 * film with the explorer's own reducers (colours, sizes, bundles, curves) and hands back what it
 * drew as a Scene. Its actors stand where they stand on screen and its camera never moves, so
 * every keyframe of a film is drawn in the same place; the user's view is left alone meanwhile.
 */
import type { Scene } from "../../look/composition/types";
import { GraphView, type CameraView } from "../../render/graph-view";
import type { Positions } from "../../render/display-graph";
import { sceneOf, type SceneContext } from "../../render/composition/scene";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import type { ShownDataSet } from "../session/shown-data-set";

/** Where the stage starts: the view on screen, as the user left it. */
export interface StageSetting {
  readonly positions: Positions;
  /** The user's camera, or null where the view frames what is shown: the stage then shows the whole graph. */
  readonly camera: CameraView | null;
}

const ignore = () => {};

export class FilmStage {
  private readonly container: HTMLDivElement;
  private readonly view: GraphView;

  constructor(
    private readonly shown: ShownDataSet,
    setting: StageSetting,
    /** The stage's size in CSS pixels (film-view.ts stageSize). */
    size: { readonly width: number; readonly height: number },
  ) {
    this.container = document.createElement("div");
    this.container.setAttribute("aria-hidden", "true");
    // Laid out (sigma needs a size) but never painted nor hit: the user sees only their own view.
    Object.assign(this.container.style, { position: "fixed", left: "0", top: "0", width: `${size.width}px`, height: `${size.height}px`, visibility: "hidden", pointerEvents: "none", zIndex: "-1" });
    document.body.append(this.container);
    this.view = new GraphView(this.container, shown.graph, setting.positions, { clickActor: ignore, clickRelation: ignore, clickPair: ignore, hoverLine: ignore, clickStage: ignore, hoverActor: ignore });
    // A framed view frames what one date shows; a film needs room for every step's actors: the
    // whole graph, which the slide's fit then narrows to the actors the film shows.
    if (setting.camera) this.view.setCameraView(setting.camera);
    else this.view.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /**
   * Draws a step and reads it back. Drawing is synchronous (the renderer getter draws a pending
   * frame now), so a film goes on in a tab in the background, where animation frames stop.
   */
  sceneOf(slice: ViewSlice, state: ViewState, context: SceneContext): Scene {
    this.view.update(slice, state);
    return sceneOf(this.view.renderer, this.shown.graph, context);
  }

  dispose(): void {
    this.view.kill();
    this.container.remove();
  }
}
