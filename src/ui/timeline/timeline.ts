/**
 * The timeline under the graph: how an analyst picks the date (or window) the graph shows. A
 * strip sits above the slider on the same scale: how many relations are certainly and only
 * possibly active each month, and how many start and end, so busy months, and how much of them
 * is known, are visible before dragging. The date can be typed at the precision known; « », »
 * and the arrow keys step by the chosen size (a day, a month, a year, or to the next change);
 * "previous / next change" jump to where what the view shows changes; playback walks forward
 * and stops where the evidence ends.
 */
import { html, LitElement } from "lit";
import type { ChangeMark } from "../../model/change-days";
import type { Day } from "../../model/dates";
import type { Horizon, OpenEnds } from "../../model/horizon";
import type { HistogramBin } from "../../model/timeline";
import { timeInWords, timeOfView } from "../../model/time-words";
import type { Span, TimeMode } from "../../state/view-state";
import { PlayToggleEvent, SpanChangeEvent, SpeedChangeEvent, TimeChangeEvent } from "../events";
import { changeFrom, crossedBy, frameDuration, moveTo, playbackByChange, sliderStep } from "./change-steps";
import { frameInterval, PlaybackController } from "./playback";
import { renderAxis, renderStrip } from "./strip";
import { choice, contextRow, rangeSlider, trackFill } from "./timeline-parts";
import { clampDay, keyStep, modeChange, playbackStep, rewindForPlay, stepBy, type Handle, type TimeChange, type TimeRange } from "./time-steps";
import { SPEEDS, speedName, spanFirst, spansFor, STEP_CHOICES, type StepSize } from "./timeline-options";
import { timelineStyles } from "./timeline.styles";
import { DateEntryController } from "./date-entry-controller";

export { SPEEDS };

const handleChange = (handle: Handle, day: Day): TimeChange => (handle === "at" ? { at: day } : handle === "from" ? { from: day } : { to: day });

