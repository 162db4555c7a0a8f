/**
 * The timeline's typed dates as a reactive controller: the text typed in each date field and not
 * yet applied, why the last entry changed nothing, and what the last one covers while the view
 * still shows it. What an entry asks for is date-field.ts's (pure); this holds the state between
 * keystrokes and asks the host to update when it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { formatDay, type Day } from "../../model/dates";
import type { TimeMode } from "../../state/view-state";
import { entryChange } from "./date-field";
import { dateField } from "./timeline-parts";
import type { Handle, TimeChange, TimeRange } from "./time-steps";

/** What the controller needs of the timeline. */
export interface DateEntryHost extends ReactiveControllerHost {
  /** The slider's range and the view's date or window. */
  readonly range: TimeRange;
  /** The whole timeline's first day (a span may show less). */
  readonly first: Day;
  /** Asks for a change of the date or window. */
  emitTime(change: TimeChange): void;
  /** Widens the slider to all years, so a date before the span shown can be shown. */
  showAllYears(): void;
}

interface Note {
  readonly text: string;
  readonly mode: TimeMode;
  readonly at: Day;
  readonly from: Day;
  readonly to: Day;
}

export class DateEntryController implements ReactiveController {
  /** Text typed in a date field and not yet applied. */
  private drafts: Partial<Record<Handle, string>> = {};
  /** Why the last entry changed nothing. */
  message = "";
  /** What the last entry covers ("Oct 2025: the whole month"), while the view is still that. */
  private note: Note | null = null;

  constructor(private readonly host: DateEntryHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The last entry's note, while the view is still what it made. */
  currentNote(): string {
    const [n, t] = [this.note, this.host.range];
    return n && n.mode === t.mode && n.at === t.at && n.from === t.from && n.to === t.to ? n.text : "";
  }

  /** The field for one handle: the draft typed, or the handle's day. */
  field(handle: Handle, value: Day) {
    return dateField({
      handle,
      text: this.drafts[handle] ?? formatDay(value),
      invalid: !!this.message && this.drafts[handle] !== undefined,
      typed: (text) => this.set(() => (this.drafts = { ...this.drafts, [handle]: text })),
      key: (e) => this.onKey(e, handle),
      left: () => this.message || this.restore(handle),
    });
  }

  private onKey(e: KeyboardEvent, handle: Handle) {
    if (e.key === "Escape") {
      // The field's own Escape: it restores the date and goes no further (not "back one level").
      e.stopPropagation();
      this.restore(handle);
    } else if (e.key === "Enter") this.apply(handle, (e.target as HTMLInputElement).value);
  }

  private restore(handle: Handle) {
    this.set(() => {
      const { [handle]: _dropped, ...rest } = this.drafts;
      this.drafts = rest;
      this.message = "";
    });
  }

  private apply(handle: Handle, text: string) {
    const t = this.host.range;
    const result = entryChange(text, handle, { ...t, first: this.host.first });
    if ("message" in result) return this.set(() => (this.message = result.message));
    this.restore(handle);
    const c = result.change;
    const earliest = c.at ?? c.from ?? c.to;
    if (earliest !== undefined && earliest < t.first) this.host.showAllYears();
    this.host.emitTime(c);
    const note = result.note ? { text: result.note, mode: c.mode ?? t.mode, at: c.at ?? t.at, from: c.from ?? t.from, to: c.to ?? t.to } : null;
    this.set(() => (this.note = note));
  }

  private set(change: () => unknown) {
    change();
    this.host.requestUpdate();
  }
}
