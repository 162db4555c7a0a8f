/** Styles of fl-alignment: the details panel's reading text, with its lists and buttons. */
import { css } from "lit";

export const alignmentStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: 0 1.1rem 1.5rem;
    font-size: 0.95rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  p,
  ul {
    margin: 0;
  }
  h2 {
    font-size: 1.1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--fl-border);
  }
  h3 {
    margin-top: 1rem;
    font-size: 1rem;
  }
  h4 {
    margin-top: 0.75rem;
    font-size: 0.9rem;
  }
  .ratio {
    margin-top: 0.25rem;
  }
  .ratio strong {
    font-size: 1.4rem;
  }
  .counts {
    padding-inline-start: 1.1rem;
    font-size: 0.9rem;
  }
  .muted {
    color: var(--fl-text-muted);
    font-size: 0.85rem;
    margin-top: 0.35rem;
  }
  .triads {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.3rem;
    margin-top: 0.35rem;
  }
  button.triad {
    width: 100%;
    text-align: start;
    padding: 0.3rem 0.5rem;
    line-height: 1.35;
  }
  button.triad[aria-pressed="true"] {
    border-color: var(--fl-accent);
    box-shadow: inset 3px 0 0 var(--fl-accent);
  }
  .highlight {
    margin-top: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin-top: 0.35rem;
  }
  .camps {
    list-style: none;
    padding: 0;
    margin-top: 0.35rem;
    display: grid;
    gap: 0.25rem;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    margin-inline-end: 0.3rem;
  }
  .camp-name {
    font-weight: 600;
    margin-inline-end: 0.3rem;
  }
  button.link {
    padding: 0;
    border: none;
    background: none;
    color: var(--fl-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  fl-camp-chart {
    margin-top: 0.35rem;
  }
`;
