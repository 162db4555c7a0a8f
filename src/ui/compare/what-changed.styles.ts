/** Styles of fl-what-changed: a sidebar of grouped lists that scrolls on its own, like fl-details. */
import { css } from "lit";

export const whatChangedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem 1.1rem 1.5rem;
    background: var(--fl-bg);
    font-size: 0.95rem;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0.35rem 0 0.3rem;
    font-size: 1.2rem;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--fl-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .muted,
  .count {
    color: var(--fl-text-muted);
    font-weight: normal;
  }
  details {
    margin-top: 0.6rem;
    border-top: 1px solid var(--fl-border);
    padding-top: 0.5rem;
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    cursor: pointer;
    font-weight: 600;
  }
  summary:focus-visible,
  .row:focus-visible {
    outline: 3px solid var(--fl-focus);
    outline-offset: 2px;
  }
  /* The change's colour as the graph draws it: a short line, dashed where it rests on a possibility. */
  .swatch {
    flex: none;
    display: inline-block;
    width: 1.1rem;
    border-top: 3px solid var(--swatch);
  }
  .swatch.possible {
    border-top-style: dashed;
  }
  .swatch.gone {
    border-top-width: 2px;
  }
  h3 {
    margin: 0.6rem 0 0.2rem;
    font-size: 0.92rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    margin-top: 0.1rem;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    width: 100%;
    padding: 0.2rem 0.3rem;
    border: none;
    border-radius: var(--fl-radius);
    background: none;
    color: var(--fl-text);
    font: inherit;
    font-size: 0.9rem;
    text-align: start;
    cursor: pointer;
  }
  .row:hover {
    background: var(--fl-surface);
  }
  .mark {
    margin-inline-start: auto;
    padding-inline-start: 0.4rem;
    color: var(--fl-text-muted);
    font-size: 0.8rem;
    white-space: nowrap;
  }
`;
