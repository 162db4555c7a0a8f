/**
 * Styles of the legend's shortcuts (filter-shortcuts.ts): the presets as one segmented row, and
 * the small "only" control that sits over a row's right end, left of its count, shown while the
 * row is pointed at or focused, and always on the row shown alone.
 */
import { css } from "lit";

export const shortcutStyles = css`
  .presets {
    display: flex;
    margin: 0.15rem 0 0.45rem;
  }
  .presets button {
    flex: 1;
    border-radius: 0;
    margin-left: -1px;
    padding: 0.15rem 0.4rem;
    font-size: 0.8125rem;
  }
  .presets button:first-child {
    border-radius: var(--fl-radius) 0 0 var(--fl-radius);
    margin-left: 0;
  }
  .presets button:last-child {
    border-radius: 0 var(--fl-radius) var(--fl-radius) 0;
  }
  .presets button:focus-visible {
    position: relative;
    z-index: 1;
  }
  .presets button[aria-disabled="true"] {
    color: var(--fl-text-muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  .preset-why {
    margin: -0.25rem 0 0.4rem;
  }

  .family-head,
  .entry {
    position: relative;
  }
  .only {
    position: absolute;
    /* Left of the count (its width plus the row's padding). */
    right: 2.3rem;
    top: 50%;
    transform: translateY(-50%);
    padding: 0 0.35rem;
    font-size: 0.75rem;
    line-height: 1.35;
    background: var(--fl-bg);
    color: var(--fl-accent);
    opacity: 0;
  }
  .family-head:hover > .only,
  .entry:hover > .only,
  .family-head:focus-within > .only,
  .entry:focus-within > .only,
  .only.alone {
    opacity: 1;
  }
  .only.alone {
    background: var(--fl-accent);
    border-color: var(--fl-accent);
    color: var(--fl-bg);
  }
`;
