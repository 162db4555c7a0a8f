/**
 * Styles of fl-import-dialog: a wider dialog than export's, since a report has long lines, with
 * a fixed heading and actions around a body that scrolls. Every text may be a file's content of
 * any length, so it wraps anywhere rather than widening the dialog.
 */
import { css } from "lit";

export const importDialogStyles = css`
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-width: 40rem;
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: 0;
    overflow-wrap: anywhere;
  }
  /* Only when open: a display on dialog itself would show it closed. */
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  /* Heading and actions stay put, ruled off from the body that scrolls between them. */
  h2 {
    margin: 0;
    padding: 1rem 1.25rem 0.6rem;
    border-bottom: 1px solid var(--fl-border);
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--fl-focus);
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: 0.75rem 1.25rem;
  }
  section + section {
    margin-top: 1.25rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .muted,
  small {
    color: var(--fl-text-muted);
  }
  small {
    font-size: 0.875rem;
  }
  .actions {
    padding: 0.75rem 1.25rem 1rem;
    border-top: 1px solid var(--fl-border);
  }
  .actions .back {
    margin-inline-end: auto;
  }

  /* The list of data sets. */
  .data-sets {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
  }
  .data-sets li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0.75rem;
  }
  .data-sets li + li {
    border-top: 1px solid var(--fl-border);
  }
  .data-sets li[aria-current] {
    background: var(--fl-surface);
    box-shadow: inset 3px 0 0 var(--fl-accent);
  }
  .entry {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4rem;
    padding: 0 0.4rem;
    border: 1px solid var(--fl-accent);
    border-radius: 999px;
    color: var(--fl-accent);
    font-size: 0.8rem;
    font-weight: 600;
  }
  .entry small {
    display: block;
  }
  .entry-actions {
    display: flex;
    gap: 0.4rem;
  }
  .danger {
    border-color: var(--fl-danger);
    color: var(--fl-danger);
  }
  .confirm {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.5rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--fl-danger);
    border-radius: var(--fl-radius);
  }
  .confirm p {
    flex: 1 1 14rem;
    margin: 0;
  }
  .confirm .danger {
    background: var(--fl-danger);
    color: var(--fl-bg);
  }

  /* Import: the drop zone holds the file input, so a click or a drop both work. */
  .drop-zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.4rem;
    padding: 0.9rem 1rem;
    border: 2px dashed var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-surface);
  }
  .drop-zone.dragging {
    border-color: var(--fl-accent);
    border-style: solid;
  }
  /* Only the input dims while an import runs: dimmed text would be too faint to read. */
  .drop-zone.disabled {
    border-style: solid;
  }
  .drop-zone label {
    font-weight: 600;
  }
  input[type="file"] {
    max-width: 100%;
  }
  input[type="file"]::file-selector-button {
    font: inherit;
    color: var(--fl-text);
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 0.25rem 0.6rem;
    margin-inline-end: 0.6rem;
    cursor: pointer;
  }
  .formats {
    margin: 0.6rem 0 0.4rem;
    padding-inline-start: 1.2rem;
    font-size: 0.875rem;
  }
  .formats li + li {
    margin-top: 0.2rem;
  }

  /* An import under way. */
  .working {
    margin-bottom: 1.25rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
  }

  /* The report. */
  .summary {
    padding: 0.5rem 0.75rem;
    border-radius: var(--fl-radius);
    border: 1px solid var(--fl-border);
    background: var(--fl-surface);
  }
  .summary.failed {
    border-color: var(--fl-danger);
    box-shadow: inset 3px 0 0 var(--fl-danger);
  }
  .summary strong {
    display: block;
  }
  .file-name {
    font-weight: 600;
  }
  details {
    margin-top: 0.75rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.15rem 0;
  }
  summary.error {
    color: var(--fl-danger);
  }
  .lines {
    margin: 0.35rem 0 0;
    padding: 0;
    list-style: none;
  }
  .lines li {
    padding: 0.4rem 0 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--fl-border);
    font-size: 0.9rem;
  }
  .lines.error li {
    border-inline-start-color: var(--fl-danger);
  }
  .lines li + li {
    margin-top: 0.35rem;
  }
  .where {
    font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
    font-size: 0.85rem;
    color: var(--fl-text-muted);
  }
  .line-text {
    display: block;
  }
  code {
    font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
    font-size: 0.85rem;
    background: var(--fl-surface);
    border: 1px solid var(--fl-border);
    border-radius: 3px;
    padding: 0 0.2rem;
    white-space: pre-wrap;
    /* A value wrapped over lines keeps its box on each. */
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .fix {
    display: block;
    color: var(--fl-text-muted);
  }
  .fix b {
    color: var(--fl-text);
  }

  /* Mapping unknown relation types. */
  fieldset {
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    margin: 0.75rem 0 0;
    padding: 0.4rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .mapping-row {
    display: grid;
    /* Name and choice side by side; stacked on a phone, where neither would fit. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.4rem;
  }
  select {
    width: 100%;
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 0.25rem 0.4rem;
  }
  .mapping-actions {
    display: flex;
    justify-content: flex-end;
    margin-top: 0.6rem;
  }
`;
