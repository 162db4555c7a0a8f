/**
 * Test page for fl-legend: the bundled taxonomy in a 300 px sidebar, with the counts of the
 * slice on 27 Feb 2026 (relations per type and family, actors per kind). Each FilterChangeEvent
 * is recorded in testWindow.__events and applied back to the legend, as the app would; the counts
 * follow the minimum confidence, as a slice does. `?theme=dark` starts in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import { bundledData } from "../../src/app/bundled-data";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/slice";
import type { Confidence } from "../../src/model/types";
import type { Theme } from "../../src/state/view-state";
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

/** What the browser test reads and calls; kept off the global Window type, which other pages extend. */
const testWindow = window as unknown as { __events: { type: string; change: FilterChange }[]; __setTheme: (theme: Theme) => void };

const loaded = loadDataSet(bundledData);
if (!loaded.ok) throw new Error("legend test page: the bundled data set does not load");
const { taxonomy, actors } = loaded.dataSet;
const index = new RelationIndex(loaded.dataSet);
const day = parseDay("2026-02-27");
const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
const familyOf = new Map(taxonomy.types.map((t) => [t.id, t.family]));

function countsAt(minConfidence: Confidence) {
  const typeCounts: Record<string, number> = {};
  const familyCounts: Record<string, number> = {};
  const kindCounts: Record<string, number> = {};
  const seen = new Set<string>();
  for (const r of index.query({ time: { at: day }, minConfidence })) {
    typeCounts[r.type] = (typeCounts[r.type] ?? 0) + 1;
    const family = familyOf.get(r.type) ?? "";
    familyCounts[family] = (familyCounts[family] ?? 0) + 1;
    seen.add(r.source).add(r.target);
  }
  for (const actor of seen) {
    const kind = kindOf.get(actor) ?? "";
    kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
  }
  return { typeCounts, familyCounts, kindCounts };
}

const params = new URLSearchParams(location.search);
let theme: Theme = params.get("theme") === "dark" ? "dark" : "light";
testWindow.__events = [];

const box = document.createElement("legend-test-theme");
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
Object.assign(legend, {
  families: taxonomy.families,
  types: taxonomy.types,
  kinds: taxonomy.kinds,
  ...countsAt(legend.minConfidence),
});

testWindow.__setTheme = (next) => {
  theme = next;
  box.setAttribute("theme", theme);
  legend.theme = theme;
};
testWindow.__setTheme(theme);

legend.addEventListener("filter-change", (e: FilterChangeEvent) => {
  testWindow.__events.push({ type: e.type, change: e.change });
  Object.assign(legend, e.change);
  if (e.change.minConfidence) Object.assign(legend, countsAt(e.change.minConfidence));
});
