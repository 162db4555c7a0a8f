/**
 * The root element: shows a data set (the bundled one, one the user imported, or a file named in
 * the link), owns the view state, and wires the graph view and the components together.
 * Components send typed events up; this element turns them into producers on the store; the
 * store's changes flow down as properties and into the renderer. Switching data sets builds a
 * new graph view; an import that fails leaves the one on screen as it was.
 *
 * @summary The Faultlines explorer.
 */
import { html, LitElement, type PropertyValues } from "lit";
import { formatDay } from "../model/dates";
import { loadDataSet, type LoadResult } from "../model/load";
import type { ImportProgress } from "../import/types";
import type { DataSet, Taxonomy } from "../model/types";
import { GraphView } from "../render/graph-view";
import { LayoutRunner } from "../render/layout-runner";
import { hoverActor, selectActor, selectRelation, setEgo, setFilters, setPlaying, setSpeed, setTheme, setTime } from "../state/producers";
import { Store } from "../state/store";
import { viewFromQuery } from "../state/url";
import { computeViewSlice, type ViewSlice } from "../state/view-slice";
import { getEmptyViewState, type ViewState } from "../state/view-state";
import "../ui/details/details";
import "../ui/legend/legend";
import "../ui/search/search";
import "../ui/timeline/timeline";
import "../ui/export-dialog/export-dialog";
import "../ui/image-dialog/image-dialog";
import "../ui/import-dialog/import-dialog";
import type { FlImportDialog } from "../ui/import-dialog/import-dialog";
import type { ImageRequestEvent } from "../ui/image-dialog/image-request-event";
import { composeImage, imageFileName } from "../render/composition/compose";
import { copyPng } from "../render/composition/png";
import type { ImageSpec } from "../look/composition/types";
import "../ui/toolbar/toolbar";
import type { LayoutCommandEvent } from "../ui/events";
import { themeTokens } from "../ui/theme";
import { appStyles } from "./app.styles";
import { bundledData } from "./bundled-data";
import { download, exportFile } from "./export-download";
import { UrlSync } from "./url-sync";
import type { CameraView } from "../render/graph-view";
import { prepareExplorer, type ExplorerData } from "./explorer-data";
import { DataSetsController } from "./controllers/data-sets-controller";
import { DropController } from "./controllers/drop-controller";
import { ImportController } from "./controllers/import-controller";
import { BUNDLED, BUNDLED_ID, sourceFromQuery, withSource, type DataSource } from "./data-source";
import { openSource, prepare } from "./open-source";
import { loadErrorsScreen, noticeBox, openingScreen, type Notice } from "./app-screens";
import { BUNDLED_NAME, idOf, type Shown } from "./shown-data";
import storedLayout from "../../graph-data/layout.json";

/** The fields of the view state the slice depends on; hover and selection of relations do not. */
const SLICE_KEYS = ["mode", "at", "from", "to", "hiddenTypes", "hiddenFamilies", "hiddenKinds", "minConfidence", "hideIsolated", "ego", "selectedActor"] as const;

export class FaultlinesApp extends LitElement {
  static override styles = [themeTokens, appStyles];

