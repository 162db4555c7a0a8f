/**
 * The root element's templates that are not the explorer itself: the screen while a data set
 * named in the address opens, the screen when the bundled data set fails its checks, and the
 * notice that stays until dismissed. Pure templates: everything from a file goes in as text.
 */
import { html } from "lit";
import { errorsIn, formatDiagnostic, type Diagnostic } from "../model/diagnostics";
import type { ImportProgress } from "../import/types";
import { progressAmount, progressLabel } from "../ui/import-dialog/progress-label";

/** A message for the user that stays until dismissed: what a link could not use, a failed export or switch. */
export interface Notice {
  readonly heading: string;
  readonly items: readonly string[];
}

/** The screen while a linked data set opens; Cancel stops it and shows the bundled data set instead. */
export function openingScreen(opening: { readonly name: string; readonly progress: ImportProgress | null }, cancel: () => void) {
  const label = progressLabel(opening.progress);
  const amount = progressAmount(opening.progress);
  return html`<div class="opening" data-testid="opening">
    <h1>Faultlines</h1>
    <p role="status">Opening ${opening.name}… ${label}</p>
    ${amount ? html`<progress .value=${amount.value} max=${amount.max} aria-label=${label}></progress>` : html`<progress aria-label=${label}></progress>`}
    <button @click=${cancel}>Cancel</button>
  </div>`;
}

export function loadErrorsScreen(diagnostics: readonly Diagnostic[]) {
  return html`<div class="load-errors">
    <h1>Faultlines</h1>
    <p role="alert">The data set has ${errorsIn(diagnostics).length} errors and was not loaded:</p>
    <pre>${diagnostics.map(formatDiagnostic).join("\n")}</pre>
  </div>`;
}

export function noticeBox(notice: Notice | null, dismiss: () => void) {
  if (!notice) return "";
  return html`<div class="notice" role="alert" data-testid="notice">
    <p>${notice.heading}</p>
    ${notice.items.length ? html`<ul>${notice.items.map((p) => html`<li>${p}</li>`)}</ul>` : ""}
    <button @click=${dismiss}>Dismiss</button>
  </div>`;
}
