/**
 * Test page for fl-legend: the bundled taxonomy in a 300 px sidebar, with the counts of the
 * slice on 27 Feb 2026 as the app gives them: the view state goes through computeViewSlice, and
 * each FilterChangeEvent is applied to the view state (setFilters) and recorded in
 * testWindow.__events, so the counts shown follow every toggle as they do in the explorer.
 * `?theme=dark` starts in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import { bundledData } from "../../src/app/session/bundled";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { setFilters } from "../../src/state/producers";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type Theme, type ViewState } from "../../src/state/view-state";
import type { FilterChange, FilterChangeEvent } from "../../src/ui/events";
import "../../src/ui/legend/legend";
import { themeTokens } from "../../src/ui/theme";

/** Gives its children the theme tokens, light or dark after its `theme` attribute. */
class LegendTestTheme extends LitElement {
  static override styles = [themeTokens, css`:host { display: block; min-height: 100vh; background: var(--fl-bg); color: var(--fl-text); }`];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("legend-test-theme", LegendTestTheme);

/** What the browser test reads; kept off the global Window type, which other pages extend. */
const testWindow = window as unknown as { __events: { type: string; change: FilterChange }[] };

const loaded = loadDataSet(bundledData);
if (!loaded.ok) throw new Error("legend test page: the bundled data set does not load");
const { taxonomy } = loaded.dataSet;
const index = new RelationIndex(loaded.dataSet);

const params = new URLSearchParams(location.search);
const theme: Theme = params.get("theme") === "dark" ? "dark" : "light";
let state: ViewState = { ...getEmptyViewState(parseDay("2026-02-27")), theme };
testWindow.__events = [];

const box = document.createElement("legend-test-theme");
box.setAttribute("theme", theme);
document.body.append(box);
render(
  html`<main style="display: flex; gap: 1.5rem; padding: 1rem">
    <aside style="width: 300px; height: calc(100vh - 2rem); border: 1px solid var(--fl-border); border-radius: var(--fl-radius); display: flex; flex-direction: column">
      <h1 style="font-size: 1rem; margin: 0; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--fl-border)">Legend, 27 Feb 2026</h1>
      <fl-legend style="flex: 1; min-height: 0"></fl-legend>
    </aside>
  </main>`,
  box,
);

const legend = box.querySelector("fl-legend")!;
Object.assign(legend, { families: taxonomy.families, types: taxonomy.types, kinds: taxonomy.kinds, theme });

/** The legend's properties from the view state, as the app binds them. */
function show(): void {
  const slice = computeViewSlice(index, state);
  Object.assign(legend, {
    typeCounts: slice.typeCounts,
    familyCounts: slice.familyCounts,
    kindCounts: slice.kindCounts,
    hiddenTypes: state.hiddenTypes,
    hiddenFamilies: state.hiddenFamilies,
    hiddenKinds: state.hiddenKinds,
    minConfidence: state.minConfidence,
    hideIsolated: state.hideIsolated,
    fadeHidden: state.fadeHidden,
    showPossible: state.showPossible,
    possibleCount: slice.possibleOnlyCount,
  });
}
show();

legend.addEventListener("filter-change", (e: FilterChangeEvent) => {
  testWindow.__events.push({ type: e.type, change: e.change });
  state = setFilters(e.change)(state);
  show();
});
