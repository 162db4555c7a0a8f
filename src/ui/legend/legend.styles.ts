/**
 * Styles of fl-legend: a compact sidebar list (about 280–320 px wide) that scrolls on its own.
 * Rows are full-width toggle buttons whose state shows three ways: a check box drawn in CSS,
 * the label struck through when off, and aria-pressed; colour only marks the family or kind.
 */
import { css } from "lit";

export const legendStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.5rem 0.5rem 0.75rem;
    font-size: 0.875rem;
    line-height: 1.3;
  }
  [hidden] {
    display: none !important;
  }
  section + section {
    margin-top: 0.75rem;
    padding-top: 0.6rem;
    border-top: 1px solid var(--fl-border);
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.25rem;
  }
  h2 {
    margin: 0;
    font-size: 0.75rem;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--fl-text-muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* Small text buttons: "Show all", the disclosure chevrons. */
  .link {
    background: none;
    border: none;
    padding: 0.1rem 0.3rem;
    color: var(--fl-accent);
    font-size: 0.8125rem;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .link:disabled {
    color: var(--fl-text-muted);
    text-decoration: none;
    cursor: default;
  }

  /* A row: check box, swatch, label, count. */
  .toggle,
  .toggle[aria-pressed="true"] {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    width: 100%;
    min-height: 1.6rem;
    padding: 0.1rem 0.4rem;
    border: 1px solid transparent;
    background: transparent;
    color: var(--fl-text);
    text-align: start;
  }
  .toggle:hover:not(:disabled) {
    background: var(--fl-surface);
    border-color: var(--fl-border);
  }
  .toggle:focus-visible,
  .disclosure:focus-visible {
    outline-offset: -3px;
  }
  .toggle:disabled {
    cursor: not-allowed;
  }
  .label {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .count {
    margin-inline-start: auto;
    min-width: 1.5em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .note {
    color: var(--fl-text-muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }

  .check {
    flex: none;
    position: relative;
    box-sizing: border-box;
    width: 0.95rem;
    height: 0.95rem;
    border: 1.5px solid var(--fl-text-muted);
    border-radius: 3px;
  }
  [aria-pressed="true"] > .check {
    border-color: var(--fl-text);
  }
  [aria-pressed="true"] > .check::after {
    content: "";
    position: absolute;
    left: 0.26rem;
    top: 0.08rem;
    width: 0.22rem;
    height: 0.45rem;
    border: solid var(--fl-text);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  [aria-pressed="false"] > .label {
    text-decoration: line-through;
    color: var(--fl-text-muted);
  }
  [aria-pressed="false"] > .count {
    color: var(--fl-text-muted);
  }

  /* Swatches: a line for relations (edges), a dot for actor kinds (nodes). */
  .swatch {
    flex: none;
    background: var(--swatch);
  }
  .swatch.line {
    width: 1.1rem;
    height: 0.25rem;
    border-radius: 2px;
  }
  /* A possible relation: dashed, lighter and thinner, as the graph draws it. */
  .swatch.dashed {
    width: 1.1rem;
    height: 0.16rem;
    background: repeating-linear-gradient(90deg, var(--fl-possible) 0 0.26rem, transparent 0.26rem 0.44rem);
  }
  .swatch.dot {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
  }
  [aria-pressed="false"] > .swatch,
  .zero > .swatch {
    opacity: 0.35;
  }
  .zero > .label,
  .zero > .count {
    color: var(--fl-text-muted);
    font-weight: normal;
  }
  .toggle:disabled > .label,
  .toggle:disabled > .count {
    color: var(--fl-text-muted);
  }

  /* Family groups. */
  .family + .family {
    margin-top: 0.15rem;
  }
  .family-head {
    display: flex;
    align-items: center;
  }
  .family-head .toggle {
    font-weight: 600;
  }
  .disclosure {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.5rem;
    height: 1.6rem;
    padding: 0;
    border: none;
    background: none;
    color: var(--fl-text-muted);
  }
  .disclosure::before {
    content: "";
    width: 0.4rem;
    height: 0.4rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.12s;
  }
  .disclosure[aria-expanded="true"]::before {
    transform: rotate(45deg) translate(-1px, -1px);
  }
  .types {
    margin-inline-start: 1.5rem;
  }
  .empty {
    margin: 0.1rem 0 0.2rem 2rem;
    color: var(--fl-text-muted);
    font-size: 0.8125rem;
    font-style: italic;
  }
  .more {
    margin: 0.3rem 0 0 0.4rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.8125rem;
    color: var(--fl-text-muted);
  }

  /* Display options. */
  fieldset {
    margin: 0 0 0.5rem;
    padding: 0;
    border: none;
  }
  legend {
    padding: 0;
    margin-bottom: 0.2rem;
    font-weight: 600;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
  }
  .hint {
    margin: 0.15rem 0 0;
    color: var(--fl-text-muted);
    font-size: 0.75rem;
  }
  .possible {
    margin: 0.35rem 0 0;
    padding: 0.3rem 0 0 0.4rem;
    border-top: 1px solid var(--fl-border);
    --fl-possible: color-mix(in srgb, var(--fl-text) 55%, var(--fl-bg));
  }
  .option.possible-toggle {
    align-items: center;
    gap: 0.45rem;
  }
  .possible-text {
    display: flex;
    flex-direction: column;
    line-height: 1.25;
  }
  .possible-text .note {
    white-space: normal;
  }
  .count.off {
    color: var(--fl-text-muted);
    font-weight: normal;
    font-size: 0.75rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.4rem;
    padding: 0.2rem 0;
    cursor: pointer;
  }
  .radios label {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    cursor: pointer;
  }
  input[type="checkbox"],
  input[type="radio"] {
    margin: 0.1rem 0 0;
    accent-color: var(--fl-accent);
    flex: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .disclosure::before {
      transition: none;
    }
  }
`;
