/**
 * The root element: owns the view state and composes the parts that do the work. The data-set
 * session decides which data set is on screen (opened from the address, chosen, imported); the
 * graph controller draws it; the import, drop and data-set controllers serve the import dialog;
 * the keyboard controller holds the shortcuts; exports.ts makes files and images. Components
 * send typed events up; this element turns them into producers on the store or calls on its
 * parts; the store's changes flow down as properties (app-template.ts) and into the renderer.
 *
 * @summary The Faultlines explorer.
 */
import { LitElement, type PropertyValues } from "lit";
import type { ImageSpec } from "../look/composition/types";
import { selectActor, selectPair, selectRelation, selectTriad, setColourBy, setCompare, setEgo, setLinePerRelation, setFilters, setPlaying, setSpan, setSpeed, setTheme, setTime, setWidthBy } from "../state/producers";
import { Store } from "../state/store";
import { getEmptyViewState, type ViewState } from "../state/view-state";
import type { FlImportDialog } from "../ui/import-dialog/import-dialog";
import { themeTokens } from "../ui/theme";
import { AlignmentController } from "./analysis/alignment-controller";
import { alignmentPage } from "./analysis/alignment-templates";
import { loadErrorsScreen, openingScreen } from "./app-screens";
import { explorerPage, type ExplorerPage } from "./app-template";
import { appStyles } from "./app.styles";
import { automationOf } from "./automation";
import { DropController } from "./controllers/drop-controller";
import { GraphController } from "./controllers/graph-controller";
import { ImportController } from "./controllers/import-controller";
import { KeyboardController } from "./controllers/keyboard-controller";
import { FilmController } from "./controllers/film-controller";
import type { FilmSource } from "./film/film-maker";
import { deliverExport, deliverImage, download, exportImage } from "./exports";
import { loadBundled } from "./session/bundled";
import { Comparisons } from "./session/comparison";
import { DataSetSession } from "./session/data-set-session";
import { TimelineChanges } from "./session/timeline-changes";

export class FaultlinesApp extends LitElement {
  static override styles = [themeTokens, appStyles];

