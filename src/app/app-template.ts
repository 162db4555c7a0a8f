/**
 * The explorer's page: the header (name, search, toolbar, dialogs), the legend, the graph with
 * its status line and notices, the details panel and the timeline. A pure template of what the
 * root element holds: properties go down to the components, whose events go up to the root.
 * Everything from a file goes in as text.
 */
import { html } from "lit";
import type { ChangeMark } from "../model/change-days";
import { deathsOfDataSet } from "../model/deaths";
import { timeInWords, timeOfView } from "../model/time-words";
import type { Taxonomy } from "../model/types";
import type { CompareView } from "../state/compare-view";
import { relationsKeptByFilters } from "../state/view-filters";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import type { DataSetEntry, ImportStatus } from "../ui/import-dialog/import-status";
import "../ui/compare/compare-control";
import "../ui/compare/what-changed";
import { compareStatus, momentWords, namesOf, relationChangeWords } from "../ui/compare/compare-words";
import "../ui/details/details";
import "../ui/export-dialog/export-dialog";
import "../ui/image-dialog/image-dialog";
import "../ui/film-dialog/film-dialog";
import type { FilmController } from "./controllers/film-controller";
import { defaultFilmSpan } from "./film/film-view";
import "../ui/import-dialog/import-dialog";
import "../ui/legend/legend";
import "../ui/relation-tip/relation-tip";
import "../ui/search/search";
import "../ui/shortcuts/shortcuts";
import "../ui/timeline/timeline";
import "../ui/toolbar/copy-link";
import "../ui/toolbar/toolbar";
import { alignmentPanel, balanceLine, type AlignmentPage } from "./analysis/alignment-templates";
import { noticeBox, type Notice } from "./app-screens";
import { rankingSlots } from "./ranking-slots";
import { BUNDLED_ID } from "./session/data-source";
import type { ShownDataSet } from "./session/shown-data-set";

export interface ExplorerPage {
  readonly shown: ShownDataSet;
  readonly state: ViewState;
  readonly slice: ViewSlice;
  /** The data set list of the import dialog. */
  readonly dataSets: DataSetEntry[];
  readonly importStatus: ImportStatus;
  /** The project's taxonomy, which imported types are matched against. */
  readonly baseTaxonomy: Taxonomy;
  readonly layoutRunning: boolean;
  readonly graphSize: { width: number; height: number } | null;
  readonly notice: Notice | null;
  readonly dismissNotice: () => void;
  /** Files are being dragged over the page. */
  readonly dropping: boolean;
  /** The line under the pointer: the relations it stands for and where the pointer is. */
  readonly hoveredLine: { readonly relations: readonly string[]; readonly point: { readonly x: number; readonly y: number } } | null;
  /** The days where what the view shows changes, for the timeline (session/timeline-changes.ts). */
  readonly changes: readonly ChangeMark[];
  /** Compare mode's comparison (state/compare-view.ts), or null when not comparing. */
  readonly compare: CompareView | null;
  /** Allies and enemies: the balance line, the Alignments panel, the legend's camps. */
  readonly alignment: AlignmentPage;
  /** The film being made, or the last one (controllers/film-controller.ts). */
  readonly film: Pick<FilmController, "support" | "progress" | "result" | "problem">;
}

/**
 * What the details panel gets while nothing is selected: it reads the slice's relations only for
 * a selection, and a list of 200,000 ids per drag step would be built for nothing.
 */
const NO_RELATIONS: readonly string[] = [];

/**
 * A link that moves focus to a region of the page (graph, timeline, details), skipping the
 * header and the legend's many controls. The regions are in this shadow root, where a "#id"
 * address cannot reach, so the link focuses its region itself.
 */
function skipLink(region: string, label: string) {
  const skip = (e: Event) => {
    e.preventDefault();
    ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById(region)?.focus();
  };
  return html`<a href=${`#${region}`} @click=${skip}>${label}</a>`;
}

/** How the graph is used from the keyboard, said first in its name. */
const GRAPH_KEYS = "Graph: arrow keys move between actors, Enter opens the selected actor's details, Escape goes back, ? lists the shortcuts";

