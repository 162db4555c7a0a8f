/**
 * Parts of the timeline as templates: a labelled choice, a typed date field, a slider handle and
 * its track, "previous / next change" buttons and the row under the controls that holds them. The element owns their state and passes it in with what to call back.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import type { ChangeMark } from "../../model/change-days";
import { formatDay, type Day } from "../../model/dates";
import { horizonReason, horizonWords, openEndsWords, type Horizon, type OpenEnds } from "../../model/horizon";
import { renderLegend } from "./strip";
import { fractionOf, type Handle, type TimeRange } from "./time-steps";

const FIELD_NAMES: Record<Handle, string> = { at: "Type the date", from: "Type the window start", to: "Type the window end" };

export interface DateFieldOptions {
  readonly handle: Handle;
  /** What the field holds: the text being typed, or the day it shows. */
  readonly text: string;
  /** The last entry in it was refused. */
  readonly invalid: boolean;
  readonly typed: (text: string) => void;
  readonly key: (e: KeyboardEvent) => void;
  readonly left: () => void;
}

/** A text field for a date ("27 Feb 2026"), named for what it sets. */
export function dateField(o: DateFieldOptions) {
  return html`<input
    type="text"
    class="day-field"
    size="11"
    spellcheck="false"
    autocomplete="off"
    aria-label=${FIELD_NAMES[o.handle]}
    aria-invalid=${o.invalid ? "true" : "false"}
    .value=${live(o.text)}
    @input=${(e: Event) => o.typed((e.target as HTMLInputElement).value)}
    @keydown=${o.key}
    @blur=${o.left}
  />`;
}

/**
 * "◂ Previous change: Oct 2025 — … starts": a button that jumps to the change it names (its
 * words are its name, so what is read is what is seen), with its key ("[" or "]").
 */
export function changeButton(direction: 1 | -1, mark: ChangeMark | undefined, jump: () => void) {
  const [name, key] = direction < 0 ? ["Previous change", "["] : ["Next change", "]"];
  const words = `${name}: ${mark ? `${mark.when} — ${mark.what}` : "none"}`;
  return html`<button
    type="button"
    class="change ${direction < 0 ? "previous" : "next"}"
    aria-keyshortcuts=${key}
    aria-disabled=${!mark}
    title="${words} (${key})"
    @click=${jump}
  >
    ${direction < 0 ? html`<span aria-hidden="true">◂ </span>` : nothing}${words}${direction > 0 ? html`<span aria-hidden="true"> ▸</span>` : nothing}
  </button>`;
}

export interface ContextOptions {
  /** Why the last entry changed nothing: shown in place of the change buttons until it is dealt with. */
  readonly message: string;
  /** What the last entry covers ("Oct 2025: the whole month"), while the view still shows it. */
  readonly note: string;
  readonly previous: ChangeMark | undefined;
  readonly next: ChangeMark | undefined;
  readonly jump: (direction: 1 | -1) => void;
  readonly horizon: Horizon | undefined;
  readonly openEnds: OpenEnds;
  readonly last: Day;
}

/**
 * The row under the controls: what the last entry did (or why not, as a status next to the
 * fields), the previous and next change, where the evidence ends and how many relations may run
 * on beyond it, and the strip's legend.
 */
export function contextRow(o: ContextOptions) {
  const said = o.message || o.note;
  return html`<div class="context" part="context">
    <span class="message ${o.message ? "problem" : ""}" role="status" title=${said}>${said}</span>
    ${o.message ? nothing : html`${changeButton(-1, o.previous, () => o.jump(-1))} ${changeButton(1, o.next, () => o.jump(1))}`}
    <span class="spacer"></span>
    ${o.horizon ? html`<span class="horizon" title=${horizonReason(o.horizon)}>${horizonWords(o.horizon)}</span>` : nothing}
    ${o.openEnds.count ? html`<span class="horizon" title=${openEndsWords(o.openEnds, formatDay(o.last))}>${o.openEnds.count} may run on ›</span>` : nothing}
    ${renderLegend()}
  </div>`;
}

/** A labelled select ("Step", "Span", "Speed"), named by its label. */
export function choice(label: string, options: readonly (readonly [string, string])[], selected: string, change: (e: Event) => void, title = "") {
  return html`<label class="speed" title=${title}>
    ${label}
    <select aria-label=${label} @change=${change}>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === selected}>${text}</option>`)}
    </select>
  </label>`;
}

export interface SliderOptions {
  readonly handle: Handle;
  readonly label: string;
  readonly value: Day;
  readonly min: Day;
  readonly max: Day;
  /** Drawn over the other handle. */
  readonly onTop: boolean;
  readonly input: (e: Event) => void;
  readonly key: (e: KeyboardEvent) => void;
}

/** A handle of the slider: a range input over days, speaking its day in words. */
export function rangeSlider(o: SliderOptions) {
  return html`<input
    type="range"
    class=${o.handle}
    style=${o.onTop ? "z-index: 2" : ""}
    min=${o.min}
    max=${o.max}
    step="1"
    .value=${live(String(o.value))}
    aria-label=${o.label}
    aria-valuetext=${formatDay(o.value)}
    @input=${o.input}
    @keydown=${o.key}
  />`;
}

/** The track's fill: up to the date, or across the window. */
export function trackFill(t: TimeRange) {
  const x = (d: Day) => Math.min(1, Math.max(0, fractionOf(d, t.first, t.last))) * 100;
  const [a, b] = t.mode === "window" ? [x(t.from), x(t.to)] : [0, x(t.at)];
  return html`<div class="fill" style="left: ${a}%; width: ${Math.max(0, b - a)}%"></div>`;
}