  private readonly bundled = loadBundled();
  private readonly store = new Store<ViewState>(getEmptyViewState(this.bundled.shown?.openingDay ?? 0));
  private readonly graph: GraphController = new GraphController(this, {
    store: this.store,
    shown: () => this.session.shown,
    slice: () => this.session.slice(),
    comparison: () => this.comparison(),
    container: () => this.renderRoot.querySelector<HTMLElement>("#graph"),
    mounted: (camera) => this.session.mounted(camera),
    cameraMoved: () => this.session.cameraMoved(),
    layoutSettled: (shown, positions) => this.session.layoutSettled(shown, positions),
    alignment: (slice, state) => this.alignment.look(this.alignment.now(this.session.shown!, slice, state.mode === "at" ? state.at : state.to), state),
    lineHovered: (line) => {
      if (line === null && this.hoveredLine === null) return;
      this.hoveredLine = line;
      this.requestUpdate();
    },
  });
  /** The balance series (in a worker) and the alignment on the date shown; the graph redraws with the series' camps. */
  private readonly alignment = new AlignmentController(this, () => this.graph.draw());
  /** The timeline's change days for the current filters, worked out when those change. */
  private readonly timelineChanges = new TimelineChanges();
  /** The line under the pointer, for its tooltip; not view state (a link never holds it). */
  private hoveredLine: ExplorerPage["hoveredLine"] = null;
  private readonly session = new DataSetSession(this, this.store, this.bundled, {
    leaving: () => this.graph.unmount(),
    closeImportDialog: () => this.importDialog?.close(),
  });
  private readonly comparisons = new Comparisons();
  private readonly comparison = () => this.comparisons.of(this.session.shown, this.store.state, this.session.slice());
  private readonly imports = new ImportController(
    this,
    () => this.session.baseTaxonomy,
    () => {
      const shown = this.session.shown;
      if (!shown) return undefined;
      // Where the user sees each actor now, so adding files to the data set does not move them.
      const at = (id: string): readonly [number, number][] => {
        const p = this.graph.positionOf(id);
        return p ? [[p.x, p.y]] : [];
      };
      return { name: shown.name, dataSet: shown.dataSet, positions: Object.fromEntries(shown.dataSet.actors.flatMap((a) => at(a.id).map((p) => [a.id, p]))) };
    },
  );
  private readonly drop = new DropController(
    this,
    (files) => {
      this.importDialog?.show();
      this.imports.start(files);
    },
    () => !this.imports.working && !this.session.opening,
  );
  private readonly films = new FilmController(this, () => this.filmSource(), download);
  /** What scripts may ask: tests, benchmarks and the screenshot and animate commands (automation.ts). */
  readonly automation = automationOf({ store: this.store, session: this.session, graph: this.graph, image: (spec) => this.image(spec), film: (spec, heard) => this.films.film(spec, heard) });
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    // The host keeps it (addController); nothing here calls it again.
    new KeyboardController(this, {
      store: this.store,
      shown: () => this.session.shown,
      slice: () => this.session.slice(),
      graphRegion: () => this.renderRoot.querySelector<HTMLElement>("#graph"),
      viewportPosition: (actor) => this.graph.viewportPosition(actor),
      focusActor: (actor) => this.graph.focusActor(actor),
      announce: (text) => {
        const announcer = this.renderRoot.querySelector("#graph-announcer");
        if (announcer) announcer.textContent = text;
      },
      focusSearch: () => this.renderRoot.querySelector("fl-search")?.focus(),
      // The panel's heading (#title, see fl-details) takes focus, as moving within the panel does.
      focusDetails: () => this.renderRoot.querySelector("fl-details")?.shadowRoot?.querySelector<HTMLElement>("#title")?.focus(),
      showShortcuts: () => this.renderRoot.querySelector("fl-shortcuts")?.show(),
    });
    // Events from the components below, heard on the element itself: added once, for its life.
    this.addEventListener("time-change", (e) => this.store.update(setTime(e.change)));
    this.addEventListener("play-toggle", (e) => this.store.update(setPlaying(e.playing)));
    this.addEventListener("speed-change", (e) => this.store.update(setSpeed(e.speed)));
    this.addEventListener("span-change", (e) => this.store.update(setSpan(e.span)));
    this.addEventListener("filter-change", (e) => this.store.update(setFilters(e.change)));
    this.addEventListener("actor-select", (e) => {
      this.store.update(selectActor(e.actor));
      if (e.actor) this.graph.focusActor(e.actor);
    });
    this.addEventListener("relation-select", (e) => {
      this.store.update(selectRelation(e.relation));
      // Back from a relation opened in "What changed": the panel's heading takes the focus, as within the details panel.
      if (e.relation === null && this.store.state.compare) void this.updateComplete.then(() => this.renderRoot.querySelector("fl-what-changed")?.focus());
    });
    this.addEventListener("pair-select", (e) => this.store.update(selectPair(e.pair)));
    this.addEventListener("compare-change", (e) => this.store.update(setCompare(e.compare)));
    this.addEventListener("ego-change", (e) => this.store.update(setEgo(e.ego)));
    this.addEventListener("lines-change", (e) => this.store.update(setLinePerRelation(e.linePerRelation)));
    this.addEventListener("theme-change", (e) => this.store.update(setTheme(e.theme)));
    this.addEventListener("triad-select", (e) => this.store.update(selectTriad(e.triad)));
    this.addEventListener("colour-by-change", (e) => this.store.update(setColourBy(e.colourBy)));
    this.addEventListener("width-by-change", (e) => this.store.update(setWidthBy(e.widthBy)));
    this.addEventListener("balance-series", (e) => {
      if (e.command === "stop") this.alignment.stop();
      else if (this.session.shown) this.alignment.restart(this.session.shown, this.store.state);
    });
    this.addEventListener("layout-command", (e) => this.graph.run(e.command));
    this.addEventListener("link-request", (e) => (e.link = this.session.link()));
    this.addEventListener("image-request", (e) => deliverImage(e.request, (spec) => this.image(spec), this.store.state, (heading) => this.session.setNotice(heading)));
    this.addEventListener("image-preview", (e) => (e.image = this.image(e.spec)));
    this.addEventListener("film-request", (e) => void this.films.make(e.spec));
    this.addEventListener("film-cancel", () => this.films.cancel());
    this.addEventListener("import-files", (e) => this.imports.start(e.files, e.into));
    this.addEventListener("import-cancel", () => this.imports.cancel());
    this.addEventListener("type-mapping", (e) => this.imports.applyMapping(e.mapping));
    this.addEventListener("event-mapping", (e) => this.imports.applyEvents(e.answers));
    this.addEventListener("import-accept", () => void this.session.acceptImport(this.imports.take()));
    this.addEventListener("data-set-open", (e) => {
      this.importDialog?.close();
      void this.session.openDataSet(e.id);
    });
    this.addEventListener("data-set-delete", (e) => void this.session.deleteDataSet(e.id));
    this.addEventListener("export-request", (e) => {
      const [shown, slice] = [this.session.shown, this.session.slice()];
      if (!shown || !slice) return;
      deliverExport(e.request, { shown, slice, state: this.store.state, positionOf: (actor) => this.graph.positionOf(actor), compare: this.comparison() });
    });
  }

  private get importDialog(): FlImportDialog | null {
    return this.renderRoot.querySelector("fl-import-dialog");
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.store.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** The view as an image, for the image dialog and automation. */
  private image(spec: ImageSpec): Promise<Blob> {
    const [shown, slice, sigma] = [this.session.shown, this.session.slice(), this.graph.renderer];
    if (!shown || !slice || !sigma) return Promise.reject(new Error("exportImage: the explorer has no graph to draw"));
    return exportImage(sigma, { shown, slice, state: this.store.state, compare: this.comparison() }, spec);
  }

  /** What a film is made of: the data set on screen, the view state, and the view's actors and camera. */
  private filmSource(): FilmSource | undefined {
    const [shown, stage] = [this.session.shown, this.graph.stageSetting()];
    return shown && stage ? { shown, state: this.store.state, stage } : undefined;
  }

  protected override updated(_changed: PropertyValues): void {
    this.setAttribute("theme", this.store.state.theme);
    document.documentElement.style.colorScheme = this.store.state.theme;
  }

  override render() {
    const { session } = this;
    if (session.opening) return openingScreen(session.opening, () => session.cancelOpening());
    const shown = session.shown;
    if (!shown) return loadErrorsScreen(this.bundled.loaded.ok ? [] : this.bundled.loaded.diagnostics);
    return explorerPage({
      shown,
      state: this.store.state,
      slice: session.slice()!,
      dataSets: session.dataSets.entries(shown.id),
      importStatus: this.imports.status,
      baseTaxonomy: session.baseTaxonomy,
      layoutRunning: this.graph.layoutRunning,
      graphSize: this.graph.size(),
      notice: session.notice,
      dismissNotice: () => session.dismissNotice(),
      dropping: this.drop.over,
      hoveredLine: this.hoveredLine,
      changes: this.timelineChanges.of(shown, this.store.state),
      compare: this.comparison(),
      alignment: alignmentPage(this.alignment, shown, this.store.state, session.slice()!),
      film: this.films,
    });
  }
}

customElements.define("faultlines-app", FaultlinesApp);

declare global {
  interface HTMLElementTagNameMap {
    "faultlines-app": FaultlinesApp;
  }
}
