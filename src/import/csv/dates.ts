/**
 * Dates as spreadsheets write them, turned into EDTF at the precision they were written with,
 * and a row's start and end turned into a Period. Accepted forms:
 *
 * - EDTF/ISO: "2025", "2025-10", "2025-10-09", "201X", with ~ ? or % ("2019~");
 * - year first with slashes or dots: "2025/10/09", "2025.10.9" (a day);
 * - day and month in either order before the year: "25/10/2025", "10/25/2025", "9.10.2025",
 *   "9-10-2025". When both numbers are 12 or less the order is taken from the file's other
 *   dates (one "25/10/2025" settles day/month); if nothing settles it the date is refused,
 *   never guessed;
 * - month and year: "10/2025", "Oct 2025", "October 2025";
 * - English month names with a day: "9 Oct 2025", "9-Oct-2025", "October 9, 2025".
 *
 * A row's period: start and end give "start/end"; an empty end makes the start a single date
 * (an event on that day, month or year); an end of "..", "ongoing", "present", "now" or "open"
 * leaves it open (still holding); an empty start (or "..") with an end gives "../end". A start
 * and end written the same are one date.
 */
import { DateError, MONTHS, parsePeriod, type Period } from "../../model/dates";

export type DayMonthOrder = "day-first" | "month-first";

/** What the file's unambiguous dates say about "03/04/2025": read day first, month first, or neither. */
export interface OrderEvidence {
  readonly order?: DayMonthOrder;
  /** A date that settles the order, and its line, to cite in the report. */
  readonly example?: { readonly text: string; readonly line: number };
  /** Dates that settle it both ways: the file mixes the two orders. */
  readonly conflict?: boolean;
}

/** Why a date cell or a row's dates cannot be read; `cell` says which, when one is at fault. */
export class CsvDateError extends Error {
  constructor(
    readonly value: string,
    readonly problem: string,
    readonly fix: string,
    readonly cell?: "start" | "end",
  ) {
    super(`${JSON.stringify(value)}: ${problem}. ${fix}`);
    this.name = "CsvDateError";
  }
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const NAMED_MONTH_YEAR = /^([a-z]{3,9})\.?[\s,-]+(\d{4})$/i;
const DAY_NAMED_MONTH = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4})$/i;
const NAMED_MONTH_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const OPEN = new Set(["..", "ongoing", "present", "now", "open"]);
export const ACCEPTED_FORMS = 'Write the date as 2025-10-09 (a day), 2025-10 (a month) or 2025 (a year); "9 Oct 2025" and "25/10/2025" are read too';

const pad = (n: number | string) => String(n).padStart(2, "0");

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const i = MONTH_NAMES.indexOf(lower.slice(0, 3));
  // "Sept" and full names are fine; "Marchh" is not a month.
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][i];
  return i >= 0 && (lower.length === 3 || full?.startsWith(lower) || lower === "sept") ? i + 1 : undefined;
}

