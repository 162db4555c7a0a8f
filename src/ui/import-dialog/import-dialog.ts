/**
 * The import dialog: the data sets kept in this browser, to switch between or delete, and the
 * import of one's own files (GEXF, CSV or TSV, Faultlines files), with its progress and then its
 * report, line by line, where relation types the taxonomy lacks can be mapped. The app root runs
 * the import and sets `status`; this element only shows it and says what the user asked for.
 *
 * @summary A button that opens a modal dialog for switching data sets and importing files.
 * @fires import-files - ImportFilesEvent: the user chose or dropped files to import.
 * @fires import-cancel - ImportCancelEvent: stop the import under way.
 * @fires type-mapping - TypeMappingEvent: read the files again with these answers for unknown relation types.
 * @fires event-mapping - EventMappingEvent: read an event file again with this mapping of its categories and this merging gap.
 * @fires import-accept - ImportAcceptEvent: open the data set just read.
 * @fires data-set-open - DataSetOpenEvent: show another data set of the list.
 * @fires data-set-delete - DataSetDeleteEvent: forget an imported data set, once confirmed.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart drop-zone - The area files can be dropped on, around the file input.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
import type { RelationFamily, RelationType } from "../../model/types";
import { controlStyles, dialogStyles, progressStyles } from "../theme";
import { dataSetList } from "./data-set-list";
import { importDialogStyles } from "./import-dialog.styles";
import { eventReportStyles } from "./event-report.styles";
import { DEFAULT_GAP_DAYS, eventAnswersOf, initialEventChoices, readGap } from "./event-mapping-form";
import { DataSetDeleteEvent, DataSetOpenEvent, EventMappingEvent, ImportAcceptEvent, ImportCancelEvent, ImportFilesEvent, TypeMappingEvent } from "./import-events";
import { importPicker, workingPanel } from "./import-picker";
import type { DataSetEntry, ImportStatus } from "./import-status";
import { phaseLabel } from "./progress-label";
import { listed, reportSummary } from "./report-model";
import { reportView } from "./report-view";
import { initialChoices, mappingOf } from "./type-mapping-form";

const IDLE: ImportStatus = { kind: "idle" };

/** What the body shows: the list (idle, or a report put aside), the list with an import running, or a report. */
type View = "list" | "working" | "report";

const carriesFiles = (e: DragEvent): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

export class FlImportDialog extends LitElement {
  static override styles = [controlStyles, dialogStyles, progressStyles, importDialogStyles, eventReportStyles];
  static override properties = {
    dataSets: { attribute: false },
    onScreen: { attribute: false },
    status: { attribute: false },
    types: { attribute: false },
    families: { attribute: false },
    confirming: { state: true },
    dragging: { state: true },
    choices: { state: true },
    dismissed: { state: true },
    into: { state: true },
    eventChoices: { state: true },
    gapText: { state: true },
  };

  /** The data sets to switch between, the bundled one first. */
  declare dataSets: readonly DataSetEntry[];
  /** The name of the data set on screen, which files can be added to. */
  declare onScreen: string;
  declare status: ImportStatus;
  /** The taxonomy's relation types and families, which unknown type names can be mapped to. */
  declare types: readonly RelationType[];
  declare families: readonly RelationFamily[];
  /** The data set whose Delete awaits confirmation. */
  declare confirming: string | null;
  /** Files are being dragged over the drop zone. */
  declare dragging: boolean;
  /** The mapping form's answers, name → type id or KEEP. */
  declare choices: ReadonlyMap<string, string>;
  /** The report the user went back from; a new status shows again. */
  declare dismissed: ImportStatus | null;
  /** Files chosen are added to the data set on screen, rather than opened as a new one. */
  declare into: boolean;
  /** An event import's mapping form: category → relation type id or LEAVE_OUT. */
  declare eventChoices: ReadonlyMap<string, string>;
  /** The merging gap as typed. */
  declare gapText: string;

  constructor() {
    super();
    this.dataSets = [];
    this.status = IDLE;
    this.types = [];
    this.families = [];
    this.confirming = null;
    this.dragging = false;
    this.choices = new Map();
    this.dismissed = null;
    this.onScreen = "";
    this.into = false;
    this.eventChoices = new Map();
    this.gapText = String(DEFAULT_GAP_DAYS);
  }

  /** Opens the dialog, on whatever the status is. */
  show(): void {
    if (this.dialog.open) return;
    this.dialog.showModal();
    // The browser would focus the first focusable thing, which is the scrolling body when the
    // list is long; start where the view does instead.
    this.focusFor(this.view, true);
  }

  close(): void {
    this.dialog.close();
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  private get view(): View {
    if (this.status.kind === "report" && this.status !== this.dismissed) return "report";
    return this.status.kind === "working" ? "working" : "list";
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("status") && this.status.kind === "report") {
      this.choices = initialChoices(this.status.unknownTypes, this.status.mapping, this.types);
      this.eventChoices = initialEventChoices(this.status.events?.rows ?? []);
      this.gapText = String(this.status.events?.gapDays ?? DEFAULT_GAP_DAYS);
    }
  }

  private lastView: View = "list";

  override updated(): void {
    const view = this.view;
    if (view === this.lastView) return;
    this.lastView = view;
    // The control that had focus (the file input, Cancel, Back) has gone or is disabled: put
    // focus where the new view starts, so a keyboard user is not left on the page behind.
    if (this.dialog.open) this.focusFor(view);
  }

