/**
 * Partial dates and periods, read from EDTF (ISO 8601-2) strings.
 *
 * A date keeps the precision it was written with ("2025-10" is a month, not 1 Oct 2025) and
 * covers a span of whole days, so a month-precision date matches every day of its month when
 * slicing. Days are integers counted from 1970-01-01 (UTC): cheap to compare and index.
 */
import edtf from "edtf";

/** Whole days since 1970-01-01 UTC. Open ends are -Infinity / +Infinity. */
export type Day = number;

export type Precision = "day" | "month" | "year" | "decade" | "century";
export type Qualifier = "approximate" | "uncertain" | "approximate-uncertain";

export interface PartialDate {
  /** The date as written, e.g. "2025-10" or "2019~". */
  readonly edtf: string;
  readonly precision: Precision;
  readonly qualifier?: Qualifier;
  /** First and last day the date covers. */
  readonly first: Day;
  readonly last: Day;
}

/**
 * A span of time during which something holds. A single date is a period covering that date;
 * `start` or `end` is null when the period is open on that side ("2025-05/.." is ongoing).
 * `uncertainPoint` marks "[2014..2015]": one moment somewhere in the span, not the whole span.
 */
export interface Period {
  readonly edtf: string;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  readonly uncertainPoint?: true;
  readonly first: Day;
  readonly last: Day;
}

/** Thrown by the parsers; the loader turns it into a diagnostic with the file and line. */
export class DateError extends Error {
  constructor(
    readonly value: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${JSON.stringify(value)}: ${problem}. ${fix}`);
    this.name = "DateError";
  }
}

/** Milliseconds in a day: days are whole days since 1970-01-01 (UTC). */
export const MS_PER_DAY = 86_400_000;
/**
 * Longer than any date or period this tool reads ("[2025-10-09%..2025-10-19%]" is 26): a longer
 * text is refused before any pattern runs on it, so a hostile field costs nothing to refuse.
 */
export const MAX_DATE_CHARS = 100;
const FORMS_HELP =
  'Write a day "2025-10-09", a month "2025-10", a year "2025", a decade "201X", optionally ending in ~ (approximate) or ? (uncertain)';

/** The shapes of date we accept, and the precision each carries. */
const SHAPES: ReadonlyArray<[RegExp, Precision]> = [
  [/^\d{4}-(0[1-9]|1[0-2])-\d{2}$/, "day"],
  [/^\d{4}-(0[1-9]|1[0-2])(-XX)?$/, "month"],
  [/^\d{4}(-XX(-XX)?)?$/, "year"],
  [/^\d{3}X$/, "decade"],
  [/^\d{2}XX$/, "century"],
];

const QUALIFIERS: Record<string, Qualifier> = { "~": "approximate", "?": "uncertain", "%": "approximate-uncertain" };

/**
 * Parsed dates by their text. The EDTF grammar costs tens of microseconds a date, and large data
 * sets repeat the same few thousand dates, so each is parsed once. Dates are immutable, so
 * sharing them is safe; the cap only guards against unbounded growth on hostile input.
 */
const parsed = new Map<string, PartialDate>();
const CACHE_CAP = 200_000;

export function parsePartialDate(text: string): PartialDate {
  const known = parsed.get(text);
  if (known) return known;
  const date = parseUncached(text);
  if (parsed.size >= CACHE_CAP) parsed.clear();
  parsed.set(text, date);
  return date;
}

function parseUncached(text: string): PartialDate {
  const written = text.trim();
  refuseLong(text, written);
  const mark = written.slice(-1);
  const qualifier = QUALIFIERS[mark];
  const bare = qualifier ? written.slice(0, -1) : written;
  const shape = SHAPES.find(([re]) => re.test(bare));
  if (!shape) {
    if (/^\d{4}-(2[1-9]|3\d|4[01])$/.test(bare))
      throw new DateError(text, "seasons and quarters are not supported", 'Give the months instead, e.g. "2025-03/2025-05"');
    const month = /^\d{4}-(\d{2})(-\d{2})?$/.exec(bare);
    if (month) throw new DateError(text, `there is no month ${Number(month[1])}`, "Months run from 01 to 12");
    if (/T\d/.test(bare)) throw new DateError(text, "times of day are not supported", "Give the day only, e.g. \"2025-10-09\"");
    throw new DateError(text, "not a date this tool reads", FORMS_HELP);
  }
  let value: { min: number; max: number; values: number[] };
  try {
    value = edtf(written);
  } catch {
    throw new DateError(text, "not a valid calendar date", FORMS_HELP);
  }
  // edtf rolls impossible days over (2025-02-29 becomes 1 March); refuse them instead.
  if (shape[1] === "day") {
    const [y, m, d] = bare.split("-").map(Number);
    if (value.values[1] !== m - 1 || value.values[2] !== d)
      throw new DateError(text, `there is no day ${d} in ${MONTHS[m - 1] ?? "month " + m} ${y}`, "Check the day of the month");
  }
  return {
    edtf: written,
    precision: shape[1],
    ...(qualifier ? { qualifier } : {}),
    first: Math.floor(value.min / MS_PER_DAY),
    last: Math.floor(value.max / MS_PER_DAY),
  };
}

/**
 * Reads a period: a single date, "start/end", "start/.." (ongoing), "../end" (open start) or
 * "[start..end]" (a single moment somewhere between the two, e.g. "formed in 2014–15").
 */
export function parsePeriod(text: string): Period {
  const written = text.trim();
  refuseLong(text, written);
  const point = uncertainPoint(written);
  if (point) {
    const p = closedInterval(written, point[0], point[1]);
    return { ...p, uncertainPoint: true };
  }
  if (!written.includes("/")) {
    const date = parsePartialDate(written);
    return { edtf: written, start: date, end: date, first: date.first, last: date.last };
  }
  const parts = written.split("/");
  if (parts.length !== 2) throw new DateError(text, "a period has one slash, between its start and its end", 'Write "start/end", e.g. "2025-10-09/2025-10-19"');
  const [from, to] = parts.map((p) => p.trim());
  if (from === ".." && to === "..") throw new DateError(text, "both ends are open", "Give at least a start or an end");
  if (from === "" || to === "")
    throw new DateError(
      text,
      `the ${from === "" ? "start" : "end"} is missing`,
      from === "" ? 'Write "../end" if it has held since before any date you can give' : `Write "${from}/.." if it is ongoing, or the latest date the source supports, e.g. "${from}/2025?"`,
    );
  if (from === "..") {
    const end = parsePartialDate(to);
    return { edtf: written, start: null, end, first: -Infinity, last: end.last };
  }
  if (to === "..") {
    const start = parsePartialDate(from);
    return { edtf: written, start, end: null, first: start.first, last: Infinity };
  }
  return closedInterval(written, from, to);
}

function refuseLong(text: string, written: string): void {
  if (written.length > MAX_DATE_CHARS)
    throw new DateError(text, `it is ${written.length} characters long, and no date or period this tool reads is over ${MAX_DATE_CHARS}`, FORMS_HELP);
}

/**
 * The two dates of "[start..end]": the end after the last ".." that leaves both non-empty, as
 * the pattern /^\[(.+)\.\.(.+)\]$/ reads it, found without a pattern that can backtrack.
 */
function uncertainPoint(written: string): [string, string] | undefined {
  if (!written.startsWith("[") || !written.endsWith("]") || /[\n\r\u2028\u2029]/.test(written)) return undefined;
  const inner = written.slice(1, -1);
  const dots = inner.lastIndexOf("..", inner.length - 3);
  return dots >= 1 ? [inner.slice(0, dots), inner.slice(dots + 2)] : undefined;
}

function closedInterval(written: string, from: string, to: string): Period {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  if (end.last < start.first)
    throw new DateError(written, `the end ${formatDate(end)} is before the start ${formatDate(start)}`, "Swap the two dates or correct one of them");
  return { edtf: written, start, end, first: start.first, last: end.last };
}

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Shows a date at its own precision: "9 Oct 2025", "Oct 2025", "2025", "2010s", "c. 2019". */
export function formatDate(date: PartialDate): string {
  const bare = date.edtf.replace(/[~?%]$/, "");
  const [y, m, d] = bare.split("-");
  let text: string;
  switch (date.precision) {
    case "day":
      text = `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
      break;
    case "month":
      text = `${MONTHS[Number(m) - 1]} ${y}`;
      break;
    case "year":
      text = y;
      break;
    case "decade":
      text = `${y.slice(0, 3)}0s`;
      break;
    case "century":
      text = `${y.slice(0, 2)}00s`;
      break;
  }
  if (date.qualifier === "approximate") return `c. ${text}`;
  if (date.qualifier === "uncertain") return `${text}?`;
  if (date.qualifier === "approximate-uncertain") return `c. ${text}?`;
  return text;
}

