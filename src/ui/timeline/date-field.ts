/**
 * The timeline's typed dates: what an entry in the date field (or a window end's field) asks
 * for, apart from the DOM. A day typed as the date is that day; a month or a year typed as the
 * date covers the whole of it, so the view becomes the window over it (dates carry their
 * precision: no day is invented); as a window's start a month means its first day, as its end
 * its last. What lies outside the timeline is cut to it, and said; what lies wholly outside, or
 * would turn a window over, changes nothing and says why.
 */
import { parseDateEntry } from "../../model/date-entry";
import { formatDate, formatDay, type Day } from "../../model/dates";
import type { TimeChange, TimeRange, Handle } from "./time-steps";

/** What an entry does: a change and a note saying what it covers, or a message and no change. */
export type EntryResult = { readonly change: TimeChange; readonly note: string } | { readonly message: string };

/** What the entry typed in `handle`'s field asks of the timeline `t` (its `first` is the whole range's, not a span's). */
export function entryChange(text: string, handle: Handle, t: TimeRange): EntryResult {
  const entry = parseDateEntry(text);
  if (!entry.ok) return { message: entry.message };
  const { date } = entry;
  const written = formatDate(date);
  const range = `${formatDay(t.first)} – ${formatDay(t.last)}`;
  if (date.last < t.first || date.first > t.last) return { message: `${written} is outside the timeline (${range}); nothing changed` };
  const clamp = (d: Day) => Math.min(t.last, Math.max(t.first, d));
  const [first, last] = [clamp(date.first), clamp(date.last)];
  const cut = first !== date.first || last !== date.last ? ` (the timeline runs ${range})` : "";
  if (handle === "at") {
    if (date.precision === "day") return { change: { at: first }, note: "" };
    const whole = date.precision === "month" ? "month" : "year";
    return { change: { mode: "window", from: first, to: last, at: last }, note: `${written}: the whole ${whole}${cut}` };
  }
  const day = handle === "from" ? first : last;
  if (handle === "from" ? day > t.to : day < t.from)
    return { message: `The window would ${handle === "from" ? `start after it ends (${formatDay(t.to)})` : `end before it starts (${formatDay(t.from)})`}; nothing changed` };
  const note = date.precision === "day" ? "" : `${written}: from its ${handle === "from" ? "first day" : "last day"}${cut}`.replace("from its last", "to its last");
  return { change: handle === "from" ? { from: day } : { to: day }, note };
}
