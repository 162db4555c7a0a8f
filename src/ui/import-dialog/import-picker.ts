/**
 * The import part of the dialog: a file input inside a drop zone and what each format needs;
 * and, while files are read, a panel with their names, a progress bar and a way to stop.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { ImportStep } from "./progress-label";
import { progressAmount, progressLabel } from "./progress-label";

/** What the importers read (import-files.ts tells them apart by name and content). */
export const ACCEPTED_FILES = ".gexf,.xml,.csv,.tsv,.txt,.json,.yaml,.yml";

export interface ImportPickerActions {
  chosen(e: Event): void;
  dragOver(e: DragEvent): void;
  dragLeave(e: DragEvent): void;
  dropped(e: DragEvent): void;
  /** The user chose where the files go: added to the data set on screen, or opened as a new one. */
  chooseInto(into: boolean): void;
}

/** Where the files go: `onScreen` names the data set they can be added to ("" for none, and then no choice is offered). */
export interface Destination {
  readonly onScreen: string;
  readonly into: boolean;
}

export interface Working {
  readonly files: readonly string[];
  readonly progress: ImportStep | null;
}

export function importPicker(busy: boolean, dragging: boolean, destination: Destination, actions: ImportPickerActions) {
  return html`<section aria-labelledby="import-title">
    <h3 id="import-title">Import your own data</h3>
    ${destination.onScreen
      ? html`<fieldset class="destination" ?disabled=${busy}>
          <legend>The files become</legend>
          <label><input type="radio" id="destination-new" name="destination" value="new" .checked=${!destination.into} @change=${() => actions.chooseInto(false)} /> Open as a new data set</label>
          <label
            ><input type="radio" id="destination-into" name="destination" value="into" .checked=${destination.into} @change=${() => actions.chooseInto(true)} /> Add to
            <bdi class="file-name">${destination.onScreen}</bdi></label
          >
        </fieldset>`
      : nothing}
    <div
      class="drop-zone ${dragging ? "dragging" : ""} ${busy ? "disabled" : ""}"
      part="drop-zone"
      @dragenter=${actions.dragOver}
      @dragover=${actions.dragOver}
      @dragleave=${actions.dragLeave}
      @drop=${actions.dropped}
    >
      <label for="import-files">Choose files to import</label>
      <input id="import-files" type="file" multiple accept=${ACCEPTED_FILES} ?disabled=${busy} aria-describedby="import-formats" @change=${actions.chosen} />
      <small>or drop them here, all the files of one data set at once.</small>
    </div>
    <ul class="formats" id="import-formats">
      <li><b>GEXF</b> from Gephi or another tool: actors as nodes, relations as edges, with their dates.</li>
      <li>
        <b>CSV or TSV</b>, a relation a row, with columns source, target, type, start and end, and optionally quote and source; with it,
        optionally, an actors file (id, label, kind, aliases) chosen at the same time.
      </li>
      <li><b>Faultlines</b>: the four data files (taxonomy, actors, relations, sources) chosen together, or a JSON export.</li>
      <li>
        <b>ACLED or UCDP</b> exports (CSV), told apart by their columns: each event becomes dated evidence on a relation between its two actors, and
        events of one kind between one pair close in time one period of it.
      </li>
    </ul>
    <p class="muted"><small>Files stay in this browser: nothing is uploaded.</small></p>
  </section>`;
}

export function workingPanel(working: Working, cancel: () => void) {
  const amount = progressAmount(working.progress);
  return html`<div class="working">
    <p>Importing ${listedNames(working.files)}</p>
    <p id="import-progress-label">${progressLabel(working.progress)}</p>
    <div class="progress-row">
      <progress aria-labelledby="import-progress-label" value=${amount ? amount.value : nothing} max=${amount ? amount.max : nothing}></progress>
      <button type="button" class="cancel" @click=${cancel}>Cancel import</button>
    </div>
  </div>`;
}

/** "a, b and c", each name set apart (and isolated, for names in right-to-left scripts). */
function listedNames(names: readonly string[]): (TemplateResult | string)[] {
  return names.flatMap((name, i) => [
    ...(i === 0 ? [] : [i === names.length - 1 ? " and " : ", "]),
    html`<bdi class="file-name">${name}</bdi>`,
  ]);
}
