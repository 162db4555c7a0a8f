/**
 * The export dialog: what to export (this view or the whole data set), in which format (GEXF,
 * GraphML, CSV or JSON, each with what it is for) and, for GEXF, how (a snapshot of the slice,
 * or every relation with its periods for Gephi's timeline).
 *
 * @summary A button that opens a modal dialog for downloading the graph.
 * @fires export-request - ExportRequestEvent: the user chose a file to download.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
import { html, LitElement } from "lit";
import { ExportRequestEvent, type ExportRequest } from "../events";
import { controlStyles, dialogStyles } from "../theme";
import { exportDialogStyles } from "./export-dialog.styles";

export class FlExportDialog extends LitElement {
  static override styles = [controlStyles, dialogStyles, exportDialogStyles];
  static override properties = {
    viewLabel: { attribute: false },
    request: { state: true },
  };

  /** Says what "this view" is, e.g. "58 relations as of 31 Mar 2026". */
  declare viewLabel: string;
  declare request: ExportRequest;

  constructor() {
    super();
    this.viewLabel = "";
    this.request = { format: "gexf", scope: "view", time: "snapshot" };
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  private set(change: Partial<ExportRequest>) {
    this.request = { ...this.request, ...change };
  }

  private download(e: Event) {
    e.preventDefault();
    this.dispatchEvent(new ExportRequestEvent(this.request));
    this.dialog.close();
  }

  override render() {
    const r = this.request;
    const radio = <K extends keyof ExportRequest>(name: K, value: ExportRequest[K], label: string, hint = "") =>
      html`<label class="choice"
        ><input type="radio" name=${name} .checked=${r[name] === value} @change=${() => this.set({ [name]: value } as Partial<ExportRequest>)} /><span
          >${label}${hint ? html`<small>${hint}</small>` : ""}</span
        ></label
      >`;
    return html`<button part="button" @click=${() => this.dialog.showModal()}>Export…</button>
      <dialog part="dialog" aria-labelledby="export-title">
        <form method="dialog" @submit=${this.download}>
          <h2 id="export-title">Export the graph</h2>
          <fieldset>
            <legend>What</legend>
            ${radio("scope", "view", "This view", this.viewLabel)} ${radio("scope", "all", "The whole data set")}
          </fieldset>
          <fieldset>
            <legend>Format</legend>
            ${radio("format", "gexf", "GEXF", "for Gephi")} ${radio("format", "graphml", "GraphML", "for R igraph, NetworkX, yEd")}
            ${radio("format", "csv", "CSV", "two files for a spreadsheet: relations and actors")}
            ${radio("format", "json", "JSON", "actors, relations, periods and evidence")}
          </fieldset>
          <fieldset ?disabled=${r.format !== "gexf"}>
            <legend>Time</legend>
            ${radio("time", "snapshot", "Snapshot", "the relations active now, without dates")}
            ${radio("time", "dynamic", "With time", "every period, for Gephi's timeline")}
          </fieldset>
          <div class="actions">
            <button type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button type="submit" class="primary">Download</button>
          </div>
        </form>
      </dialog>`;
  }
}

customElements.define("fl-export-dialog", FlExportDialog);

declare global {
  interface HTMLElementTagNameMap {
    "fl-export-dialog": FlExportDialog;
  }
}