  private readonly bundled: LoadResult = loadDataSet(bundledData);
  private readonly bundledData: ExplorerData | undefined = this.bundled.ok ? prepareExplorer(this.bundled.dataSet, storedLayout as never) : undefined;
  /** The data on screen, where it came from and its name; undefined while the first one opens. */
  private shown: Shown | undefined;
  private defaults = getEmptyViewState(this.bundledData?.openingDay ?? 0);
  /** A data set being opened from the address, before anything is on screen. */
  private opening: { readonly name: string; progress: ImportProgress | null } | null = null;
  /** A message for the user that stays until dismissed: what a link could not use, a failed export or switch. */
  private notice: Notice | null = null;
  private readonly store = new Store<ViewState>(this.defaults);
  private slice: ViewSlice | undefined;
  private sliceFor: ViewState | undefined;
  private view: GraphView | undefined;
  /** The data the graph view was built for; a new one is built when `shown` changes. */
  private viewFor: Shown | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private layout: LayoutRunner | undefined;
  private layoutRunning = false;
  private readonly unsubscribe = this.store.subscribe(() => this.onState());
  /** Callers of showDataSet waiting for the next frame sigma draws. */
  private frameWaiters: (() => void)[] = [];
  private stopUrlSync: (() => void) | undefined;
  private sync: UrlSync | undefined;
  /** What the view to mount came with from its address: camera, and how history records it. */
  private mountWith: { camera: CameraView | null; history: "keep" | "push" } = { camera: null, history: "keep" };
  /** Imported types are matched against the project's taxonomy, whatever is on screen. */
  private readonly baseTaxonomy: Taxonomy = this.bundled.ok ? this.bundled.dataSet.taxonomy : { families: [], types: [], kinds: [] };
  private readonly imports = new ImportController(this, () => this.baseTaxonomy);
  private readonly dataSets = new DataSetsController(this, this.bundled.ok ? { name: BUNDLED_NAME, dataSet: this.bundled.dataSet } : undefined);
  private readonly drop = new DropController(
    this,
    (files) => {
      this.importDialog?.show();
      this.imports.start(files);
    },
    () => !this.imports.working && !this.opening,
  );

  constructor() {
    super();
    // Events from the components below, heard on the element itself: added once, for its life.
    this.addEventListener("time-change", (e) => this.store.update(setTime(e.change)));
    this.addEventListener("play-toggle", (e) => this.store.update(setPlaying(e.playing)));
    this.addEventListener("speed-change", (e) => this.store.update(setSpeed(e.speed)));
    this.addEventListener("filter-change", (e) => this.store.update(setFilters(e.change)));
    this.addEventListener("actor-select", (e) => this.chooseActor(e.actor));
    this.addEventListener("relation-select", (e) => this.store.update(selectRelation(e.relation)));
    this.addEventListener("ego-change", (e) => this.store.update(setEgo(e.ego)));
    this.addEventListener("theme-change", (e) => this.store.update(setTheme(e.theme)));
    this.addEventListener("layout-command", (e) => this.onLayoutCommand(e));
    this.addEventListener("image-request", (e) => this.onImageRequest(e));
    this.addEventListener("import-files", (e) => this.imports.start(e.files));
    this.addEventListener("import-cancel", () => this.imports.cancel());
    this.addEventListener("type-mapping", (e) => this.imports.applyMapping(e.mapping));
    this.addEventListener("import-accept", () => void this.acceptImport());
    this.addEventListener("data-set-open", (e) => void this.openDataSet(e.id));
    this.addEventListener("data-set-delete", (e) => void this.deleteDataSet(e.id));
    this.addEventListener("export-request", (e) => {
      const slice = this.currentSlice();
      if (!this.data || !slice) return;
      const file = exportFile(e.request, this.data.dataSet, this.data.graph, slice, this.store.state);
      download({ name: file.name, blob: new Blob([file.text], { type: file.type }) });
    });
    this.openFromAddress(location.search, "initial");
  }

  private get data(): ExplorerData | undefined {
    return this.shown?.data;
  }

  private get importDialog(): FlImportDialog | null {
    return this.renderRoot.querySelector("fl-import-dialog");
  }

