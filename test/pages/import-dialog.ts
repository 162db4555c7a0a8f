/**
 * Test page for fl-import-dialog: a list of three data sets (the bundled one, the imported one
 * on screen, one with a very long name) and the bundled taxonomy to map unknown types to. Every
 * event the dialog fires is recorded in testWindow.__events; opening and deleting are applied
 * back to the list, as the app would. The browser test sets the import's status itself, through
 * testWindow.__setStatus. `?theme=dark` starts in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import { bundledData } from "../../src/app/bundled-data";
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

export interface RecordedEvent {
  type: string;
  /** What the event carries: file names, a mapping, a data set id; null for none. */
  value: unknown;
}

/** What the browser test reads and calls; kept off the global Window type, which other pages extend. */
export interface ImportTestWindow {
  __events: RecordedEvent[];
  __setStatus: (status: ImportStatus) => void;
  __setTheme: (theme: Theme) => void;
  __pwned?: unknown;
}
const testWindow = window as unknown as ImportTestWindow;
testWindow.__events = [];

const loaded = loadDataSet(bundledData);
if (!loaded.ok) throw new Error("import dialog test page: the bundled data set does not load");
const { taxonomy } = loaded.dataSet;

let dataSets: DataSetEntry[] = [
  { id: "bundled", name: "Afghanistan–Pakistan", detail: "26 actors, 96 relations · comes with the explorer", current: false, removable: false },
  { id: "ttp-network", name: "ttp-network", detail: "41 actors, 120 relations · imported 1 Dec 2026 from ttp-network.gexf", current: true, removable: true },
  {
    id: "long-name",
    name: "a-data-set-whose-name-was-taken-from-a-very-long-file-name-without-any-spaces-at-all-exported-by-some-tool.gexf",
    detail: "3 actors, 2 relations · imported 2 Dec 2026 from a-data-set-whose-name-was-taken-from-a-very-long-file-name-without-any-spaces-at-all-exported-by-some-tool.gexf",
    current: false,
    removable: true,
  },
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
testWindow.__setTheme = (theme) => box.setAttribute("theme", theme);
testWindow.__setTheme(new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light");

const record = (type: string, value: unknown) => testWindow.__events.push({ type, value });
dialog.addEventListener("import-files", (e) => record(e.type, e.files.map((f) => f.name)));
dialog.addEventListener("import-cancel", (e) => record(e.type, null));
dialog.addEventListener("type-mapping", (e) => record(e.type, e.mapping));
dialog.addEventListener("import-accept", (e) => record(e.type, null));
dialog.addEventListener("data-set-open", (e) => {
  record(e.type, e.id);
  dataSets = dataSets.map((d) => ({ ...d, current: d.id === e.id }));
  dialog.dataSets = dataSets;
});
dialog.addEventListener("data-set-delete", (e) => {
  record(e.type, e.id);
  dataSets = dataSets.filter((d) => d.id !== e.id);
  dialog.dataSets = dataSets;
});
