/** Styles of the root element: a header, the legend, the graph, the details panel, the timeline. */
import { css } from "lit";
import { visuallyHiddenRules } from "../ui/theme";

export const appStyles = css`
  :host {
    display: block;
    height: 100vh;
    background: var(--fl-bg);
    color: var(--fl-text);
    font-family: var(--fl-font);
  }
  .layout {
    display: grid;
    height: 100%;
    grid-template-columns: minmax(240px, 300px) 1fr minmax(300px, 380px);
    grid-template-rows: auto minmax(0, 1fr) auto;
    grid-template-areas:
      "header header header"
      "legend graph details"
      "timeline timeline timeline";
  }
  header {
    grid-area: header;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--fl-border);
  }
  h1 {
    font-size: 1.2rem;
    margin: 0;
  }
  .brand {
    min-width: 0;
    max-width: 10rem;
  }
  .data-name {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--fl-text-muted);
    font-size: 0.8rem;
  }
  fl-search {
    flex: 1 1 10rem;
    min-width: 8rem;
    max-width: 28rem;
  }
  fl-toolbar {
    margin-left: auto;
    /* The search gives way first; a toolbar on two rows would push the graph down. */
    flex-shrink: 0;
  }
  .legend {
    grid-area: legend;
    overflow: auto;
    border-right: 1px solid var(--fl-border);
    min-height: 0;
  }
  main {
    grid-area: graph;
    position: relative;
    min-width: 0;
    min-height: 0;
  }
  #graph {
    position: absolute;
    inset: 0;
  }
  /* Drawn inside the regions: the graph fills its cell, and a ring outside would be cut off or cover the panels' borders. */
  #graph:focus-visible,
  #details:focus-visible,
  #timeline:focus-visible {
    outline: 3px solid var(--fl-focus);
    outline-offset: -3px;
  }
  /* Out of sight until focused: then over the header's left end, the first thing on the page. */
  .skip-links a {
    position: absolute;
    left: 0.5rem;
    top: 0.5rem;
    z-index: 20;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: var(--fl-bg);
    color: var(--fl-accent);
    font-weight: 600;
    transform: translateY(-200%);
  }
  .skip-links a:focus {
    transform: none;
    outline: 3px solid var(--fl-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHiddenRules}
  }
  .status {
    position: absolute;
    left: 0.75rem;
    top: 0.5rem;
    margin: 0;
    padding: 0.2rem 0.5rem;
    border-radius: var(--fl-radius);
    background: color-mix(in srgb, var(--fl-bg) 85%, transparent);
    color: var(--fl-text-muted);
    font-size: 0.9rem;
    pointer-events: none;
    /* Wraps short of Copy link and "?" rather than running under them (a window's words are long). */
    max-width: calc(100% - 11rem);
  }
  /* Beside the status line, left of the shortcuts button: the header has no room left at 1280 px. */
  fl-copy-link {
    position: absolute;
    right: 3.25rem;
    top: 0.5rem;
  }
  /* Level with the status line, in the strip framing keeps clear of actors (view-camera.ts). */
  .shortcuts {
    position: absolute;
    right: 0.75rem;
    top: 0.4rem;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    font-size: 1.2rem;
    color: var(--fl-text-muted);
    pointer-events: none;
  }
  .notice {
    position: absolute;
    right: 0.75rem;
    bottom: 0.75rem;
    max-width: 26rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--fl-danger);
    border-radius: var(--fl-radius);
    background: var(--fl-bg);
    font-size: 0.9rem;
  }
  .notice p,
  .notice ul {
    margin: 0 0 0.4rem;
  }
  .details {
    grid-area: details;
    overflow: auto;
    border-left: 1px solid var(--fl-border);
    min-height: 0;
  }
  /* A panel a component's own display would otherwise keep shown (fl-details behind "What changed"). */
  .details > [hidden] {
    display: none;
  }
  /* Nothing selected: the hint, then the panels under it (Alignments). */
  .details > fl-details.idle {
    height: auto;
  }
  footer {
    grid-area: timeline;
    border-top: 1px solid var(--fl-border);
    padding: 0.25rem 1rem 0.5rem;
  }
  .layout {
    position: relative;
  }
  .drop-overlay {
    position: absolute;
    inset: 0.5rem;
    z-index: 10;
    display: grid;
    place-items: center;
    border: 3px dashed var(--fl-accent);
    border-radius: var(--fl-radius);
    background: color-mix(in srgb, var(--fl-bg) 80%, transparent);
    font-size: 1.3rem;
    pointer-events: none;
  }
  .opening {
    display: grid;
    place-content: center;
    gap: 0.75rem;
    height: 100%;
    text-align: center;
  }
  .opening progress {
    width: 24rem;
    max-width: 80vw;
  }
  .load-errors {
    padding: 2rem;
  }
  .load-errors pre {
    white-space: pre-wrap;
    color: var(--fl-danger);
  }
`;
