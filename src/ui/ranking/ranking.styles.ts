/** Styles of fl-ranking and fl-rank-chart: set in the details panel, in its type and colours. */
import { css } from "lit";

export const rankingStyles = css`
  :host {
    display: block;
    margin-top: 1.25rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--fl-border);
    font-size: 0.95rem;
    line-height: 1.5;
  }
  h2,
  h3,
  p,
  ol {
    margin: 0;
  }
  h2,
  h3 {
    font-size: 1.02rem;
  }
  .when,
  .term,
  .note,
  .none,
  .score,
  .rank,
  figcaption {
    color: var(--fl-text-muted);
    font-weight: normal;
  }
  .measures {
    display: inline-flex;
    gap: 0.3rem;
    margin: 0.6rem 0 0.3rem;
  }
  .explanation {
    font-size: 0.875rem;
  }
  .ranking {
    list-style: none;
    padding: 0;
    margin: 0.6rem 0 0.4rem;
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    column-gap: 0.6rem;
    row-gap: 0.15rem;
  }
  .ranking li {
    display: contents;
  }
  .rank {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .score {
    text-align: end;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  button.link {
    justify-self: start;
    padding: 0;
    border: none;
    background: none;
    color: var(--fl-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note,
  .none {
    margin-top: 0.5rem;
    font-size: 0.85rem;
  }
  figure {
    margin: 0.5rem 0 0;
  }
  .chart svg {
    display: block;
    overflow: visible;
  }
  figcaption {
    font-size: 0.8rem;
  }
`;
