/**
 * A date typed by a person: "2026-02-27", "27 Feb 2026", "Feb 27, 2026", "2025-10", "Oct 2025",
 * "October 2025" or "2021". The result keeps the precision typed, as the data's own dates do
 * (dates.ts): a month typed covers the whole month, and no day is invented for it. Written
 * forms are turned into the EDTF the data uses and read by parsePartialDate, so the calendar
 * checks (no 30 February) are the data's own.
 */
import { DateError, MONTHS, parsePartialDate, type PartialDate } from "./dates";

/** What to type, for the message next to the field. */
export const DATE_ENTRY_HELP = "type 2026-02-27, 27 Feb 2026, 2026-02 or 2026";

export type DateEntry = { readonly ok: true; readonly date: PartialDate } | { readonly ok: false; readonly message: string };

/** Month names and their usual abbreviations ("Sept" too), lower case, to month numbers 1–12. */
const MONTH_NUMBER = new Map<string, number>();
const FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
FULL.forEach((name, i) => {
  MONTH_NUMBER.set(name, i + 1);
  MONTH_NUMBER.set(MONTHS[i].toLowerCase(), i + 1);
});
MONTH_NUMBER.set("sept", 9);

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The EDTF for a typed date, or undefined when it is in none of the forms read. */
function toEdtf(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, " ").replace(/\.(?=\s|,|$)/g, "");
  if (/^\d{4}(-\d{2}){0,2}$/.test(t)) return t;
  const month = (name: string) => MONTH_NUMBER.get(name.toLowerCase());
  let m = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i.exec(t);
  if (m && month(m[2])) return `${m[3]}-${pad(month(m[2])!, 2)}-${pad(Number(m[1]), 2)}`;
  m = /^([a-z]+) (\d{1,2}),? (\d{4})$/i.exec(t);
  if (m && month(m[1])) return `${m[3]}-${pad(month(m[1])!, 2)}-${pad(Number(m[2]), 2)}`;
  m = /^([a-z]+),? (\d{4})$/i.exec(t);
  if (m && month(m[1])) return `${m[2]}-${pad(month(m[1])!, 2)}`;
  return undefined;
}

/** Reads a typed date at the precision typed: a day, a month or a year. */
export function parseDateEntry(text: string): DateEntry {
  const shown = text.trim().length > 40 ? `${text.trim().slice(0, 40)}…` : text.trim();
  if (!shown) return { ok: false, message: `Type a date: ${DATE_ENTRY_HELP}` };
  const edtf = toEdtf(text);
  if (edtf === undefined) return { ok: false, message: `"${shown}" is not a date: ${DATE_ENTRY_HELP}` };
  try {
    return { ok: true, date: parsePartialDate(edtf) };
  } catch (e) {
    if (!(e instanceof DateError)) throw e;
    // "there is no day 30 in Feb 2026", "there is no month 13": the calendar's own words.
    return { ok: false, message: `"${shown}" is not a date (${e.problem}): ${DATE_ENTRY_HELP}` };
  }
}