  /**
   * Opens what the address names. At page load the bundled data set opens at once; other
   * sources load first, and if they cannot be shown the bundled data set is shown with the
   * reason. Going back or forward to another data set keeps the one on screen if it fails.
   */
  private openFromAddress(query: string, when: "initial" | "history"): void {
    const named = sourceFromQuery(query, location.href);
    const problems = "problem" in named ? [named.problem] : [];
    const { source } = named;
    if (source.kind === "bundled") return this.showBundled(query, "keep", problems);
    if (when === "initial") this.opening = { name: source.kind === "stored" ? "the data set" : source.url, progress: null };
    this.requestUpdate();
    void openSource(source, { dataSets: this.dataSets, taxonomy: this.baseTaxonomy, onProgress: (p) => this.openingProgress(p) }).then((opened) => {
      this.opening = null;
      if (opened.ok) return this.show({ source, id: idOf(source), name: opened.name, data: opened.data }, query, "keep", [...problems, ...opened.remarks]);
      if (when === "initial") this.showBundled("", "keep", [...problems, opened.problem, ...opened.details]);
      else this.setNotice(opened.problem, opened.details);
    });
  }

  private openingProgress(progress: ImportProgress): void {
    if (!this.opening) return;
    this.opening.progress = progress;
    this.requestUpdate();
  }

  private showBundled(query: string, history: "keep" | "push", problems: readonly string[] = []): void {
    if (!this.bundledData) {
      this.requestUpdate();
      return;
    }
    this.show({ source: BUNDLED, id: BUNDLED_ID, name: BUNDLED_NAME, data: this.bundledData }, query, history, problems);
  }

  /** Puts a data set on screen with the view its query describes (or its opening view). */
  private show(shown: Shown, query: string, history: "keep" | "push", problems: readonly string[]): void {
    const theme = this.store.state.theme;
    this.layout?.stop();
    this.stopUrlSync?.();
    this.view?.kill();
    this.view = undefined;
    this.shown = shown;
    this.slice = undefined;
    this.defaults = getEmptyViewState(shown.data.openingDay);
    const linked = viewFromQuery(query, this.defaults, shown.data.dataSet);
    const keepTheme = !new URLSearchParams(query).has("theme");
    this.store.update(() => (keepTheme ? { ...linked.state, theme } : linked.state));
    this.mountWith = { camera: linked.camera, history };
    const linkProblems = linked.problems.length ? ["This link asked for things this data set does not have:", ...linked.problems] : [];
    const all = [...problems, ...linkProblems];
    this.notice = all.length ? { heading: all[0], items: all.slice(1) } : null;
    this.requestUpdate();
  }

  private setNotice(heading: string, items: readonly string[] = []): void {
    this.notice = { heading, items };
    this.requestUpdate();
  }

  /** The user opens the data set just imported: it is kept in the browser, then shown. */
  private async acceptImport(): Promise<void> {
    const read = this.imports.take();
    if (!read) return;
    const opened = prepare(read.name, () => prepareExplorer(read.dataSet, { positions: read.positions }), []);
    if (!opened.ok) return this.setNotice(opened.problem);
    const { id, warning } = await this.dataSets.keep(read);
    const source: DataSource = { kind: "stored", id };
    this.importDialog?.close();
    this.show({ source, id, name: opened.name, data: opened.data }, "", "push", warning ? [`${read.name} is open, but it will not be there after a reload: ${warning}`] : []);
  }

  private async openDataSet(id: string): Promise<void> {
    this.importDialog?.close();
    if (id === this.shown?.id) return;
    if (id === BUNDLED_ID) return this.showBundled("", "push");
    const source: DataSource = { kind: "stored", id };
    const opened = await openSource(source, { dataSets: this.dataSets, taxonomy: this.baseTaxonomy, onProgress: () => {} });
    if (opened.ok) this.show({ source, id, name: opened.name, data: opened.data }, "", "push", []);
    else this.setNotice(opened.problem, opened.details);
  }