/**
 * @summary Picks the date ("as of") or the window the explorer shows, over a per-month strip of
 * relations active (certainly, and only possibly) and of relation starts and ends; types dates,
 * steps by day, month, year or change, and plays through time.
 *
 * Properties (all set by the app, none reflected): `first`, `last` (the selectable days; `last`
 * is where the evidence ends), `bins` (`histogram(relations, "month", extent, index.bounds)`),
 * `changes` (the days where what the view shows changes, for the current filters, in words),
 * `horizon` (what set `last`: the latest dated evidence, said with why), `openEnds` (relations that may run on
 * beyond `last`), `mode`, `at`, `from`, `to`, `span`, `playing`, `speed` (steps per second).
 * The element never changes them itself: it asks through events.
 *
 * Typing: the date field (or, in window mode, each end's) takes "2026-02-27", "27 Feb 2026",
 * "Feb 27, 2026", "2025-10", "Oct 2025" or "2021"; Enter applies, Escape restores. A month or
 * year typed as the date shows the window over all of it, and says so; as a window's start or
 * end it means its first or last day. A bad entry is said next to the field and changes nothing.
 *
 * Steps: the "Step" choice (day, month, year or change) sets what «, », the arrow keys and
 * playback step by; Shift+arrows and Page keys step a year, Home and End go to the ends, "[" and
 * "]" to the previous and next change. Month and year steps land on whole months (a date or a
 * window's end on the month's last day, a window's start on its first: calendar-steps.ts).
 *
 * Playback: one step every 1000/speed ms, each frame held longer the more changes it passed
 * (1 + changes/4 times as long, at most 4 times: change-steps.ts frameDuration), stopping at
 * `last`. Switching mode follows the view state's rule (modeSwitch in state/producers.ts).
 *
 * @fires time-change - TimeChangeEvent: the date, window or mode should change (only the fields given).
 * @fires play-toggle - PlayToggleEvent: start or stop playback.
 * @fires speed-change - SpeedChangeEvent: a new playback speed in steps per second.
 * @fires span-change - SpanChangeEvent: the slider should span all years or only the last few.
 *
 * @csspart controls - The row of buttons, the date fields, the date shown and the choices.
 * @csspart date - The date or window, in words.
 * @csspart context - The row under the controls: previous and next change, notes, where the evidence ends, the legend.
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
    changes: { attribute: false },
    horizon: { attribute: false },
    openEnds: { attribute: false },
    mode: { attribute: false },
    at: { attribute: false },
    from: { attribute: false },
    to: { attribute: false },
    span: { attribute: false },
    playing: { attribute: false },
    speed: { attribute: false },
    step: { state: true },
  };

  declare first: Day;
  declare last: Day;
  declare bins: readonly HistogramBin[];
  declare changes: readonly ChangeMark[];
  declare horizon: Horizon | undefined;
  declare openEnds: OpenEnds;
  declare mode: TimeMode;
  declare at: Day;
  declare from: Day;
  declare to: Day;
  declare span: Span;
  declare playing: boolean;
  declare speed: number;
  /** What «, », the arrow keys and playback step by. */
  declare step: StepSize;
  /** The dates typed in the date fields. */
  private readonly entry = new DateEntryController(this);
  /** The relation changes the last playback frame passed: the next frame waits longer for them. */
  private crossed = 0;

  constructor() {
    super();
    this.first = 0;
    this.last = 0;
    this.bins = [];
    this.changes = [];
    this.horizon = undefined;
    this.openEnds = { count: 0, ongoing: 0 };
    this.mode = "at";
    this.at = 0;
    this.from = 0;
    this.to = 0;
    this.span = "all";
    this.playing = false;
    this.speed = 2;
    this.step = "month";
    new PlaybackController(this, {
      playing: () => this.playing,
      speed: () => this.speed,
      tick: () => this.advance(),
      hold: () => frameDuration(frameInterval(this.speed), this.crossed),
    });
    this.addEventListener("keydown", this.onChangeKey);
  }

  /** The first day the slider shows: `first`, or later when the span is the last few years. */
  private get shownFirst(): Day {
    return spanFirst(this.span, this.first, this.last);
  }

  get range(): TimeRange {
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
    const unit = this.step;
    const [previous, next] = [changeFrom(t, this.changes, -1), changeFrom(t, this.changes, 1)];
    const [back, on] = unit === "change" ? [!previous, !next] : [atStart, atEnd];
    return html`<div class="timeline">
      <div class="controls" part="controls">
        <div class="segmented" role="group" aria-label="Time mode">
          <button type="button" aria-pressed=${t.mode === "at"} @click=${() => this.switchMode("at")} title="Relations active on one day">As of</button>
          <button type="button" aria-pressed=${t.mode === "window"} @click=${() => this.switchMode("window")} title="Relations active at any time between two days">
            Window
          </button>
        </div>
        <div class="transport" role="group" aria-label="Playback">
          <button type="button" aria-label="Previous ${unit}" title="Previous ${unit} (←)" aria-disabled=${back} @click=${() => this.stepOnce(-1)}>«</button>
          <button type="button" class="play" @click=${this.togglePlay}>
            <span class="glyph" aria-hidden="true">${this.playing ? "❚❚" : "▶"}</span>${this.playing ? "Pause" : "Play"}
          </button>
          <button type="button" aria-label="Next ${unit}" title="Next ${unit} (→)" aria-disabled=${on} @click=${() => this.stepOnce(1)}>»</button>
        </div>
        ${choice("Step", STEP_CHOICES.map((s) => [s.id, s.label]), unit, this.onStep, "What «, », the arrow keys and playback step by")}
        <span class="entry" title="Type a date and press Enter: 2026-02-27, 27 Feb 2026, 2026-02 or 2026; Escape restores">
          ${t.mode === "window"
            ? html`${this.entry.field("from", t.from)}<span aria-hidden="true">–</span>${this.entry.field("to", t.to)}`
            : html`<span aria-hidden="true">As of</span>${this.entry.field("at", t.at)}`}
        </span>
        <span class="date visually-hidden" part="date">${this.dateText}</span>
        ${choice("Span", spansFor(this.first, this.last).map((z) => [z.id, z.label]), this.span, this.onSpan)}
        ${choice("Speed", this.speedOptions().map((v) => [String(v), speedName(v, unit)]), String(this.speed), this.onSpeed)}
      </div>
      ${contextRow({
        message: this.entry.message,
        note: this.entry.currentNote(),
        previous,
        next,
        jump: (direction) => this.jumpToChange(direction),
        horizon: this.horizon,
        openEnds: this.openEnds,
        last: this.last,
      })}
      ${renderStrip(this.bins, t, this.openEnds)}
      <div class="sliders ${t.mode}" part="sliders">
        <div class="track">${trackFill(t)}</div>
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
    return rangeSlider({ handle, label, value, min: this.shownFirst, max: this.last, onTop, input: (e) => this.onInput(e, handle), key: (e) => this.onKey(e, handle) });
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
    // Arrows step by the chosen size here, not by the input's native single day.
    e.preventDefault();
    const current = handle === "at" ? this.at : handle === "from" ? this.from : this.to;
    const day = sliderStep(current, step, this.step, this.bounds(handle), handle, this.changes);
    if (day !== current) this.emit(handleChange(handle, day));
  }

  /** "[" and "]" anywhere in the timeline but a text field: the previous and next change. */
  private onChangeKey = (e: KeyboardEvent) => {
    if ((e.key !== "[" && e.key !== "]") || e.composedPath()[0] instanceof HTMLInputElement && (e.composedPath()[0] as HTMLInputElement).type === "text") return;
    e.preventDefault();
    this.jumpToChange(e.key === "]" ? 1 : -1);
  };

  private jumpToChange(direction: 1 | -1) {
    const mark = changeFrom(this.range, this.changes, direction);
    if (mark) this.emit(moveTo(this.range, mark.day));
  }

  private stepOnce(count: 1 | -1) {
    if (this.step === "change") return this.jumpToChange(count);
    const t = this.range;
    const change = stepBy(t, this.step, count);
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

  private onStep = (e: Event) => {
    this.step = (e.target as HTMLSelectElement).value as StepSize;
  };

  private onSpan = (e: Event) => {
    const span = (e.target as HTMLSelectElement).value as Span;
    this.dispatchEvent(new SpanChangeEvent(span));
    const first = spanFirst(span, this.first, this.last);
    // Keep the date (or window) on the slider: bring it inside the span.
    if (this.mode === "at" && this.at < first) this.emit({ at: first });
    if (this.mode === "window" && this.from < first) this.emit({ from: first, to: Math.max(first, this.to) });
  };

  private onSpeed = (e: Event) => {
    this.dispatchEvent(new SpeedChangeEvent(Number((e.target as HTMLSelectElement).value)));
  };

  /** One frame of playback, called by the PlaybackController. */
  private advance() {
    const t = this.range;
    const next = this.step === "change" ? playbackByChange(t, this.changes) : playbackStep(t, this.step);
    if (next === "stop") return this.dispatchEvent(new PlayToggleEvent(false));
    this.crossed = crossedBy(this.changes, t, next);
    this.emit(next);
  }

  private emit(change: TimeChange) {
    this.dispatchEvent(new TimeChangeEvent(change));
  }

  /** For the date fields (DateEntryController). */
  emitTime(change: TimeChange): void {
    this.emit(change);
  }

  /** A date typed before the span shown widens the slider to all years, so the handle can show it. */
  showAllYears(): void {
    this.dispatchEvent(new SpanChangeEvent("all"));
  }
}

customElements.define("fl-timeline", FlTimeline);

declare global {
  interface HTMLElementTagNameMap {
    "fl-timeline": FlTimeline;
  }
}
