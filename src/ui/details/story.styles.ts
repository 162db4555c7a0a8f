/**
 * The look of a story in the details panel (story-view.ts, actor-story.ts): a chronology whose
 * items lead with their dates, say how they stand now with the same marks as the relation view
 * (solid, dashed for only possible, muted when not active or hidden by the filters), and quote
 * their first evidence; "Story with…" and "Its story" as disclosures.
 */
import { css } from "lit";

export const storyStyles = css`
  .pair-actors {
    margin-top: 0.2rem;
  }
  .story-summary {
    margin: 0.2rem 0 0.5rem;
    color: var(--fl-text-muted);
    font-size: 0.85rem;
  }
  fl-story-lanes {
    margin: 0.25rem 0 0.6rem;
  }
  .story {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .story-item {
    padding: 0.45rem 0 0.55rem;
    border-top: 1px solid var(--fl-border);
  }
  .story-open {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    width: 100%;
    padding: 0.2rem 0.4rem;
    border: none;
    background: none;
    text-align: start;
  }
  .story-open:hover .type {
    text-decoration: underline;
  }
  .when {
    font-variant-numeric: tabular-nums;
    color: var(--fl-text-muted);
    font-size: 0.85rem;
  }
  .what {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4rem;
  }
  .what .swatch {
    align-self: center;
  }
  .open-start,
  .now,
  .quote-source {
    margin: 0.2rem 0.4rem 0;
    font-size: 0.8rem;
  }
  .open-start {
    color: var(--fl-text-muted);
  }
  .now {
    padding: 0.05rem 0.4rem;
    border-left: 3px solid var(--fl-text);
  }
  .now[data-standing="possible"] {
    border-left-style: dashed;
  }
  .now[data-standing="inactive"],
  .now[data-standing="filtered"] {
    border-left-color: var(--fl-border);
    color: var(--fl-text-muted);
  }
  .first-quote {
    margin: 0.35rem 0.4rem 0;
    font-size: 0.9rem;
  }
  .quote-source {
    color: var(--fl-text-muted);
  }
  .story-with,
  .own-story {
    margin-top: 0.7rem;
  }
  .story-with summary,
  .own-story summary {
    cursor: pointer;
    font-weight: 600;
  }
  .counterparts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    margin: 0.3rem 0 0;
    padding: 0;
    list-style: none;
  }
`;
