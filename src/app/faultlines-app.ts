/**
 * The root element: loads the bundled data set, owns the view state, and wires the graph view
 * and the components together. Components send typed events up; this element turns them into
 * producers on the store; the store's changes flow down as properties and into the renderer.
 *
 * @summary The Faultlines explorer.
 */
import { html, LitElement, type PropertyValues } from "lit";
import { formatDay } from "../model/dates";
import { errorsIn, formatDiagnostic } from "../model/diagnostics";
import { loadDataSet, type LoadResult } from "../model/load";
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
import type { ImageRequestEvent } from "../ui/image-dialog/image-request-event";
import { composeImage, imageFileName } from "../render/composition/compose";
import { copyPng } from "../render/composition/png";
import type { ImageSpec } from "../render/composition/types";
import "../ui/toolbar/toolbar";
import type { LayoutCommandEvent } from "../ui/events";
import { themeTokens } from "../ui/theme";
import { appStyles } from "./app.styles";
import { bundledData } from "./bundled-data";
import { download, exportFile } from "./export-download";
import { UrlSync } from "./url-sync";
import { prepareExplorer, type ExplorerData } from "./explorer-data";
import storedLayout from "../../graph-data/layout.json";

/** The fields of the view state the slice depends on; hover and selection of relations do not. */
const SLICE_KEYS = ["mode", "at", "from", "to", "hiddenTypes", "hiddenFamilies", "hiddenKinds", "minConfidence", "hideIsolated", "ego", "selectedActor"] as const;

export class FaultlinesApp extends LitElement {
  static override styles = [themeTokens, appStyles];

