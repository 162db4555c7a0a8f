/** Styles of fl-copy-link: a small button, its message under it, and the link field below when it could not be copied. */
import { css } from "lit";

export const copyLinkStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .said:not(:empty) {
    padding: 0.15rem 0.5rem;
    border-radius: var(--fl-radius);
    background: color-mix(in srgb, var(--fl-bg) 85%, transparent);
    color: var(--fl-text-muted);
  }
  [part="button"] {
    background: color-mix(in srgb, var(--fl-surface) 90%, transparent);
  }
  .manual {
    padding: 0.5rem 0.6rem;
    width: min(24rem, 80vw);
    box-sizing: border-box;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-bg);
  }
  .manual label {
    display: block;
    margin-bottom: 0.25rem;
    color: var(--fl-text-muted);
  }
  .field-row {
    display: flex;
    gap: 0.4rem;
  }
  input {
    flex: 1;
    min-width: 0;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-bg);
  }
`;
