/**
 * The timeline under the graph: how an analyst picks the date (or window) the graph shows. A
 * strip sits above the slider on the same scale: how many relations are certainly and only
 * possibly active each month, and how many start and end, so busy months, and how much of them
 * is known, are visible before dragging; arrows step by months, and playback walks forward a
 * month at a time.
 */
import { html, LitElement } from "lit";
import { live } from "lit/directives/live.js";
import { addMonths, formatDay, type Day } from "../../model/dates";
import type { HistogramBin } from "../../model/timeline";
import { timeInWords, timeOfView } from "../../model/time-words";
import type { TimeMode } from "../../state/view-state";
import { PlaybackController } from "./playback";
import { PlayToggleEvent, SpeedChangeEvent, TimeChangeEvent } from "../events";
import { renderAxis, renderStrip, swatch } from "./strip";
import { applyStep, clampDay, fractionOf, keyStep, modeChange, playbackStep, rewindForPlay, stepMonths, type TimeChange, type TimeRange } from "./time-steps";
import { timelineStyles } from "./timeline.styles";

/** Spans the slider can cover, counted back from the last day. */
const ZOOMS: readonly { id: string; label: string; months?: number }[] = [
  { id: "all", label: "All years" },
  { id: "5y", label: "Last 5 years", months: 60 },
  { id: "2y", label: "Last 2 years", months: 24 },
  { id: "1y", label: "Last 12 months", months: 12 },
];

/** Playback speeds offered, in months per second. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 12];

const speedName = (s: number) => (s === 12 ? "1 year/s" : `${s} month${s === 1 ? "" : "s"}/s`);

type Handle = "at" | "from" | "to";

const handleChange = (handle: Handle, day: Day): TimeChange => (handle === "at" ? { at: day } : handle === "from" ? { from: day } : { to: day });

/**
 * @summary Picks the date ("as of") or the window the explorer shows, over a per-month strip of
 * relations active (certainly, and only possibly) and of relation starts and ends; plays
 * through time a month at a time.
 *
 * Properties (all set by the app, none reflected): `first`, `last` (the selectable days),
 * `bins` (`histogram(relations, "month", extent, index.bounds)`), `mode`, `at`, `from`, `to`, `playing`, `speed`
 * (months per second). The element never changes them itself: it asks through events. While
 * `playing`, it emits a one-month step every 1000/speed ms and, at `last`, asks to stop.
 * Switching mode follows the view state's rule (modeSwitch in state/producers.ts): the window
 * keeps through "as of" and back, an empty window (from >= to) becomes the six months up to
 * `at`, and switching back moves `at` to the window's end if it lay outside the window. A "Span"
 * choice zooms the slider to the last 5 years, 2 years or 12 months (the element's own state),
 * asking to move the date inside that span if it lay before it.
 *
 * @fires time-change - TimeChangeEvent: the date, window or mode should change (only the fields given).
 * @fires play-toggle - PlayToggleEvent: start or stop playback.
 * @fires speed-change - SpeedChangeEvent: a new playback speed in months per second.
 *
 * @csspart controls - The row of buttons, the date shown and the legend.
 * @csspart date - The date or window, in words.
 * @csspart strip - The per-month bar chart (SVG).
 * @csspart sliders - The slider track and handle(s).
 * @csspart axis - The year labels under the slider.
 */
export class FlTimeline extends LitElement {
  static override styles = timelineStyles;

  static override properties = {
    first: { attribute: false },
    last: { attribute: false },
    bins: { attribute: false },
    mode: { attribute: false },
    at: { attribute: false },
    from: { attribute: false },
    to: { attribute: false },
    playing: { attribute: false },
    speed: { attribute: false },
    zoom: { state: true },
  };

  declare first: Day;
  declare last: Day;
  declare bins: readonly HistogramBin[];
  declare mode: TimeMode;
  declare at: Day;
  declare from: Day;
  declare to: Day;
  declare playing: boolean;
  declare speed: number;
  /** How much of the range the slider spans: all of it, or the last few years. */
  declare zoom: string;