  private readonly result: LoadResult = loadDataSet(bundledData);
  private readonly data: ExplorerData | undefined = this.result.ok ? prepareExplorer(this.result.dataSet, storedLayout as never) : undefined;
  private readonly defaults = getEmptyViewState(this.data?.openingDay ?? 0);
  /** The view the address asked for; what it could not use is shown once, then dismissed. */
  private readonly linked = this.result.ok ? viewFromQuery(location.search, this.defaults, this.result.dataSet) : undefined;
  /** A message for the user that stays until dismissed: what a link could not use, or a failed export. */
  private notice: { readonly heading: string; readonly items: readonly string[] } | null = this.linked?.problems.length
    ? { heading: "This link asked for things this data set does not have:", items: this.linked.problems }
    : null;
  private readonly store = new Store<ViewState>(this.linked?.state ?? this.defaults);
  private slice: ViewSlice | undefined;
  private sliceFor: ViewState | undefined;
  private view: GraphView | undefined;
  private layout: LayoutRunner | undefined;
  private layoutRunning = false;
  private readonly unsubscribe = this.store.subscribe(() => this.onState());
  private stopUrlSync: (() => void) | undefined;
  private sync: UrlSync | undefined;

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
    this.addEventListener("export-request", (e) => {
      const slice = this.currentSlice();
      if (!this.data || !slice) return;
      const file = exportFile(e.request, this.data.dataSet, this.data.graph, slice, this.store.state);
      download({ name: file.name, blob: new Blob([file.text], { type: file.type }) });
    });
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
    };
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
    if (action === "copy") void copyPng(image).catch((error: Error) => this.reportProblem(`The image could not be copied: ${error.message}`));
    else
      void image
        .then((blob) => download({ name: imageFileName(this.store.state, spec.format), blob }))
        .catch((error: Error) => this.reportProblem(`The image could not be made: ${error.message}`));
  }

  private reportProblem(message: string): void {
    this.notice = { heading: message, items: [] };
    this.requestUpdate();
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
        this.layout.stop();
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
    if (e.key === "/" && !typing) {
      e.preventDefault();
      this.renderRoot.querySelector("fl-search")?.focus();
    } else if (e.key === "Escape" && !typing && (this.store.state.selectedActor || this.store.state.selectedRelation)) {
      this.store.update(selectActor(null));
    }
  };

  protected override firstUpdated(_changed: PropertyValues): void {
    const container = this.renderRoot.querySelector<HTMLElement>("#graph");
    if (!this.data || !container) return;
    this.view = new GraphView(container, this.data.graph, {
      clickActor: (actor) => this.store.update(selectActor(actor)),
      clickRelation: (relation) => this.store.update(selectRelation(relation)),
      clickStage: () => this.store.update(selectActor(null)),
      hoverActor: (actor) => this.store.update(hoverActor(actor)),
      cameraChange: () => this.sync?.cameraMoved(),
    });
    const view = this.view;
    view.setCameraView(this.linked?.camera ?? null);
    this.sync = new UrlSync(this.store, this.defaults, this.data.dataSet);
    this.stopUrlSync = this.sync.start({ get: () => view.cameraView(), set: (v) => view.setCameraView(v) });
    this.layout = new LayoutRunner(
      this.data.graph,
      (running) => {
        this.layoutRunning = running;
        this.requestUpdate();
      },
      () => this.view?.refreshPositions(),
    );
    new ResizeObserver(() => this.view?.resize()).observe(container);
    this.onState();
  }

  protected override updated(): void {
    this.setAttribute("theme", this.store.state.theme);
    document.documentElement.style.colorScheme = this.store.state.theme;
  }

  override render() {
    if (!this.result.ok || !this.data) return this.renderLoadErrors();
    const state = this.store.state;
    const slice = this.currentSlice()!;
    const { dataSet } = this.data;
    const when = state.mode === "at" ? `on ${formatDay(state.at)}` : `between ${formatDay(state.from)} and ${formatDay(state.to)}`;
    const asOf = state.mode === "at" ? `as of ${formatDay(state.at)}` : `between ${formatDay(state.from)} and ${formatDay(state.to)}`;
    const relationCount = slice.visibleRelations.size;
    const summary = `${relationCount} relation${relationCount === 1 ? "" : "s"} among ${slice.visibleActors.size} actors ${asOf}`;
    const empty = relationCount === 0 ? (slice.activeInTime === 0 ? `No relations active ${when}` : `No relations match the filters ${when}`) : "";
    return html`<div class="layout">
      <header>
        <h1>Faultlines</h1>
        <fl-search .actors=${dataSet.actors} .kinds=${dataSet.taxonomy.kinds}></fl-search>
        <fl-toolbar .theme=${state.theme} .layoutRunning=${this.layoutRunning}></fl-toolbar>
        <fl-image-dialog .defaultTitle=${"Faultlines"} .viewSize=${this.graphSize()}></fl-image-dialog>
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
        ${this.notice
          ? html`<div class="notice" role="alert" data-testid="notice">
              <p>${this.notice.heading}</p>
              ${this.notice.items.length ? html`<ul>${this.notice.items.map((p) => html`<li>${p}</li>`)}</ul>` : ""}
              <button @click=${() => ((this.notice = null), this.requestUpdate())}>Dismiss</button>
            </div>`
          : ""}
      </main>
      <aside class="details" aria-label="Details">
        <fl-details
          .dataSet=${dataSet}
          .actor=${state.selectedActor}
          .relation=${state.selectedRelation}
          .sliceRelations=${slice.relations.map((r) => r.id)}
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
    </div>`;
  }

  private graphSize(): { width: number; height: number } | null {
    const box = this.renderRoot.querySelector("#graph")?.getBoundingClientRect();
    return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
  }

  private renderLoadErrors() {
    const diagnostics = this.result.diagnostics;
    return html`<div class="load-errors">
      <h1>Faultlines</h1>
      <p role="alert">The data set has ${errorsIn(diagnostics).length} errors and was not loaded:</p>
      <pre>${diagnostics.map(formatDiagnostic).join("\n")}</pre>
    </div>`;
  }
}

customElements.define("faultlines-app", FaultlinesApp);

declare global {
  interface HTMLElementTagNameMap {
    "faultlines-app": FaultlinesApp;
  }
}
