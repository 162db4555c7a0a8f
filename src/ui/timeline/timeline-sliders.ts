/**
 * The timeline's slider handles: the one date, or a window's two ends that cannot cross, moved
 * by dragging or by the arrow keys in the step chosen (not the input's native single day).
 */
import type { ChangeMark } from "../../model/change-days";
import type { Day } from "../../model/dates";
import type { TimeMode } from "../../state/view-state";
import { sliderStep } from "./change-steps";
import { rangeSlider } from "./timeline-parts";
import { clampDay, keyStep, type Handle, type TimeChange } from "./time-steps";
import type { StepSize } from "./timeline-options";

/** What the handles read from the timeline element. */
export interface SliderHost {
  readonly mode: TimeMode;
  readonly at: Day;
  readonly from: Day;
  readonly to: Day;
  readonly last: Day;
  readonly step: StepSize;
  readonly changes: readonly ChangeMark[];
  /** The first day the slider shows. */
  readonly shownFirst: Day;
}

const handleChange = (handle: Handle, day: Day): TimeChange => (handle === "at" ? { at: day } : handle === "from" ? { from: day } : { to: day });

export class TimelineSliders {
  constructor(
    private readonly host: SliderHost,
    private readonly emit: (change: TimeChange) => void,
  ) {}

  slider(handle: Handle, label: string, value: Day) {
    const h = this.host;
    // The handle nearer the end sits on top, so two handles on the same day can still be pulled apart.
    const onTop = handle === "from" && h.from >= (h.shownFirst + h.last) / 2;
    return rangeSlider({ handle, label, value, min: h.shownFirst, max: h.last, onTop, input: (e) => this.onInput(e, handle), key: (e) => this.onKey(e, handle) });
  }

  /** The bounds a handle may move in: a window's handles cannot cross. */
  private bounds(handle: Handle): [Day, Day] {
    const h = this.host;
    if (handle === "from") return [h.shownFirst, Math.min(h.to, h.last)];
    if (handle === "to") return [Math.max(h.from, h.shownFirst), h.last];
    return [h.shownFirst, h.last];
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
    const h = this.host;
    const current = handle === "at" ? h.at : handle === "from" ? h.from : h.to;
    const day = sliderStep(current, step, h.step, this.bounds(handle), handle, h.changes);
    if (day !== current) this.emit(handleChange(handle, day));
  }
}