  constructor() {
    super();
    this.first = 0;
    this.last = 0;
    this.bins = [];
    this.mode = "at";
    this.at = 0;
    this.from = 0;
    this.to = 0;
    this.playing = false;
    this.speed = 2;
    this.zoom = "all";
    new PlaybackController(this, { playing: () => this.playing, speed: () => this.speed, tick: () => this.advance() });
  }

  /** The first day the slider shows: `first`, or later when zoomed to recent years. */
  private get shownFirst(): Day {
    const zoom = ZOOMS.find((z) => z.id === this.zoom);
    return zoom?.months ? Math.max(this.first, addMonths(this.last, -zoom.months)) : this.first;
  }

  private onZoom = (e: Event) => {
    this.zoom = (e.target as HTMLSelectElement).value;
    const first = this.shownFirst;
    // Keep the date (or window) on the slider: bring it inside the zoomed range.
    if (this.mode === "at" && this.at < first) this.emit({ at: first });
    if (this.mode === "window" && this.from < first) this.emit({ from: first, to: Math.max(first, this.to) });
  };

  private get range(): TimeRange {
    return { first: this.shownFirst, last: this.last, mode: this.mode, at: this.at, from: this.from, to: this.to };
  }

  /** The date or window in words: "As of 27 Feb 2026", "1 Oct 2025 – 31 Mar 2026". */
  get dateText(): string {
    return timeInWords(timeOfView(this), "label");
  }

  override render() {
    const t = this.range;
    const atStart = t.mode === "window" ? t.from <= t.first : t.at <= t.first;
    const atEnd = t.mode === "window" ? t.to >= t.last : t.at >= t.last;
    return html`<div class="timeline">
      <div class="controls" part="controls">
        <div class="segmented" role="group" aria-label="Time mode">
          <button type="button" aria-pressed=${t.mode === "at"} @click=${() => this.switchMode("at")} title="Relations active on one day">As of</button>
          <button type="button" aria-pressed=${t.mode === "window"} @click=${() => this.switchMode("window")} title="Relations active at any time between two days">
            Window
          </button>
        </div>
        <div class="transport" role="group" aria-label="Playback">
          <button type="button" aria-label="Previous month" title="Previous month" aria-disabled=${atStart} @click=${() => this.step(-1)}>«</button>
          <button type="button" class="play" @click=${this.togglePlay}>
            <span class="glyph" aria-hidden="true">${this.playing ? "❚❚" : "▶"}</span>${this.playing ? "Pause" : "Play"}
          </button>
          <button type="button" aria-label="Next month" title="Next month" aria-disabled=${atEnd} @click=${() => this.step(1)}>»</button>
        </div>
        <span class="date" part="date">${this.dateText}</span>
        <span class="legend">
          <span class="legend-row"
            >active:<span title="Top row: relations certainly active that month, as their dates say">${swatch("certain")} certain</span
            ><span title="Top row: relations only possibly active that month: their dates allow it, none says it">${swatch("possible")} possible</span></span
          >
          <span class="legend-row"
            ><span>${swatch("start")} starts</span><span>${swatch("end")} ends</span><span>${swatch("coarse")} year only</span></span
          >
        </span>
        <label class="speed">
          Span
          <select @change=${this.onZoom}>
            ${ZOOMS.filter((z) => !z.months || addMonths(this.last, -z.months) > this.first).map(
              (z) => html`<option value=${z.id} ?selected=${z.id === this.zoom}>${z.label}</option>`,
            )}
          </select>
        </label>
        <label class="speed">
          Speed
          <select @change=${this.onSpeed}>
            ${this.speedOptions().map((s) => html`<option value=${s} ?selected=${s === this.speed}>${speedName(s)}</option>`)}
          </select>
        </label>
      </div>
      ${renderStrip(this.bins, t)}
      <div class="sliders ${t.mode}" part="sliders">
        <div class="track">${this.trackFill(t)}</div>
        ${t.mode === "window"
          ? html`${this.slider("from", "Window start", t.from)}${this.slider("to", "Window end", t.to)}`
          : this.slider("at", "As of date", t.at)}
      </div>
      ${renderAxis(t.first, t.last)}
    </div>`;
  }

