/**
 * The root element. For now it loads the bundled data set and summarises it; the graph view
 * and timeline mount here.
 *
 * @summary Faultlines explorer shell.
 */
import { css, html, LitElement } from "lit";
import { formatDate } from "../model/dates";
import { errorsIn, formatDiagnostic } from "../model/diagnostics";
import { loadDataSet, type LoadResult } from "../model/load";
import { timeExtent } from "../model/timeline";
import { bundledData } from "./bundled-data";

export class FaultlinesApp extends LitElement {
  static override styles = css`
    :host { display: block; padding: 1.5rem 2rem; max-width: 60rem; }
    h1 { margin: 0 0 0.25rem; font-size: 1.6rem; }
    .errors { color: #b00020; white-space: pre-wrap; font-family: ui-monospace, monospace; }
  `;

  private readonly result: LoadResult = loadDataSet(bundledData);

  override render() {
    const result = this.result;
    if (!result.ok)
      return html`<h1>Faultlines</h1>
        <p role="alert">The bundled data set has ${errorsIn(result.diagnostics).length} errors and was not loaded:</p>
        <pre class="errors">${result.diagnostics.map(formatDiagnostic).join("\n")}</pre>`;
    const { actors, relations, sources } = result.dataSet;
    const extent = timeExtent(relations);
    const span = extent ? `dated ${formatDate(extent.earliest)} to ${formatDate(extent.latest)}` : "no dated relations";
    return html`<h1>Faultlines</h1>
      <p>Who does what to whom among states and armed groups, and when.</p>
      <p data-testid="summary">${actors.length} actors, ${relations.length} relations, ${sources.length} sources; ${span}.</p>
      <p>The graph view is on its way; meanwhile <code>npm run cli -- stats</code> and <code>npm run cli -- export</code> read the same data.</p>`;
  }
}

customElements.define("faultlines-app", FaultlinesApp);

declare global {
  interface HTMLElementTagNameMap {
    "faultlines-app": FaultlinesApp;
  }
}
