/** Styles of fl-details: a sidebar of readable text that scrolls on its own. */
import { css } from "lit";

export const detailsStyles = css`
  :host {
    display: block;
    /* Holds the visually hidden texts, which are absolutely placed, inside the scroller. */
    position: relative;
    box-sizing: border-box;
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem 1.1rem 1.5rem;
    background: var(--fl-bg);
    font-size: 0.95rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host > * {
    max-width: 40rem;
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd,
  ul,
  figure,
  blockquote {
    margin: 0;
  }
  h2 {
    margin-top: 0.35rem;
    font-size: 1.3rem;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--fl-focus);
    outline-offset: 2px;
  }
  h3 {
    margin-top: 1.25rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--fl-border);
    font-size: 1.02rem;
  }
  h4 {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0.9rem 0 0.4rem;
    font-size: 0.9rem;
  }
  .muted,
  .count,
  .eyebrow,
  dt {
    color: var(--fl-text-muted);
  }
  .count {
    font-weight: normal;
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    min-height: 2rem;
  }
  .eyebrow {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .close {
    margin-left: auto;
  }
  .kind {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin-top: 0.2rem;
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
  }
  .description,
  .note,
  .pair {
    margin-top: 0.6rem;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 0.9rem;
    margin-top: 0.75rem;
  }
  dt {
    font-size: 0.85rem;
    padding-top: 0.1rem;
  }
  /* A long value (the aliases) takes the full width under its term. */
  .facts .wide {
    grid-column: 1 / -1;
    padding-top: 0;
  }
  .aliases,
  .periods {
    list-style: none;
    padding: 0;
  }
  /* Periods in words run long ("start unknown, not before 2007, no later than Mar 2026"): one a line. */
  .periods li + li {
    margin-top: 0.15rem;
  }
  /* A dated history, oldest first, drawn as a line of time down its left edge. */
  .history {
    list-style: none;
    padding: 0 0 0 0.6rem;
    border-left: 2px solid var(--fl-border);
  }
  .history li + li {
    margin-top: 0.15rem;
  }
  /* Aliases flow like a line of text, set apart by middle dots. */
  .aliases {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.35rem;
  }
  .aliases li:not(:last-child)::after {
    content: " ·";
    color: var(--fl-text-muted);
  }
  .confidence-level {
    text-transform: capitalize;
  }
`;
