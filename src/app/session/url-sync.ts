/**
 * Keeps the address bar in step with the view, so every view has a link and back and forward
 * move between views. A settled change of view adds a history entry; changes while playing or
 * moving the camera replace the current one, so history holds views people chose, not frames.
 * The address also names the data set on screen (data-source.ts); going back to an address of
 * another data set is left to the owner, which has to load it first.
 */
import type { CameraView } from "../../render/graph-view";
import type { Store } from "../../state/store";
import { viewFromQuery, viewToQuery } from "../../state/url";
import type { ViewState } from "../../state/view-state";
import type { DataSet } from "../../model/types";
import { sameSource, sourceFromQuery, withSource, type DataSource } from "./data-source";

/** Quiet time before a change counts as settled. */
const SETTLE_MS = 400;

export interface CameraAccess {
  get(): CameraView | null;
  set(view: CameraView | null): void;
}

export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private camera: CameraAccess | undefined;

  constructor(
    private readonly store: Store<ViewState>,
    private readonly defaults: ViewState,
    private readonly dataSet: DataSet,
    private readonly source: DataSource,
    /** Back or forward reached an address naming other data. */
    private readonly onOtherSource: (source: DataSource) => void,
  ) {}

  start(camera: CameraAccess): () => void {
    this.camera = camera;
    const unsubscribe = this.store.subscribe((state, previous) => {
      if (this.query(state) !== this.query(previous)) this.schedule(state.playing ? "replace" : "push");
    });
    const onPop = () => {
      const named = sourceFromQuery(location.search, location.href).source;
      if (!sameSource(named, this.source)) return this.onOtherSource(named);
      const view = viewFromQuery(location.search, this.defaults, this.dataSet);
      this.store.update((s) => ({ ...view.state, hoveredActor: s.hoveredActor, playing: false, speed: s.speed }));
      this.camera?.set(view.camera);
    };
    addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      removeEventListener("popstate", onPop);
      clearTimeout(this.timer);
    };
  }

  /** The camera moved: record it in place, without a new history entry. */
  cameraMoved(): void {
    this.schedule("replace");
  }

  /** Adds a history entry for this data set's view now, e.g. after switching to it. */
  pushNow(): void {
    clearTimeout(this.timer);
    const query = withSource(this.source, this.query(this.store.state, this.camera?.get() ?? null));
    history.pushState(null, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  }

  /**
   * The address of the view now, camera included: what the address bar shows once the view
   * settles, built at once so a link copied straight after a change holds that change.
   */
  link(): string {
    const query = withSource(this.source, this.query(this.store.state, this.camera?.get() ?? null));
    return new URL(`${location.pathname}${query ? `?${query}` : ""}${location.hash}`, location.href).href;
  }

  private query(state: ViewState, camera: CameraView | null = null): string {
    return viewToQuery(state, camera, this.defaults, this.dataSet.taxonomy);
  }

  private schedule(how: "push" | "replace"): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const query = withSource(this.source, this.query(this.store.state, this.camera?.get() ?? null));
      const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (how === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }, SETTLE_MS);
  }
}