  private slider(handle: Handle, label: string, value: Day) {
    // The handle nearer the end sits on top, so two handles on the same day can still be pulled apart.
    const onTop = handle === "from" && this.from >= (this.shownFirst + this.last) / 2;
    return html`<input
      type="range"
      class=${handle}
      style=${onTop ? "z-index: 2" : ""}
      min=${this.shownFirst}
      max=${this.last}
      step="1"
      .value=${live(String(value))}
      aria-label=${label}
      aria-valuetext=${formatDay(value)}
      @input=${(e: Event) => this.onInput(e, handle)}
      @keydown=${(e: KeyboardEvent) => this.onKey(e, handle)}
    />`;
  }

  private trackFill(t: TimeRange) {
    const x = (d: Day) => Math.min(1, Math.max(0, fractionOf(d, t.first, t.last))) * 100;
    const [a, b] = t.mode === "window" ? [x(t.from), x(t.to)] : [0, x(t.at)];
    return html`<div class="fill" style="left: ${a}%; width: ${Math.max(0, b - a)}%"></div>`;
  }

  private speedOptions(): number[] {
    return SPEEDS.includes(this.speed) ? [...SPEEDS] : [...SPEEDS, this.speed].sort((a, b) => a - b);
  }

  /** The bounds a handle may move in: a window's handles cannot cross. */
  private bounds(handle: Handle): [Day, Day] {
    if (handle === "from") return [this.shownFirst, Math.min(this.to, this.last)];
    if (handle === "to") return [Math.max(this.from, this.shownFirst), this.last];
    return [this.shownFirst, this.last];
  }

  private onInput(e: Event, handle: Handle) {
    const input = e.target as HTMLInputElement;
    const [lo, hi] = this.bounds(handle);
    const day = clampDay(Number(input.value), lo, hi);
    // Stop the handle at the other one at once, rather than after the app answers.
    if (String(day) !== input.value) input.value = String(day);
    this.emit(handleChange(handle, day));
  }

  private onKey(e: KeyboardEvent, handle: Handle) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = keyStep(e.key, e.shiftKey);
    if (!step) return;
    // Arrows step by months here, not by the input's native single day.
    e.preventDefault();
    const [lo, hi] = this.bounds(handle);
    const current = handle === "at" ? this.at : handle === "from" ? this.from : this.to;
    const day = applyStep(current, step, lo, hi);
    if (day !== current) this.emit(handleChange(handle, day));
  }

  private step(months: number) {
    const t = this.range;
    const change = stepMonths(t, months);
    const moved = (Object.keys(change) as (keyof TimeChange)[]).some((k) => change[k] !== t[k]);
    if (moved) this.emit(change);
  }

  private switchMode(mode: TimeMode) {
    if (mode !== this.mode) this.emit(modeChange(this.range, mode));
  }

  private togglePlay = () => {
    if (!this.playing) {
      const rewind = rewindForPlay(this.range);
      if (rewind) this.emit(rewind);
    }
    this.dispatchEvent(new PlayToggleEvent(!this.playing));
  };

  private onSpeed = (e: Event) => {
    this.dispatchEvent(new SpeedChangeEvent(Number((e.target as HTMLSelectElement).value)));
  };

  /** One frame of playback, called by the PlaybackController. */
  private advance() {
    const next = playbackStep(this.range);
    if (next === "stop") this.dispatchEvent(new PlayToggleEvent(false));
    else this.emit(next);
  }

  private emit(change: TimeChange) {
    this.dispatchEvent(new TimeChangeEvent(change));
  }
}

customElements.define("fl-timeline", FlTimeline);

declare global {
  interface HTMLElementTagNameMap {
    "fl-timeline": FlTimeline;
  }
}