export function explorerPage(page: ExplorerPage) {
  const { shown, state, slice } = page;
  const { dataSet } = shown;
  // The date or window in words: "when" ends the empty-view message, "asOf" the status line and the details.
  const when = timeInWords(timeOfView(state), "on");
  const asOf = timeInWords(timeOfView(state), "as of");
  const relationCount = slice.relationCount;
  const summary = `${relationCount} relation${relationCount === 1 ? "" : "s"} among ${slice.actorCount} actors ${asOf}`;
  const { compare } = page;
  const nothingSelected = state.selectedActor === null && state.selectedRelation === null && state.selectedPair === null;
  const empty = relationCount === 0 ? (slice.activeInTime === 0 ? `No relations active ${when}` : `No relations match the filters ${when}`) : "";
  return html`<div class="layout">
    <nav class="skip-links" aria-label="Skip links">${skipLink("graph", "Skip to graph")}${skipLink("timeline", "Skip to timeline")}${skipLink("details", "Skip to details")}</nav>
    <header>
      <div class="brand">
        <h1>Faultlines</h1>
        <p class="data-name" data-testid="data-name" title=${shown.name}>${shown.name}</p>
      </div>
      <fl-search .actors=${dataSet.actors} .kinds=${dataSet.taxonomy.kinds} .kindOf=${(id: string) => slice.kindOf(id)}></fl-search>
      <fl-toolbar .theme=${state.theme} .layoutRunning=${page.layoutRunning} .linePerRelation=${state.linePerRelation}></fl-toolbar>
      <fl-import-dialog .dataSets=${page.dataSets} .onScreen=${page.shown.name} .status=${page.importStatus} .types=${page.baseTaxonomy.types} .families=${page.baseTaxonomy.families}></fl-import-dialog>
      <fl-image-dialog .defaultTitle=${shown.id === BUNDLED_ID ? "Faultlines" : shown.name} .viewSize=${page.graphSize}></fl-image-dialog>
      <fl-film-dialog
        .defaultTitle=${shown.id === BUNDLED_ID ? "Faultlines" : shown.name}
        .defaultSpan=${defaultFilmSpan(state, shown.first)}
        .support=${page.film.support}
        .progress=${page.film.progress}
        .result=${page.film.result}
        .problem=${page.film.problem}
      ></fl-film-dialog>
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
        .showPossible=${state.showPossible}
        .possibleCount=${slice.possibleOnlyCount}
        .theme=${state.theme}
        .changes=${compare ? { counts: { added: compare.comparison.added.length, ended: compare.comparison.ended.length, continuing: compare.comparison.continuing.length, turned: compare.comparison.turned.length }, since: momentWords(compare.a) } : null}
        .camps=${page.alignment.legend}
        .widthBy=${state.widthBy}
        .deaths=${deathsOfDataSet(dataSet)}
      ></fl-legend>
    </aside>
    <main>
      <div id="graph" role="application" tabindex="0" aria-label=${`${GRAPH_KEYS}. ${summary}`}></div>
      <p id="graph-announcer" class="visually-hidden" aria-live="polite"></p>
      <!-- Over the graph's top right corner: the header has no room left at 1280 px. -->
      <fl-shortcuts class="shortcuts"></fl-shortcuts>
      <p class="status" role="status" data-testid="status">${compare ? `${compareStatus(compare.comparison, compare.a)} · ` : ""}${summary}${state.ego ? html` · ego view of ${dataSet.actors.find((a) => a.id === state.ego!.actor)?.label}, ${state.ego.depth} hop${state.ego.depth === 1 ? "" : "s"}` : ""}</p>
      <fl-copy-link></fl-copy-link>
      ${empty ? html`<p class="empty" data-testid="empty">${empty}</p>` : ""}
      <fl-relation-tip .dataSet=${dataSet} .relations=${page.hoveredLine?.relations ?? []} .point=${page.hoveredLine?.point ?? null} .time=${timeOfView(state)}></fl-relation-tip>
      ${noticeBox(page.notice, page.dismissNotice)}
    </main>
    <aside class="details" id="details" tabindex="-1" aria-label="Details">
      ${compare && nothingSelected ? html`<fl-what-changed .dataSet=${dataSet} .comparison=${compare.comparison} .a=${compare.a} .b=${compare.b} .theme=${state.theme}></fl-what-changed>` : ""}
      <fl-details
        ?hidden=${!!compare && nothingSelected}
        .returnTo=${compare ? "What changed" : null}
        .changeNote=${compare && state.selectedRelation ? relationChangeWords(compare.comparison, state.selectedRelation, compare.a, compare.b, namesOf(dataSet)) : null}
        class=${nothingSelected ? "idle" : ""}
        .dataSet=${dataSet}
        .actor=${state.selectedActor}
        .relation=${state.selectedRelation}
        .pair=${state.selectedPair}
        .sliceRelations=${state.selectedActor !== null || state.selectedRelation !== null || state.selectedPair !== null ? slice.relationIds : NO_RELATIONS}
        .keptByFilters=${state.selectedActor !== null || state.selectedPair !== null ? relationsKeptByFilters(shown.index, state) : null}
        .timeLabel=${asOf}
        .time=${timeOfView(state)}
        .egoDepth=${state.ego && state.ego.actor === state.selectedActor ? state.ego.depth : null}
        .theme=${state.theme}
        >${rankingSlots(shown, state, slice)}</fl-details
      >
      ${nothingSelected && !compare ? alignmentPanel(page.alignment) : ""}
    </aside>
    <footer id="timeline" tabindex="-1" aria-label="Timeline">
      <fl-timeline
        .first=${shown.first}
        .last=${shown.last}
        .bins=${shown.histogram.ready}
        .changes=${page.changes}
        .horizon=${shown.horizon}
        .openEnds=${shown.openEnds}
        .span=${state.span}
        .mode=${state.mode}
        .at=${state.at}
        .from=${state.from}
        .to=${state.to}
        .playing=${state.playing}
        .speed=${state.speed}
      ></fl-timeline>
      ${balanceLine(page.alignment)}
      <fl-compare-control .compare=${state.compare} .first=${shown.first} .last=${shown.last}></fl-compare-control>
    </footer>
    ${page.dropping ? html`<div class="drop-overlay" data-testid="drop-overlay"><p>Drop to import: GEXF, CSV or TSV, or Faultlines files</p></div>` : ""}
  </div>`;
}
