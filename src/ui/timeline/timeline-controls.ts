/**
 * The timeline's row of controls as a template: the time mode, the transport (« Play »), the
 * step size, the typed date or window, and the span and speed choices. The element owns their
 * state and passes it in with what to call back.
 */
import { html, type TemplateResult } from "lit";
import type { Span, TimeMode } from "../../state/view-state";
import { choice } from "./timeline-parts";
import type { TimeRange } from "./time-steps";
import { SPEEDS, speedName, spansFor, STEP_CHOICES, type StepSize } from "./timeline-options";

export interface ControlsOptions {
  readonly range: TimeRange;
  readonly step: StepSize;
  /** « and » can go no further. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
  readonly playing: boolean;
  readonly speed: number;
  readonly span: Span;
  /** The selectable days, for the span choices. */
  readonly first: number;
  readonly last: number;
  /** The date field(s) and the date in words, rendered by the element. */
  readonly entry: TemplateResult;
  readonly dateText: string;
  readonly switchMode: (mode: TimeMode) => void;
  readonly stepOnce: (count: 1 | -1) => void;
  readonly togglePlay: () => void;
  readonly onStep: (e: Event) => void;
  readonly onSpan: (e: Event) => void;
  readonly onSpeed: (e: Event) => void;
}

/** The speeds offered: the usual ones, and the one set when it is none of them (from a link). */
const speedOptions = (speed: number): number[] => (SPEEDS.includes(speed) ? [...SPEEDS] : [...SPEEDS, speed].sort((a, b) => a - b));

export function controlsRow(o: ControlsOptions) {
  const { range: t, step: unit } = o;
  return html`<div class="controls" part="controls">
    <div class="segmented" role="group" aria-label="Time mode">
      <button type="button" aria-pressed=${t.mode === "at"} @click=${() => o.switchMode("at")} title="Relations active on one day">As of</button>
      <button type="button" aria-pressed=${t.mode === "window"} @click=${() => o.switchMode("window")} title="Relations active at any time between two days">
        Window
      </button>
    </div>
    <div class="transport" role="group" aria-label="Playback">
      <button type="button" aria-label="Previous ${unit}" title="Previous ${unit} (←)" aria-disabled=${o.atStart} @click=${() => o.stepOnce(-1)}>«</button>
      <button type="button" class="play" @click=${o.togglePlay}>
        <span class="glyph" aria-hidden="true">${o.playing ? "❚❚" : "▶"}</span>${o.playing ? "Pause" : "Play"}
      </button>
      <button type="button" aria-label="Next ${unit}" title="Next ${unit} (→)" aria-disabled=${o.atEnd} @click=${() => o.stepOnce(1)}>»</button>
    </div>
    ${choice("Step", STEP_CHOICES.map((s) => [s.id, s.label]), unit, o.onStep, "What «, », the arrow keys and playback step by")}
    <span class="entry" title="Type a date and press Enter: 2026-02-27, 27 Feb 2026, 2026-02 or 2026; Escape restores">${o.entry}</span>
    <span class="date visually-hidden" part="date">${o.dateText}</span>
    ${choice("Span", spansFor(o.first, o.last).map((z) => [z.id, z.label]), o.span, o.onSpan)}
    ${choice("Speed", speedOptions(o.speed).map((v) => [String(v), speedName(v, unit)]), String(o.speed), o.onSpeed)}
  </div>`;
}
