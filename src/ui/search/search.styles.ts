/** Styles of fl-search: a text field with a popup list of matching actors under it. */
import { css } from "lit";

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 12rem;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    padding: 0.4rem 0.6rem 0.4rem 2rem;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-bg);
  }
  .icon {
    position: absolute;
    left: 0.6rem;
    top: 50%;
    translate: 0 -50%;
    width: 1rem;
    height: 1rem;
    color: var(--fl-text-muted);
    pointer-events: none;
  }
  .field {
    position: relative;
  }
  input::placeholder {
    color: var(--fl-text-muted);
    opacity: 1;
  }
  [role="listbox"] {
    position: absolute;
    z-index: 20;
    top: calc(100% + 0.25rem);
    left: 0;
    right: 0;
    min-width: 18rem;
    max-height: min(24rem, 70vh);
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  [role="listbox"][hidden] {
    display: none;
  }
  [role="option"] {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: baseline;
    column-gap: 0.75rem;
    padding: 0.35rem 0.5rem 0.35rem 0.6rem;
    border-left: 3px solid transparent;
    border-radius: calc(var(--fl-radius) - 2px);
    cursor: pointer;
    line-height: 1.3;
  }
  [role="option"]:hover {
    background: var(--fl-surface);
  }
  /* The highlighted option: a tint and a bar, so it does not rely on colour alone. */
  [role="option"][aria-selected="true"] {
    background: color-mix(in srgb, var(--fl-accent) 16%, var(--fl-bg));
    border-left-color: var(--fl-accent);
  }
  .alias {
    color: var(--fl-text-muted);
  }
  .kind {
    font-size: 0.8em;
    color: var(--fl-text-muted);
    white-space: nowrap;
  }
  .no-match {
    position: absolute;
    z-index: 20;
    top: calc(100% + 0.25rem);
    left: 0;
    right: 0;
    margin: 0;
    padding: 0.5rem 0.6rem;
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    color: var(--fl-text-muted);
  }
`;
