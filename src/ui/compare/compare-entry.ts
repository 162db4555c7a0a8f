/**
 * Moment A as typed in the "Compare with…" field, read as the timeline reads typed dates
 * (model/date-entry.ts): a day typed is that day; a month or a year typed is the whole month or
 * year, a window, never an invented day. A date wholly outside the timeline is refused and said.
 */
import { parseDateEntry } from "../../model/date-entry";
import { formatDate, formatDay, type Day } from "../../model/dates";
import type { Time } from "../../model/time-words";

export type CompareEntry = { readonly moment: Time; readonly note: string } | { readonly message: string };

export function compareEntry(text: string, range: { readonly first: Day; readonly last: Day }): CompareEntry {
  const entry = parseDateEntry(text);
  if (!entry.ok) return { message: entry.message };
  const { date } = entry;
  const written = formatDate(date);
  if (date.last < range.first || date.first > range.last) return { message: `${written} is outside the timeline (${formatDay(range.first)} – ${formatDay(range.last)}); not comparing` };
  if (date.precision === "day") return { moment: { at: date.first }, note: "" };
  return { moment: { from: date.first, to: date.last }, note: `${written}: the whole ${date.precision === "month" ? "month" : "year"}` };
}
