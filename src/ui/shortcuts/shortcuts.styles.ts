/** Styles of fl-shortcuts. */
import { css } from "lit";

export const shortcutsStyles = css`
  :host {
    display: block;
  }
  .open {
    min-width: 2.2rem;
  }
  dialog {
    max-width: 36rem;
  }
  h3 {
    margin: 0.75rem 0 0.3rem;
    font-size: 0.95rem;
  }
  dl {
    display: grid;
    /* One width for every group, so the descriptions line up down the dialog. */
    grid-template-columns: 13rem 1fr;
    gap: 0.3rem 1rem;
    margin: 0 0 0.5rem;
  }
  /* Alternatives may wrap onto lines of their own; keys pressed together stay on one. */
  .combo {
    white-space: nowrap;
  }
  dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-width: 1.2em;
    padding: 0 0.3em;
    border: 1px solid var(--fl-border);
    border-bottom-width: 2px;
    border-radius: var(--fl-radius);
    background: var(--fl-surface);
    font: inherit;
    font-size: 0.9em;
    text-align: center;
  }
  .or {
    color: var(--fl-text-muted);
    font-size: 0.9em;
  }
  .actions {
    margin-top: 1rem;
  }
`;
