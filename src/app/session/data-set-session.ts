/**
 * Which data set is on screen, and how it got there: opened from the address at page load or
 * by going back and forward, chosen from the data set list, accepted from the import dialog,
 * or made by a script. Each becomes a data set ready to show (shown-data-set.ts) and is put on
 * screen at the view its address describes; the address then follows the view (url-sync.ts).
 * A data set that cannot be opened leaves the one on screen as it was, and the user is told
 * why in a notice that stays until dismissed. Also remembers the last slice of the data set
 * shown, which the page, the graph and the exports share.
 *
 * A Lit reactive controller: opens what the address names when the host first connects, and
 * stops following the address when it goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ImportProgress } from "../../import/types";
import type { Taxonomy } from "../../model/types";
import type { CameraView } from "../../render/graph-view";
import type { Store } from "../../state/store";
import { viewFromQuery } from "../../state/url";
import { computeViewSlice, type ViewSlice } from "../../state/view-slice";
import { getEmptyViewState, type ViewState } from "../../state/view-state";
import type { Notice } from "../app-screens";
import { DataSetsController } from "../controllers/data-sets-controller";
import type { ImportedData } from "../import/import-client";
import { BUNDLED_NAME, type Bundled } from "./bundled";
import { BUNDLED_ID, sourceFromQuery, type DataSource } from "./data-source";
import { openSource, type OpenOutcome } from "./open-source";
import { prepare, type ShownDataSet } from "./shown-data-set";
import { UrlSync, type CameraAccess } from "./url-sync";

/** The fields of the view state the slice depends on; hover and selection of relations do not. */
const SLICE_KEYS = ["mode", "at", "from", "to", "hiddenTypes", "hiddenFamilies", "hiddenKinds", "minConfidence", "showPossible", "hideIsolated", "ego", "selectedActor"] as const;

/** What the session asks of the page around it. */
export interface SessionHost {
  /** The data set on screen is about to be replaced: let go of its view. */
  leaving(): void;
  /** An import was accepted: the import dialog has done its work. */
  closeImportDialog(): void;
}

