/**
 * Styles of fl-details, second part: a relation's standing at the time shown, compare mode's
 * change, the dates and confidence under its type, and each piece of evidence. They follow
 * details.styles.ts in the component's styles, in the order they always had.
 */
import { css } from "lit";

export const relationDetailsStyles = css`
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