  private async deleteDataSet(id: string): Promise<void> {
    if (id === this.shown?.id) this.showBundled("", "push");
    try {
      await this.dataSets.delete(id);
    } catch (e) {
      this.setNotice(`The data set could not be deleted: ${(e as Error).message}`);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("keydown", this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("keydown", this.onKey);
    this.unsubscribe();
    this.stopUrlSync?.();
    this.layout?.stop();
    this.view?.kill();
    this.resizeObserver?.disconnect();
  }

  /** Read-only figures about what is on screen, for automation and tests. */
  inspect() {
    const slice = this.currentSlice();
    return {
      state: this.store.state,
      visibleRelations: slice ? [...slice.visibleRelations] : [],
      visibleActors: slice ? [...slice.visibleActors] : [],
      actorPosition: (actor: string) => this.view?.viewportPosition(actor),
      layoutRunning: this.layoutRunning,
      dataSet: this.shown ? { id: this.shown.id, name: this.shown.name, actors: this.shown.data.dataSet.actors.length, relations: this.shown.data.dataSet.relations.length } : null,
    };
  }

  /**
   * Shows a data set made by a script as an opened import is shown (prepared on the main thread,
   * then put on screen at its opening view), without keeping it in the browser: the address stays
   * that of the bundled data. For automation and benchmarks. Resolves once sigma has drawn the
   * first frame of it; the preparation's time is recorded as the user-timing measure
   * "faultlines:prepare", since imports pay it on the main thread too.
   */
  showDataSet(name: string, dataSet: DataSet, positions: Readonly<Record<string, readonly [number, number]>>): Promise<void> {
    const start = performance.now();
    const opened = prepare(name, () => prepareExplorer(dataSet, { positions }), []);
    performance.measure("faultlines:prepare", { start, end: performance.now() });
    if (!opened.ok) return Promise.reject(new Error(opened.problem));
    const drawn = new Promise<void>((resolve) => this.frameWaiters.push(resolve));
    this.show({ source: BUNDLED, id: `script:${name}`, name, data: opened.data }, "", "keep", []);
    return drawn;
  }

  /** The sigma renderer on screen, for benchmarks that time its frames; undefined before the first mount. */
  inspectRenderer() {
    return this.view?.renderer;
  }

  /** The current view as a composed image: what the image dialog and the screenshot command use. */
  exportImage(spec: ImageSpec): Promise<Blob> {
    const slice = this.currentSlice();
    if (!this.data || !slice || !this.view) return Promise.reject(new Error("exportImage: the explorer has no graph to draw"));
    return composeImage({ sigma: this.view.renderer, graph: this.data.graph, dataSet: this.data.dataSet, slice, state: this.store.state }, spec);
  }

  private onImageRequest(e: ImageRequestEvent): void {
    const { action, ...spec } = e.request;
    const image = this.exportImage(spec);
    // The clipboard must be asked while the click's user activation lasts: hand it the promise now.
    if (action === "copy") void copyPng(image).catch((error: Error) => this.setNotice(`The image could not be copied: ${error.message}`));
    else
      void image
        .then((blob) => download({ name: imageFileName(this.store.state, spec.format), blob }))
        .catch((error: Error) => this.setNotice(`The image could not be made: ${error.message}`));
  }

  private currentSlice(): ViewSlice | undefined {
    const state = this.store.state;
    if (!this.data) return undefined;
    const stale = !this.slice || !this.sliceFor || SLICE_KEYS.some((k) => this.sliceFor![k] !== state[k]);
    if (stale) {
      this.slice = computeViewSlice(this.data.index, state);
      this.sliceFor = state;
    }
    return this.slice;
  }

  private onState(): void {
    const slice = this.currentSlice();
    if (slice) this.view?.update(slice, this.store.state);
    this.requestUpdate();
  }

  private chooseActor(actor: string | null): void {
    this.store.update(selectActor(actor));
    if (actor) this.view?.focusActor(actor);
  }

  private onLayoutCommand(e: LayoutCommandEvent): void {
    if (!this.data || !this.layout) return;
    const slice = this.currentSlice()!;
    switch (e.command) {
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
        this.view?.resetCamera();
        break;
      case "reset":
        this.layout.stop();
        for (const [actor, p] of this.data.storedPositions) this.data.graph.mergeNodeAttributes(actor, p);
        this.view?.refreshPositions();
        this.view?.resetCamera();
        break;
    }
  }

  private readonly onKey = (e: KeyboardEvent) => {
    const typing = e.composedPath().some((t) => t instanceof HTMLElement && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.isContentEditable));
    // Escape in a dialog (import, image, export) closes that dialog, and only that.
    const inDialog = e.composedPath().some((t) => t instanceof HTMLDialogElement);
    if (e.key === "/" && !typing) {
      e.preventDefault();
      this.renderRoot.querySelector("fl-search")?.focus();
    } else if (e.key === "Escape" && !typing && !inDialog && (this.store.state.selectedActor || this.store.state.selectedRelation)) {
      this.store.update(selectActor(null));
    }
  };

  /** Builds the graph view for the data on screen, once its container is rendered. */
  private mountView(): void {
    const container = this.renderRoot.querySelector<HTMLElement>("#graph");
    const shown = this.shown;
    if (!shown || !container) return;
    this.viewFor = shown;
    this.view = new GraphView(container, shown.data.graph, {
      clickActor: (actor) => this.store.update(selectActor(actor)),
      clickRelation: (relation) => this.store.update(selectRelation(relation)),
      clickStage: () => this.store.update(selectActor(null)),
      hoverActor: (actor) => this.store.update(hoverActor(actor)),
      cameraChange: () => this.sync?.cameraMoved(),
      frameDrawn: () => {
        const waiters = this.frameWaiters;
        this.frameWaiters = [];
        for (const resolve of waiters) resolve();
      },
    });
    const view = this.view;
    view.setCameraView(this.mountWith.camera);
    this.sync = new UrlSync(this.store, this.defaults, shown.data.dataSet, shown.source, () => this.openFromAddress(location.search, "history"));
    this.stopUrlSync = this.sync.start({ get: () => view.cameraView(), set: (v) => view.setCameraView(v) });
    if (this.mountWith.history === "push") this.sync.pushNow();
    this.mountWith = { camera: null, history: "keep" };
    this.layout = new LayoutRunner(
      shown.data.graph,
      (running) => {
        this.layoutRunning = running;
        this.requestUpdate();
      },
      () => this.view?.refreshPositions(),
    );
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.view?.resize());
    this.resizeObserver.observe(container);
    // Draw the slice now; the components already have it, so no second render is needed.
    const slice = this.currentSlice();
    if (slice) view.update(slice, this.store.state);
  }

