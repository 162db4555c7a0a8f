/**
 * What scripts may ask of the explorer, and nothing a user can reach: read-only figures about
 * what is on screen, a data set shown without an import, the renderer for timing its frames,
 * and the view as an image. The browser tests, the benchmarks and the screenshot command use
 * these through the root element's `automation` property.
 */
import type Sigma from "sigma";
import type { DataSet } from "../model/types";
import type { ImageSpec } from "../look/composition/types";
import type { FilmProgress, FilmSpec } from "../look/film/types";
import type { ActorPositions } from "../look/layout-data-set";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import type { GraphController } from "./controllers/graph-controller";
import type { DataSetSession } from "./session/data-set-session";
import { BUNDLED } from "./session/data-source";
import { prepare } from "./session/shown-data-set";

export interface Automation {
  /** Read-only figures about what is on screen. */
  inspect(): {
    state: ViewState;
    visibleRelations: string[];
    visibleActors: string[];
    actorPosition: (actor: string) => { x: number; y: number } | undefined;
    /** The actor labels drawn on the canvas in the last frame, in the canvas's pixels. */
    labelBoxes: { actor: string; label: string; x: number; y: number; width: number; height: number }[];
    layoutRunning: boolean;
    dataSet: { id: string; name: string; actors: number; relations: number } | null;
  };
  /**
   * Shows a data set made by a script as an opened import is shown (prepared on the main thread,
   * then put on screen at its opening view), without keeping it in the browser: the address stays
   * that of the bundled data. Resolves once sigma has drawn the first frame of it; the
   * preparation's time is recorded as the user-timing measure "faultlines:prepare", since imports
   * pay it on the main thread too.
   */
  showDataSet(name: string, dataSet: DataSet, positions: ActorPositions): Promise<void>;
  /** The sigma renderer on screen, for benchmarks that time its frames; undefined before the first view. */
  inspectRenderer(): Sigma | undefined;
  /** The relations a line sigma draws stands for: several for a bundle, else the one. */
  relationsDrawnAs(edge: string): readonly string[];
  /** The current view as a composed image: what the image dialog makes, for the screenshot command. */
  exportImage(spec: ImageSpec): Promise<Blob>;
  /**
   * A film of the view over a span: what the Animate… dialog makes, for the animate command and
   * the benchmarks; `heard` hears of every frame made.
   */
  exportFilm(spec: FilmSpec, heard?: (progress: FilmProgress) => void): Promise<Blob>;
  /** A file made here as base64 text, the form in which it can leave the page for a script. */
  base64(blob: Blob): Promise<string>;
}

export interface Automated {
  readonly store: Store<ViewState>;
  readonly session: DataSetSession;
  readonly graph: GraphController;
  readonly image: (spec: ImageSpec) => Promise<Blob>;
  readonly film: (spec: FilmSpec, heard?: (progress: FilmProgress) => void) => Promise<Blob>;
}

export function automationOf({ store, session, graph, image, film }: Automated): Automation {
  return {
    inspect() {
      const slice = session.slice();
      const shown = session.shown;
      return {
        state: store.state,
        visibleRelations: slice ? [...slice.visibleRelations] : [],
        visibleActors: slice ? [...slice.visibleActors] : [],
        actorPosition: (actor: string) => graph.viewportPosition(actor),
        labelBoxes: graph.labelBoxes().map(({ actor, label, x, y, width, height }) => ({ actor, label, x, y, width, height })),
        layoutRunning: graph.layoutRunning,
        dataSet: shown ? { id: shown.id, name: shown.name, actors: shown.dataSet.actors.length, relations: shown.dataSet.relations.length } : null,
      };
    },
    showDataSet(name, dataSet, positions) {
      const start = performance.now();
      const made = prepare(name, dataSet, positions);
      performance.measure("faultlines:prepare", { start, end: performance.now() });
      if (!made.ok) return Promise.reject(new Error(made.problem));
      const drawn = graph.nextFrame();
      session.show({ source: BUNDLED, id: `script:${name}`, name, ...made.prepared }, "", "keep", []);
      return drawn;
    },
    inspectRenderer: () => graph.renderer,
    relationsDrawnAs: (edge) => graph.relationsDrawnAs(edge),
    exportImage: image,
    exportFilm: film,
    async base64(blob) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      // In slices: spreading megabytes into one call would overflow the stack.
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
  };
}
