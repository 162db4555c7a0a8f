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
import { changeFrom, crossedBy, frameDuration, moveTo, playbackByChange } from "./change-steps";
import { frameInterval, PlaybackController } from "./playback";
import { renderAxis, renderStrip } from "./strip";
import { contextRow, trackFill } from "./timeline-parts";
import { controlsRow } from "./timeline-controls";
import { TimelineSliders } from "./timeline-sliders";
import { modeChange, playbackStep, rewindForPlay, stepBy, type TimeChange, type TimeRange } from "./time-steps";
import { SPEEDS, spanFirst, type StepSize } from "./timeline-options";
import { timelineStyles } from "./timeline.styles";
import { DateEntryController } from "./date-entry-controller";

export { SPEEDS };

/**
 * @summary Picks the date ("as of") or the window the explorer shows, over a per-month strip of
 * relations active (certainly, and only possibly) and of relation starts and ends; types dates,
 * steps by day, month, year or change, and plays through time.
 *
 * Properties (all set by the app, none reflected): `first`, `last` (the selectable days; `last`
 * is where the evidence ends), `bins` (`histogram(relations, "month", extent, index.bounds)`; undefined while it is being
 * counted, just after a large data set opens: the strip then has no bars and says so),
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
  declare bins: readonly HistogramBin[] | undefined;
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
  private readonly sliders = new TimelineSliders(this, (change) => this.emit(change));
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
  get shownFirst(): Day {
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
      ${controlsRow({
        range: t,
        step: unit,
        atStart: back,
        atEnd: on,
        playing: this.playing,
        speed: this.speed,
        span: this.span,
        first: this.first,
        last: this.last,
        entry:
          t.mode === "window"
            ? html`${this.entry.field("from", t.from)}<span aria-hidden="true">–</span>${this.entry.field("to", t.to)}`
            : html`<span aria-hidden="true">As of</span>${this.entry.field("at", t.at)}`,
        dateText: this.dateText,
        switchMode: (mode) => this.switchMode(mode),
        stepOnce: (count) => this.stepOnce(count),
        togglePlay: this.togglePlay,
        onStep: this.onStep,
        onSpan: this.onSpan,
        onSpeed: this.onSpeed,
      })}
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
          ? html`${this.sliders.slider("from", "Window start", t.from)}${this.sliders.slider("to", "Window end", t.to)}`
          : this.sliders.slider("at", "As of date", t.at)}
      </div>
      ${renderAxis(t.first, t.last)}
    </div>`;
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
