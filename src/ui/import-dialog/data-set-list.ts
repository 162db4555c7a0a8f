/**
 * The import dialog's list of data sets: each with its name and detail, the one on screen
 * marked, Open for the others and Delete, with a confirmation, for the imported ones. Buttons
 * carry the data set's name in their accessible name, since "Open" alone says not which.
 */
import { html, nothing } from "lit";
import type { DataSetEntry } from "./import-status";

export interface DataSetListActions {
  open(id: string): void;
  askDelete(id: string): void;
  confirmDelete(id: string): void;
  keep(id: string): void;
}

/** The name for a button's accessible name, hidden on screen, where the row already shows it. */
const named = (name: string) => html`<span class="visually-hidden"> ${name}</span>`;

export function dataSetList(entries: readonly DataSetEntry[], confirming: string | null, busy: boolean, actions: DataSetListActions) {
  return html`<section aria-labelledby="data-sets-title">
    <h3 id="data-sets-title" tabindex="-1">Available data sets</h3>
    ${entries.length
      ? html`<ul class="data-sets">
          ${entries.map((entry) => entryRow(entry, confirming === entry.id, busy, actions))}
        </ul>`
      : html`<p class="muted">No data set yet.</p>`}
  </section>`;
}

function entryRow(entry: DataSetEntry, confirming: boolean, busy: boolean, actions: DataSetListActions) {
  return html`<li aria-current=${entry.current ? "true" : nothing} data-id=${entry.id}>
    <div class="entry">
      <span class="name" dir="auto">${entry.name}</span>${entry.current ? html`<span class="badge">On screen</span>` : nothing}
      <small dir="auto">${entry.detail}</small>
    </div>
    ${confirming
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">Delete <bdi>${entry.name}</bdi> from this browser? It cannot be undone.</p>
          <button type="button" class="keep" @click=${() => actions.keep(entry.id)}>Keep${named(entry.name)}</button>
          <button type="button" class="danger" @click=${() => actions.confirmDelete(entry.id)}>Yes, delete${named(entry.name)}</button>
        </div>`
      : html`<div class="entry-actions">
          ${entry.current ? nothing : html`<button type="button" ?disabled=${busy} @click=${() => actions.open(entry.id)}>Open${named(entry.name)}</button>`}
          ${entry.removable ? html`<button type="button" class="danger delete" ?disabled=${busy} @click=${() => actions.askDelete(entry.id)}>Delete${named(entry.name)}</button>` : nothing}
        </div>`}
  </li>`;
}