/** Gathers the order that unambiguous dates like "25/10/2025" imply, for the ambiguous ones. */
export function dayMonthOrder(cells: Iterable<{ readonly text: string; readonly line: number }>): OrderEvidence {
  let dayFirst: { text: string; line: number } | undefined;
  let monthFirst: { text: string; line: number } | undefined;
  for (const cell of cells) {
    const m = NUMERIC_DAY.exec(cell.text.trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst ??= cell;
    if (b > 12 && a <= 12) monthFirst ??= cell;
  }
  if (dayFirst && monthFirst) return { conflict: true, example: dayFirst };
  if (dayFirst) return { order: "day-first", example: dayFirst };
  if (monthFirst) return { order: "month-first", example: monthFirst };
  return {};
}

/** One date cell as EDTF text, or a CsvDateError saying why not. `ambiguous` is called when the file's order settled one. */
export function toEdtf(text: string, evidence: OrderEvidence, ambiguous?: (order: DayMonthOrder) => void): string {
  const written = text.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR_FIRST.exec(written))) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  if ((m = NUMERIC_DAY.exec(written))) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
    if (a < 1 || b < 1) throw new CsvDateError(text, "a day or month is 0", ACCEPTED_FORMS);
    if (a > 12 && b > 12) throw new CsvDateError(text, "neither number is a month", ACCEPTED_FORMS);
    if (a > 12 || b > 12 || a === b) return a > 12 || a === b ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`;
    if (!evidence.order) {
      const readings = `${a} ${MONTHS[b - 1]} or ${b} ${MONTHS[a - 1]} ${year}`;
      throw new CsvDateError(
        text,
        evidence.conflict
          ? `it could be ${readings}, and the file writes other dates both day first and month first`
          : `it could be ${readings}, and no date in the file settles whether the day or the month comes first`,
        `Write it as ${year}-${pad(b)}-${pad(a)} or ${year}-${pad(a)}-${pad(b)} (year-month-day)`,
      );
    }
    ambiguous?.(evidence.order);
    return evidence.order === "day-first" ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`;
  }
  if ((m = MONTH_YEAR.exec(written))) return `${m[2]}-${pad(m[1])}`;
  const named = (name: string) => {
    const month = monthNumber(name);
    if (!month) throw new CsvDateError(text, `"${name}" is not a month`, ACCEPTED_FORMS);
    return pad(month);
  };
  if ((m = NAMED_MONTH_YEAR.exec(written))) return `${m[2]}-${named(m[1])}`;
  if ((m = DAY_NAMED_MONTH.exec(written))) return `${m[3]}-${named(m[2])}-${pad(m[1])}`;
  if ((m = NAMED_MONTH_DAY.exec(written))) return `${m[3]}-${named(m[1])}-${pad(m[2])}`;
  if (/^\d{5}(\.\d+)?$/.test(written))
    throw new CsvDateError(text, "it looks like a spreadsheet's day number, not a date", "Format the column as dates (e.g. yyyy-mm-dd) in the spreadsheet before saving it as CSV");
  // Anything else goes to the EDTF reader, which knows the forms and says what is wrong.
  return written;
}

export interface RowDates {
  readonly start: string;
  readonly end: string;
}

/** A row's period; throws a CsvDateError naming the cell at fault, if one is. */
export function rowPeriod(dates: RowDates, evidence: OrderEvidence, ambiguous?: (order: DayMonthOrder) => void): Period {
  const [s, e] = [dates.start.trim(), dates.end.trim()];
  const isOpen = (t: string) => OPEN.has(t.toLowerCase());
  if (!s && !e) throw new CsvDateError("", "the row has no date", "Give at least a start date: the day, month or year the relation began or the event happened");
  if ((!s || isOpen(s)) && (!e || isOpen(e))) throw new CsvDateError(`${s}/${e}`, "both ends of the period are open", "Give a start date, an end date, or both");
  const read = (cell: string, which: "start" | "end") => {
    try {
      return toEdtf(cell, evidence, ambiguous);
    } catch (err) {
      if (err instanceof CsvDateError) throw new CsvDateError(err.value, `the ${which} date cannot be read: ${err.problem}`, err.fix, which);
      throw err;
    }
  };
  const from = !s || isOpen(s) ? ".." : read(s, "start");
  const to = !e ? from : isOpen(e) ? ".." : read(e, "end");
  const edtf = from === to ? from : `${from}/${to}`;
  try {
    return parsePeriod(edtf);
  } catch (err) {
    if (!(err instanceof DateError)) throw err;
    const fix = /not a date this tool reads|not a valid calendar date/.test(err.problem) ? ACCEPTED_FORMS : err.fix;
    if (err.value === from) return fail(s, `the start date cannot be read: ${err.problem}`, fix, "start");
    if (err.value === to) return fail(e, `the end date cannot be read: ${err.problem}`, fix, "end");
    return fail(edtf, err.problem, fix);
  }
}

function fail(value: string, problem: string, fix: string, cell?: "start" | "end"): never {
  throw new CsvDateError(value, problem, fix, cell);
}