  /**
   * A report is long: its heading takes the focus, to be read from the top. Otherwise a control
   * does: Cancel while an import runs; on opening, the first of the dialog; back from an import
   * or a report, the file input that started it.
   */
  private focusFor(view: View, opening = false): void {
    const selector = view === "working" ? ".cancel" : view === "report" ? "#report-title" : opening ? ".data-sets button:enabled, #import-files" : "#import-files";
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private send(event: Event): void {
    this.dispatchEvent(event);
  }

  private readonly listActions = {
    open: (id: string) => {
      this.send(new DataSetOpenEvent(id));
      this.close();
    },
    askDelete: async (id: string) => {
      this.confirming = id;
      await this.updateComplete;
      // Keep, not Delete, takes focus: a second Enter must not delete.
      this.renderRoot.querySelector<HTMLElement>(".confirm .keep")?.focus();
    },
    confirmDelete: async (id: string) => {
      this.confirming = null;
      this.send(new DataSetDeleteEvent(id));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("#data-sets-title")?.focus();
    },
    keep: async (id: string) => {
      this.confirming = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .delete`)?.focus();
    },
  };

  private readonly pickerActions = {
    chosen: (e: Event) => {
      const input = e.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      // Cleared so that choosing the same file again, after fixing it, is a change too.
      input.value = "";
      if (files.length) this.send(new ImportFilesEvent(files, this.into));
    },
    chooseInto: (into: boolean) => {
      this.into = into;
    },
    dragOver: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      const taking = this.view === "list";
      if (e.dataTransfer) e.dataTransfer.dropEffect = taking ? "copy" : "none";
      this.dragging = taking;
    },
    dragLeave: (e: DragEvent) => {
      const zone = e.currentTarget as HTMLElement;
      if (!zone.contains(e.relatedTarget as Node | null)) this.dragging = false;
    },
    dropped: (e: DragEvent) => {
      e.preventDefault();
      this.dragging = false;
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length && this.view === "list") this.send(new ImportFilesEvent(files, this.into));
    },
  };

  private readonly cancel = () => this.send(new ImportCancelEvent());

  private readonly reportActions = {
    choose: (name: string, choice: string) => {
      this.choices = new Map(this.choices).set(name, choice);
    },
    applyMapping: (e: Event) => {
      e.preventDefault();
      if (this.status.kind === "report") this.send(new TypeMappingEvent(mappingOf(this.status.mapping, this.choices)));
    },
    chooseEventType: (category: string, type: string) => {
      this.eventChoices = new Map(this.eventChoices).set(category, type);
    },
    setGap: (text: string) => {
      this.gapText = text;
    },
    importAgain: (e: Event) => {
      e.preventDefault();
      const events = this.status.kind === "report" ? this.status.events : undefined;
      const gap = readGap(this.gapText);
      if (!events || !("days" in gap)) return;
      this.send(new EventMappingEvent({ mapping: eventAnswersOf(events.answers, events.rows, this.eventChoices), gapDays: gap.days }));
    },
  };

  /** Files dropped on the dialog but not on its zone are refused, rather than opened by the browser in place of the explorer. */
  private refuseDrop(e: DragEvent): void {
    if (!carriesFiles(e) || e.defaultPrevented) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "none";
  }

  private onClose(): void {
    this.confirming = null;
    this.dragging = false;
  }

  private eventForm() {
    const gap = readGap(this.gapText);
    return { choices: this.eventChoices, gap: { text: this.gapText, problem: "problem" in gap ? gap.problem : null } };
  }

  /** What the live region says: the phase, not every step of it, and the outcome. */
  private announcement(): string {
    const s = this.status;
    if (s.kind === "working") return `Importing ${listed(s.files)}: ${phaseLabel(s.progress)}`;
    if (s.kind === "report") return reportSummary(s.ok, s.report);
    return "";
  }

  override render() {
    const view = this.view;
    const s = this.status;
    return html`<button part="button" @click=${() => this.show()}>Import…</button>
      <dialog part="dialog" aria-labelledby="import-dialog-title" @close=${this.onClose} @dragover=${this.refuseDrop} @drop=${this.refuseDrop}>
        <h2 id="import-dialog-title">Data sets</h2>
        <div class="body">
          ${view === "report" && s.kind === "report"
            ? reportView(s, this.choices, this.eventForm(), { types: this.types, families: this.families }, this.reportActions)
            : html`${s.kind === "working" ? workingPanel(s, this.cancel) : nothing}
              ${dataSetList(this.dataSets, this.confirming, view === "working", this.listActions)}
              ${importPicker(view === "working", this.dragging, { onScreen: this.onScreen, into: this.into }, this.pickerActions)}`}
        </div>
        <div class="actions">
          ${view === "report" && s.kind === "report" ? html`<button type="button" class="back" @click=${() => (this.dismissed = s)}>Back to data sets</button>` : nothing}
          <button type="button" @click=${() => this.close()}>Close</button>
          ${view === "report" && s.kind === "report" && s.ok
            ? html`<button type="button" class="primary accept" @click=${() => this.send(new ImportAcceptEvent())}>Open data set</button>`
            : nothing}
        </div>
        <p role="status" class="visually-hidden">${this.announcement()}</p>
      </dialog>`;
  }
}

customElements.define("fl-import-dialog", FlImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    "fl-import-dialog": FlImportDialog;
  }
}
