/** Styles of fl-film-dialog, in the manner of fl-image-dialog. */
import { css } from "lit";

export const filmDialogStyles = css`
  /* Wide enough for the span and timing beside the look where there is room. */
  dialog {
    max-width: min(50rem, calc(100vw - 2rem));
  }
  /* The wrapper that disables every choice at once while a film is being made. */
  .all {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1.25rem;
  }
  @media (min-width: 52rem) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 0.75rem;
  }
  .pair .field {
    margin-bottom: 0.4rem;
  }
  input[type="text"],
  input[type="number"],
  select {
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 0.3rem 0.5rem;
    /* Fill their column: an input's own width (some 20 characters) would push out of it. */
    width: 100%;
    box-sizing: border-box;
  }
  input[aria-invalid="true"] {
    border-color: var(--fl-danger);
  }
  fieldset {
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.75rem 0.6rem;
    /* A fieldset is as wide as its content by default, and would spill over the next column. */
    min-width: 0;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0 0.75rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.2rem 0;
  }
  /* Apart from the Size below it when the columns stack. */
  .when > .choice {
    margin-bottom: 0.75rem;
  }
  /* A format the browser cannot write reads as unavailable, its note still legible. */
  .choice:has(input:disabled) {
    color: var(--fl-text-muted);
  }
  small,
  .note {
    display: block;
    color: var(--fl-text-muted);
  }
  /* display: block above would otherwise show what is hidden. */
  [hidden] {
    display: none;
  }
  .note,
  .message {
    margin: 0 0 0.4rem;
    font-size: 0.875rem;
  }
  .message {
    color: var(--fl-danger);
  }
  .summary {
    margin: 0.5rem 0 0.25rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .working {
    margin: 0.5rem 0 0.75rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-surface);
  }
  .working p {
    margin: 0 0 0.4rem;
    font-variant-numeric: tabular-nums;
  }
  .outcome {
    margin: 0.5rem 0;
  }
  .outcome:empty {
    margin: 0;
  }
  .problem {
    color: var(--fl-danger);
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