  protected override updated(_changed: PropertyValues): void {
    if (this.shown !== this.viewFor) this.mountView();
    this.setAttribute("theme", this.store.state.theme);
    document.documentElement.style.colorScheme = this.store.state.theme;
  }

  override render() {
    if (this.opening) return openingScreen(this.opening);
    if (!this.data) return loadErrorsScreen(this.bundled.ok ? [] : this.bundled.diagnostics);
    const state = this.store.state;
    const slice = this.currentSlice()!;
    const { dataSet } = this.data;
    const when = state.mode === "at" ? `on ${formatDay(state.at)}` : `between ${formatDay(state.from)} and ${formatDay(state.to)}`;
    const asOf = state.mode === "at" ? `as of ${formatDay(state.at)}` : `between ${formatDay(state.from)} and ${formatDay(state.to)}`;
    const relationCount = slice.relationCount;
    const summary = `${relationCount} relation${relationCount === 1 ? "" : "s"} among ${slice.actorCount} actors ${asOf}`;
    const empty = relationCount === 0 ? (slice.activeInTime === 0 ? `No relations active ${when}` : `No relations match the filters ${when}`) : "";
    return html`<div class="layout">
      <header>
        <div class="brand">
          <h1>Faultlines</h1>
          <p class="data-name" data-testid="data-name" title=${this.shown!.name}>${this.shown!.name}</p>
        </div>
        <fl-search .actors=${dataSet.actors} .kinds=${dataSet.taxonomy.kinds}></fl-search>
        <fl-toolbar .theme=${state.theme} .layoutRunning=${this.layoutRunning}></fl-toolbar>
        <fl-import-dialog
          .dataSets=${this.dataSets.entries(this.shown!.id)}
          .status=${this.imports.status}
          .types=${this.baseTaxonomy.types}
          .families=${this.baseTaxonomy.families}
        ></fl-import-dialog>
        <fl-image-dialog .defaultTitle=${this.shown!.id === BUNDLED_ID ? "Faultlines" : this.shown!.name} .viewSize=${this.graphSize()}></fl-image-dialog>
        <fl-export-dialog .viewLabel=${summary}></fl-export-dialog>
      </header>
      <aside class="legend" aria-label="Legend and filters">
        <fl-legend
          .families=${dataSet.taxonomy.families}
          .types=${dataSet.taxonomy.types}
          .kinds=${dataSet.taxonomy.kinds}
          .typeCounts=${slice.typeCounts}
          .familyCounts=${slice.familyCounts}
          .kindCounts=${slice.kindCounts}
          .hiddenTypes=${state.hiddenTypes}
          .hiddenFamilies=${state.hiddenFamilies}
          .hiddenKinds=${state.hiddenKinds}
          .minConfidence=${state.minConfidence}
          .hideIsolated=${state.hideIsolated}
          .fadeHidden=${state.fadeHidden}
          .theme=${state.theme}
        ></fl-legend>
      </aside>
      <main>
        <div id="graph" role="img" aria-label=${`Graph: ${summary}`}></div>
        <p class="status" role="status" data-testid="status">${summary}${state.ego ? html` · ego view of ${dataSet.actors.find((a) => a.id === state.ego!.actor)?.label}, ${state.ego.depth} hop${state.ego.depth === 1 ? "" : "s"}` : ""}</p>
        ${empty ? html`<p class="empty" data-testid="empty">${empty}</p>` : ""}
        ${noticeBox(this.notice, () => ((this.notice = null), this.requestUpdate()))}
      </main>
      <aside class="details" aria-label="Details">
        <fl-details
          .dataSet=${dataSet}
          .actor=${state.selectedActor}
          .relation=${state.selectedRelation}
          .sliceRelations=${state.selectedActor !== null || state.selectedRelation !== null ? slice.relationIds : NO_RELATIONS}
          .timeLabel=${asOf}
          .egoDepth=${state.ego && state.ego.actor === state.selectedActor ? state.ego.depth : null}
          .theme=${state.theme}
        ></fl-details>
      </aside>
      <footer>
        <fl-timeline
          .first=${this.data.first}
          .last=${this.data.last}
          .bins=${this.data.bins}
          .mode=${state.mode}
          .at=${state.at}
          .from=${state.from}
          .to=${state.to}
          .playing=${state.playing}
          .speed=${state.speed}
        ></fl-timeline>
      </footer>
      ${this.drop.over ? html`<div class="drop-overlay" data-testid="drop-overlay"><p>Drop to import: GEXF, CSV or TSV, or Faultlines files</p></div>` : ""}
    </div>`;
  }

  private lastGraphSize: { width: number; height: number } | null = null;

  /** The graph's size on screen; the same object while it stays the same, so the image dialog is not re-rendered on every frame. */
  private graphSize(): { width: number; height: number } | null {
    const box = this.renderRoot.querySelector("#graph")?.getBoundingClientRect();
    const size = box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    const last = this.lastGraphSize;
    if (!(size && last && size.width === last.width && size.height === last.height)) this.lastGraphSize = size;
    return this.lastGraphSize;
  }
}

/**
 * What the details panel gets while nothing is selected: it reads the slice's relations only for
 * a selection, and a list of 200,000 ids per drag step would be built for nothing.
 */
const NO_RELATIONS: readonly string[] = [];

customElements.define("faultlines-app", FaultlinesApp);

declare global {
  interface HTMLElementTagNameMap {
    "faultlines-app": FaultlinesApp;
  }
}