/** Shows a period compactly: "9–19 Oct 2025", "Feb–Mar 2026", "since May 2025", "2014/2015". */
export function formatPeriod(period: Period): string {
  const { start, end } = period;
  if (!start && end) return `until ${formatDate(end)}`;
  if (start && !end) return `since ${formatDate(start)}`;
  if (!start || !end) return "at any time";
  if (start === end) return formatDate(start);
  if (period.uncertainPoint) return `${formatDate(start)}/${formatDate(end)}`;
  const plain = !start.qualifier && !end.qualifier;
  const [sy, sm, sd] = start.edtf.split("-");
  const [ey, em, ed] = end.edtf.split("-");
  if (plain && sy === ey && start.precision === end.precision) {
    if (start.precision === "month") return `${MONTHS[Number(sm) - 1]}–${MONTHS[Number(em) - 1]} ${sy}`;
    if (start.precision === "day" && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(sm) - 1]} ${sy}`;
    if (start.precision === "day") return `${Number(sd)} ${MONTHS[Number(sm) - 1]} – ${Number(ed)} ${MONTHS[Number(em) - 1]} ${sy}`;
  }
  if (plain && start.precision === "year" && end.precision === "year") return `${sy}–${ey}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Reads a full calendar day "YYYY-MM-DD", for command-line options and URLs. */
export function parseDay(text: string): Day {
  const date = parsePartialDate(text);
  if (date.precision !== "day" || date.qualifier)
    throw new DateError(text, "a single day is needed here", 'Write it as YYYY-MM-DD, e.g. "2025-10-09"');
  return date.first;
}

/**
 * The day of a UTC calendar date; a month or day out of range rolls over as in Date.UTC. Set
 * with setUTCFullYear because Date.UTC reads the years 0–99 as 1900–1999, which would move a
 * date in 0050 by 1900 years without a word.
 */
export function utcDay(year: number, monthIndex: number, day: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dayToIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A whole day at day precision: "27 Feb 2026". */
export function formatDay(day: Day): string {
  const [y, m, d] = dayToIso(day).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * The same day of the month `months` later (or earlier), clamped to the month's last day, so
 * stepping from 31 Jan lands on 28 or 29 Feb rather than spilling into March.
 */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfTarget = utcDay(y, m + 1, 1) - utcDay(y, m, 1);
  return utcDay(y, m, Math.min(date.getUTCDate(), lastOfTarget));
}
