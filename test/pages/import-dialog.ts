/**
 * Test page for fl-import-dialog alone, for the states a person cannot hold still in the app: an
 * import at a given point of its progress, a report the test writes itself. It gives the dialog
 * what the app root would (a list of data sets, the bundled taxonomy to map unknown types to)
 * and, through testWindow.__setStatus, the status the app sets as an import runs; like the app,
 * it goes back to idle when the user cancels. `?theme=dark` starts in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import { bundledData } from "../../src/app/session/bundled";
import { loadDataSet } from "../../src/model/load";
import type { Theme } from "../../src/state/view-state";
import "../../src/ui/import-dialog/import-dialog";
import type { DataSetEntry, ImportStatus } from "../../src/ui/import-dialog/import-status";
import { themeTokens } from "../../src/ui/theme";

/** Gives its children the theme tokens, light or dark after its `theme` attribute. */
class ImportTestTheme extends LitElement {
  static override styles = [themeTokens, css`:host { display: block; min-height: 100vh; background: var(--fl-bg); color: var(--fl-text); font-family: var(--fl-font); }`];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("import-test-theme", ImportTestTheme);

/** What the browser test calls; kept off the global Window type, which other pages extend. */
export interface ImportTestWindow {
  __setStatus: (status: ImportStatus) => void;
  __pwned?: unknown;
}
const testWindow = window as unknown as ImportTestWindow;

const loaded = loadDataSet(bundledData);
if (!loaded.ok) throw new Error("import dialog test page: the bundled data set does not load");
const { taxonomy } = loaded.dataSet;

const dataSets: DataSetEntry[] = [
  { id: "bundled", name: "Afghanistan–Pakistan", detail: "26 actors, 96 relations · comes with the explorer", current: false, removable: false },
  { id: "ttp-network", name: "ttp-network", detail: "41 actors, 120 relations · imported 1 Dec 2026 from ttp-network.gexf", current: true, removable: true },
];

const box = document.createElement("import-test-theme");
document.body.append(box);
render(
  html`<header style="display: flex; gap: 0.5rem; align-items: center; padding: 0.75rem 1rem; border-bottom: 1px solid var(--fl-border)">
      <h1 style="font-size: 1rem; margin: 0 auto 0 0">Import dialog test page</h1>
      <fl-import-dialog></fl-import-dialog>
    </header>
    <main style="padding: 1rem"><p>The explorer would be here.</p></main>`,
  box,
);
const dialog = box.querySelector("fl-import-dialog")!;
Object.assign(dialog, { dataSets, types: taxonomy.types, families: taxonomy.families });

testWindow.__setStatus = (status) => {
  dialog.status = status;
};
const theme: Theme = new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light";
box.setAttribute("theme", theme);

// As the app does: a cancelled import goes back to idle.
dialog.addEventListener("import-cancel", () => (dialog.status = { kind: "idle" }));
