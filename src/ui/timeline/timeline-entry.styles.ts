/**
 * Styles of the timeline's typed date fields, of the row under its controls (what the last entry
 * did, previous and next change, where the evidence ends, the legend), and of the strip's mark
 * for relations that may run on beyond the end.
 */
import { css } from "lit";

export const entryStyles = css`
    /* Typed dates: wide enough for "27 Sep 2026", figures aligned. */
    .entry {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    .day-field {
      width: 7.4em;
      font: inherit;
      font-size: 1rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      background: var(--fl-surface);
      color: var(--fl-text);
      border: 1px solid var(--fl-border);
      border-radius: var(--fl-radius);
      padding: 0.2rem 0.35rem;
    }
    .day-field[aria-invalid="true"] {
      border-color: var(--fl-danger);
    }

    /* Context row: previous and next change, what the last entry did, where the evidence ends. */
    .context {
      display: flex;
      align-items: center;
      gap: 0.3rem 0.8rem;
      min-height: 1.5rem;
      font-size: 0.75rem;
      color: var(--fl-text-muted);
    }
    .context button.change {
      flex: 0 3 auto;
      min-width: 4rem;
      max-width: 32rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      padding: 0.1rem 0.45rem;
      font-size: 0.75rem;
      min-height: 1.5rem;
    }
    /* What the last entry did or why it did nothing: first, and kept whole while the change buttons shrink. */
    .message {
      flex: 0 0 auto;
      max-width: 34rem;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      color: var(--fl-text);
    }
    .message:empty {
      display: none;
    }
    .message.problem {
      color: var(--fl-danger);
      font-weight: 600;
    }
    .spacer {
      flex: 1 1 0;
    }
    .horizon {
      flex: none;
      white-space: nowrap;
    }
    .open-ends .run-on {
      stroke: var(--fl-text-muted);
      stroke-dasharray: 2 2;
    }
    text.run-on {
      fill: var(--fl-text);
      stroke: none;
      font-size: 13px;
      font-weight: 700;
    }
    text.run-on.count {
      font-size: 9px;
      font-weight: 600;
    }

`;