export class DataSetSession implements ReactiveController {
  /** The data set on screen; undefined while the first one opens, or when the bundled one fails its checks. */
  shown: ShownDataSet | undefined;
  /** A data set being opened from the address, before anything is on screen. */
  opening: { readonly name: string; progress: ImportProgress | null } | null = null;
  /** Stops the opening on screen: Cancel on the opening screen. */
  private stopOpening: AbortController | undefined;
  /** A message for the user that stays until dismissed: what a link could not use, a failed export or switch. */
  notice: Notice | null = null;
  readonly dataSets: DataSetsController;
  /** Imported types are matched against the project's taxonomy, whatever is on screen. */
  readonly baseTaxonomy: Taxonomy;
  private defaults: ViewState;
  private sync: UrlSync | undefined;
  private stopUrlSync: (() => void) | undefined;
  /** What the view to mount came with from its address: camera, and how history records it. */
  private mountWith: { camera: CameraView | null; history: "keep" | "push" } = { camera: null, history: "keep" };
  private lastSlice: { readonly shown: ShownDataSet; readonly state: ViewState; readonly slice: ViewSlice } | undefined;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: Store<ViewState>,
    private readonly bundled: Bundled,
    private readonly page: SessionHost,
  ) {
    host.addController(this);
    const { loaded } = bundled;
    this.defaults = store.state;
    this.baseTaxonomy = loaded.ok ? loaded.dataSet.taxonomy : { families: [], types: [], kinds: [] };
    this.dataSets = new DataSetsController(host, loaded.ok ? { name: BUNDLED_NAME, dataSet: loaded.dataSet } : undefined);
  }

  hostConnected(): void {
    if (this.started) return;
    this.started = true;
    this.openFromAddress(location.search, "initial");
  }

  hostDisconnected(): void {
    this.stopUrlSync?.();
    this.stopUrlSync = undefined;
  }

  /** What of the data set on screen the view state shows; computed again only when a field it depends on changes. */
  slice(): ViewSlice | undefined {
    const shown = this.shown;
    if (!shown) return undefined;
    const state = this.store.state;
    const last = this.lastSlice;
    if (last && last.shown === shown && SLICE_KEYS.every((k) => last.state[k] === state[k])) return last.slice;
    const slice = computeViewSlice(shown.index, state);
    this.lastSlice = { shown, state, slice };
    return slice;
  }

  /** A view was built for the data set on screen: the camera goes where its address said, and the address follows the view from now on. */
  mounted(camera: CameraAccess): void {
    const shown = this.shown;
    if (!shown) return;
    this.stopUrlSync?.();
    camera.set(this.mountWith.camera);
    this.sync = new UrlSync(this.store, this.defaults, shown.dataSet, shown.source, () => this.openFromAddress(location.search, "history"));
    this.stopUrlSync = this.sync.start(camera);
    if (this.mountWith.history === "push") this.sync.pushNow();
    this.mountWith = { camera: null, history: "keep" };
  }

  /** The address of the view on screen now (url-sync.ts), for "Copy link". */
  link(): string {
    return this.sync?.link() ?? location.href;
  }

  /** The user panned or zoomed: the address records it in place. */
  /**
   * A large import's first layout has settled: the data set is kept with these positions, so a
   * reload opens on them rather than on the first layout. A data set no longer kept, or the
   * bundled one, keeps nothing.
   */
  layoutSettled(shown: ShownDataSet, positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>): void {
    if (shown.source.kind !== "stored") return;
    const record = Object.fromEntries(Array.from(positions, ([actor, { x, y }]) => [actor, [x, y] as const]));
    this.dataSets.keepLayout(shown.id, record).catch((e: Error) => this.setNotice(`Where the layout of ${shown.name} settled could not be kept in this browser (${e.message}): a reload opens it on its first layout.`));
  }

  cameraMoved(): void {
    this.sync?.cameraMoved();
  }

  setNotice(heading: string, items: readonly string[] = []): void {
    this.notice = { heading, items };
    this.host.requestUpdate();
  }

  dismissNotice(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  /**
   * Opens what the address names. At page load the bundled data set opens at once; other
   * sources load first, and if they cannot be shown the bundled data set is shown with the
   * reason. Going back or forward to another data set keeps the one on screen if it fails.
   * Whatever goes wrong while opening, even what nothing foresaw, ends the same way.
   */
  private openFromAddress(query: string, when: "initial" | "history"): void {
    const named = sourceFromQuery(query, location.href);
    const problems = "problem" in named ? [named.problem] : [];
    const { source } = named;
    if (source.kind === "bundled") return this.showBundled(query, "keep", problems);
    const stop = new AbortController();
    if (when === "initial") {
      this.opening = { name: source.kind === "stored" ? "the data set" : source.url, progress: null };
      this.stopOpening = stop;
    }
    this.host.requestUpdate();
    const unforeseen = (e: unknown): OpenOutcome => ({
      ok: false,
      problem: `The data this link names could not be opened (${e instanceof Error ? e.message : String(e)}). Check the link, or import the file with Import…`,
      details: [],
    });
    void openSource(source, { dataSets: this.dataSets, taxonomy: this.baseTaxonomy, onProgress: (p) => this.openingProgress(p), signal: stop.signal }).catch(unforeseen).then((opened) => {
      if (this.stopOpening === stop) this.stopOpening = undefined;
      this.opening = null;
      if (opened.ok) return this.show(opened.shown, query, "keep", [...problems, ...opened.remarks]);
      if (when === "initial") this.showBundled("", "keep", [...problems, opened.problem, ...opened.details]);
      else this.setNotice(opened.problem, opened.details);
    });
  }

  /** The user cancelled the opening: it stops, and the bundled data set is shown with a notice saying so. */
  cancelOpening(): void {
    this.stopOpening?.abort();
  }

  private openingProgress(progress: ImportProgress): void {
    if (!this.opening) return;
    this.opening.progress = progress;
    this.host.requestUpdate();
  }

  private showBundled(query: string, history: "keep" | "push", problems: readonly string[] = []): void {
    if (!this.bundled.shown) return this.host.requestUpdate();
    this.show(this.bundled.shown, query, history, problems);
  }

  /** Puts a data set on screen with the view its query describes (or its opening view). */
  show(shown: ShownDataSet, query: string, history: "keep" | "push", problems: readonly string[]): void {
    const theme = this.store.state.theme;
    this.page.leaving();
    this.stopUrlSync?.();
    this.stopUrlSync = undefined;
    this.sync = undefined;
    this.shown = shown;
    this.defaults = getEmptyViewState(shown.openingDay);
    const linked = viewFromQuery(query, this.defaults, shown.dataSet);
    const keepTheme = !new URLSearchParams(query).has("theme");
    this.store.update(() => (keepTheme ? { ...linked.state, theme } : linked.state));
    this.mountWith = { camera: linked.camera, history };
    const linkProblems = linked.problems.length ? ["This link asked for things this data set does not have:", ...linked.problems] : [];
    const all = [...problems, ...linkProblems];
    this.notice = all.length ? { heading: all[0], items: all.slice(1) } : null;
    this.host.requestUpdate();
    this.afterFirstFrame(shown);
  }

  /**
   * The histogram and the rest of what the first frame does not need wait for it (later-work.ts).
   * The graph draws in an animation frame after this update; a task queued from an animation
   * frame asked for now runs once that frame is drawn.
   */
  private afterFirstFrame(shown: ShownDataSet): void {
    shown.later.after("histogram", () => shown.histogram.get());
    const drawn = () => shown.later.firstFrameDrawn(() => this.shown === shown, () => this.host.requestUpdate());
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(drawn, 0));
    else setTimeout(drawn, 0);
  }

  /** The user opens the data set just imported: it is kept in the browser, then shown. */
  async acceptImport(read: ImportedData | undefined): Promise<void> {
    if (!read) return;
    const made = prepare(read.name, read.dataSet, read.positions);
    if (!made.ok) return this.setNotice(made.problem);
    const { id, warning } = await this.dataSets.keep(read);
    const source: DataSource = { kind: "stored", id };
    this.page.closeImportDialog();
    this.show({ source, id, name: read.name, ...made.prepared, ...(read.refine ? { refine: true } : {}) }, "", "push", warning ? [`${read.name} is open, but it will not be there after a reload: ${warning}`] : []);
  }

  /** The user chose a data set from the list. */
  async openDataSet(id: string): Promise<void> {
    if (id === this.shown?.id) return;
    if (id === BUNDLED_ID) return this.showBundled("", "push");
    const opened = await openSource({ kind: "stored", id }, { dataSets: this.dataSets, taxonomy: this.baseTaxonomy, onProgress: () => {} });
    if (opened.ok) this.show(opened.shown, "", "push", []);
    else this.setNotice(opened.problem, opened.details);
  }

  async deleteDataSet(id: string): Promise<void> {
    if (id === this.shown?.id) this.showBundled("", "push");
    try {
      await this.dataSets.delete(id);
    } catch (e) {
      this.setNotice(`The data set could not be deleted: ${(e as Error).message}`);
    }
  }
}
