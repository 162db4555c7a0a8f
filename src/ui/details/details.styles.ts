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
  /* How the relation stands at the time shown: said first, and drawn apart when only possible. */
  .standing {
    margin-top: 0.6rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--fl-border);
    border-left: 4px solid var(--fl-text);
    border-radius: var(--fl-radius);
  }
  .standing[data-standing="possible"] {
    border-style: dashed;
    border-left-style: dashed;
    background: repeating-linear-gradient(135deg, transparent 0 6px, color-mix(in srgb, var(--fl-text-muted) 12%, transparent) 6px 8px);
  }
  .standing[data-standing="inactive"] {
    border-left-color: var(--fl-border);
    color: var(--fl-text-muted);
  }
  .verdict {
    font-weight: 600;
  }
  /* Compare mode: how the relation changed between the two moments. */
  .change-note {
    margin-top: 0.4rem;
    color: var(--fl-text-muted);
  }
  .hidden-note {
    color: var(--fl-text-muted);
  }
  .possibly {
    font-size: 0.8rem;
    padding: 0 0.3rem;
    border: 1px dashed var(--fl-text-muted);
    border-radius: var(--fl-radius);
    color: var(--fl-text-muted);
    white-space: nowrap;
  }
  .notice {
    margin-top: 0.25rem;
    padding-left: 0.5rem;
    border-left: 3px solid var(--fl-border);
    color: var(--fl-text-muted);
  }
  .ego {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    margin-top: 1rem;
    padding: 0.6rem 0.7rem;
    background: var(--fl-surface);
    border-radius: var(--fl-radius);
  }
  .ego-buttons {
    display: inline-flex;
    gap: 0.3rem;
  }
  .ego button {
    background: var(--fl-bg);
  }
  .ego button[aria-pressed="true"] {
    background: var(--fl-accent);
  }
  .relations {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .row {
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-surface);
  }
  .row .relation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.6rem;
    width: 100%;
    padding: 0.35rem 0.6rem 0.1rem;
    border: none;
    background: none;
    text-align: start;
  }
  .row .relation:hover .type {
    text-decoration: underline;
  }
  .type {
    font-weight: 600;
  }
  .dates {
    margin-left: auto;
    color: var(--fl-text-muted);
    font-size: 0.875rem;
  }
  /* Under the type and dates: "possibly active" and the confidence when not high. */
  .meta {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
  }
  .confidence {
    font-size: 0.8rem;
    color: var(--fl-text-muted);
  }
  .counterpart {
    display: flex;
    align-items: baseline;
    gap: 0.4rem;
    padding: 0 0.6rem 0.4rem;
  }
  .arrow {
    color: var(--fl-text-muted);
  }
  button.link {
    padding: 0;
    border: none;
    background: none;
    color: var(--fl-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .evidence {
    margin-top: 0.75rem;
  }
  blockquote {
    padding: 0.1rem 0 0.1rem 0.8rem;
    border-inline-start: 3px solid var(--fl-border);
    font-family: Georgia, "Noto Serif", "Times New Roman", serif;
    font-size: 1rem;
  }
  figcaption {
    margin-top: 0.3rem;
    padding-inline-start: 0.8rem;
    font-size: 0.85rem;
    color: var(--fl-text-muted);
  }
  figcaption a {
    color: var(--fl-accent);
  }
  /* An event's date and deaths, above its words. */
  .evidence-when {
    margin: 0 0 0.2rem;
    font-size: 0.85rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .more-evidence {
    margin-top: 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .hint {
    margin-top: 1rem;
    color: var(--fl-text-muted);
  }
  .hint:focus {
    outline: none;
  }
`;
