/**
 * Styles of the timeline. The strip, the slider track and the axis share one horizontal scale:
 * each is inset by half a handle's width, because a range input's handle centre runs from
 * half a handle in from the left edge to half a handle in from the right.
 */
import { css } from "lit";
import { controlStyles } from "../theme";
import { entryStyles } from "./timeline-entry.styles";

export const timelineStyles = [
  controlStyles,
  entryStyles,
  css`
    :host {
      display: block;
      --thumb: 16px;
      background: var(--fl-bg);
      border-top: 1px solid var(--fl-border);
    }
    .timeline {
      display: grid;
      /* The rows shrink to the element's width: long change words are cut, never widen it. */
      grid-template-columns: minmax(0, 1fr);
      gap: 4px;
      padding: 6px 12px 4px;
    }

    /* Controls row */
    .controls {
      display: flex;
      align-items: center;
      gap: 0.6rem 0.9rem;
      flex-wrap: wrap;
      font-size: 0.875rem;
    }
    .segmented,
    .transport {
      display: inline-flex;
    }
    .segmented button,
    .transport button {
      border-radius: 0;
      margin-left: -1px;
      min-height: 1.9rem;
    }
    .segmented button:first-child,
    .transport button:first-child {
      border-radius: var(--fl-radius) 0 0 var(--fl-radius);
      margin-left: 0;
    }
    .segmented button:last-child,
    .transport button:last-child {
      border-radius: 0 var(--fl-radius) var(--fl-radius) 0;
    }
    button:focus-visible {
      position: relative;
      z-index: 1;
    }
    button[aria-disabled="true"] {
      color: var(--fl-text-muted);
      cursor: default;
    }
    .play {
      min-width: 5.6rem;
    }
    .glyph {
      display: inline-block;
      width: 1.4em;
      font-size: 0.8em;
      letter-spacing: -0.15em;
    }
    /* One line in the context row: what is active, then what starts and ends, as the strip's two rows. */
    .legend {
      display: inline-flex;
      flex: none;
      gap: 0.7rem;
      color: var(--fl-text-muted);
      font-size: 0.75rem;
      line-height: 1.1;
    }
    .legend-row {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .legend-row > span {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    .speed {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      color: var(--fl-text-muted);
    }
    select {
      background: var(--fl-surface);
      color: var(--fl-text);
      border: 1px solid var(--fl-border);
      border-radius: var(--fl-radius);
      padding: 0.2rem 0.3rem;
    }

    /* Strip and axis (SVG) */
    svg.strip,
    svg.axis {
      display: block;
      width: calc(100% - var(--thumb));
      margin: 0 calc(var(--thumb) / 2);
      overflow: visible;
    }
    .baseline,
    .tick {
      stroke: var(--fl-border);
      stroke-width: 1;
    }
    .bar.start {
      fill: var(--fl-accent);
    }
    .bar.end {
      fill: var(--fl-text-muted);
    }
    .hatch-bg.start {
      fill: var(--fl-accent);
      opacity: 0.2;
    }
    .hatch-bg.end {
      fill: var(--fl-text-muted);
      opacity: 0.2;
    }
    .hatch.start {
      stroke: var(--fl-accent);
      stroke-width: 1.5;
      opacity: 0.7;
    }
    .hatch.end {
      stroke: var(--fl-text-muted);
      stroke-width: 1.5;
      opacity: 0.7;
    }
    /* Activity: a neutral grey between text and background, apart from the starts and ends below. */
    .certain {
      fill: color-mix(in srgb, var(--fl-text) 50%, var(--fl-bg));
    }
    .hatch-bg.possible {
      fill: color-mix(in srgb, var(--fl-text) 50%, var(--fl-bg));
      opacity: 0.2;
    }
    .hatch.possible {
      stroke: color-mix(in srgb, var(--fl-text) 65%, var(--fl-bg));
      stroke-width: 1.5;
    }
    .active-foot {
      stroke-dasharray: 2 2;
    }
    .hit {
      fill: transparent;
    }
    .window-band {
      fill: var(--fl-accent);
      opacity: 0.1;
    }
    .marker {
      stroke: var(--fl-text);
      stroke-width: 1.5;
    }
    svg.axis text {
      fill: var(--fl-text-muted);
      font-size: 11px;
    }
    .swatch {
      display: block;
    }

    /* Slider(s): native range inputs with a transparent track over a drawn one. */
    .sliders {
      position: relative;
      height: 20px;
    }
    .track {
      position: absolute;
      left: calc(var(--thumb) / 2);
      right: calc(var(--thumb) / 2);
      top: 8px;
      height: 4px;
      border-radius: 2px;
      background: var(--fl-border);
    }
    .fill {
      position: absolute;
      top: 0;
      bottom: 0;
      border-radius: 2px;
      background: var(--fl-accent);
      opacity: 0.6;
    }
    input[type="range"] {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 20px;
      margin: 0;
      background: transparent;
      appearance: none;
      -webkit-appearance: none;
      cursor: pointer;
    }
    input[type="range"]:focus-visible {
      outline: none;
    }
    /* In window mode the two inputs overlap: only their handles take the pointer. */
    .window input[type="range"] {
      pointer-events: none;
    }
    input[type="range"]::-webkit-slider-runnable-track {
      background: transparent;
      height: 20px;
    }
    input[type="range"]::-moz-range-track {
      background: transparent;
    }
    input[type="range"]::-webkit-slider-thumb {
      -webkit-appearance: none;
      appearance: none;
      pointer-events: auto;
      box-sizing: border-box;
      width: var(--thumb);
      height: var(--thumb);
      margin-top: 2px;
      border-radius: 50%;
      background: var(--fl-accent);
      border: 2px solid var(--fl-bg);
      box-shadow: 0 0 0 1px var(--fl-accent);
      cursor: grab;
    }
    input[type="range"]::-moz-range-thumb {
      pointer-events: auto;
      box-sizing: border-box;
      width: var(--thumb);
      height: var(--thumb);
      border-radius: 50%;
      background: var(--fl-accent);
      border: 2px solid var(--fl-bg);
      box-shadow: 0 0 0 1px var(--fl-accent);
      cursor: grab;
    }
    /* The focus ring goes on the handle, so with two handles it is clear which one keys move. */
    input[type="range"]:focus-visible::-webkit-slider-thumb {
      box-shadow:
        0 0 0 2px var(--fl-bg),
        0 0 0 5px var(--fl-focus);
    }
    input[type="range"]:focus-visible::-moz-range-thumb {
      box-shadow:
        0 0 0 2px var(--fl-bg),
        0 0 0 5px var(--fl-focus);
    }
    input[type="range"]:focus-visible {
      z-index: 3;
    }
  `,
];
