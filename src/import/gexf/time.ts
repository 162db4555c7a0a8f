/**
 * Time in someone else's GEXF, turned into the model's periods. GEXF times are dates, dateTimes,
 * integers or doubles (`timeformat`); only dates can become periods, so a file's times are read
 * on one of three axes: "dates" (kept at the precision written: "2015" a year, "2015-10" a
 * month), "years" (integer times that are all four-digit years) or "none" (doubles and other
 * integers, which count steps, not days: the time is dropped, said once). An element holds over
 * its start/end (or 1.2's startopen/endopen), its `timestamp`, or its `<spells>`; a missing end
 * is ongoing, a missing start open, no time at all "at any time".
 */
import type { Element } from "@xmldom/xmldom";
import { DateError, dayToIso, parsePartialDate, parsePeriod, utcDay, type Period } from "../../model/dates";
import { attr, children } from "./dom";
import { quote, type DiagnosticCollector, type Place } from "../kit/report";

export type TimeAxis = "dates" | "years" | "none";

/** A relation or actor the file gives no time: it holds at any date, as GEXF means it. */
export const AT_ANY_TIME: Period = Object.freeze({ edtf: "../..", start: null, end: null, first: -Infinity, last: Infinity });

/** One interval as the file writes it; a bound is undefined when open. */
interface RawInterval {
  readonly start?: string;
  readonly end?: string;
  readonly startOpen?: boolean;
  readonly endOpen?: boolean;
}

const BOUNDS = ["start", "end", "startopen", "endopen", "timestamp"] as const;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T[\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;
const YEAR = /^\d{4}$/;
const INFINITE = /^[-+]?inf(inity)?$/i;

/** Every time value an element carries, for deciding the axis. */
export function timeValues(el: Element, into: Set<string>): void {
  for (const name of BOUNDS) {
    const v = attr(el, name);
    if (v !== undefined) into.add(v.trim());
  }
  for (const i of listIntervals(el)) for (const v of [i.start, i.end]) if (v !== undefined) into.add(v);
}

/** How this file's times can be read, said once when that is not what the file declares. */
export function decideAxis(graph: Element, values: ReadonlySet<string>, log: DiagnosticCollector, place: Place): TimeAxis {
  const declared = attr(graph, "timeformat") ?? attr(graph, "timetype");
  const all = [...values].filter((v) => v !== "" && !INFINITE.test(v));
  if (all.length === 0) return "none";
  const example = quote(all.find((v) => !YEAR.test(v) && !DATE.test(v)) ?? all[0]);
  const allDates = all.every((v) => DATE.test(v));
  const allYears = all.every((v) => YEAR.test(v));
  if (declared === "date" || declared === "dateTime" || declared === "datetime") return "dates";
  if (declared === "integer" && allYears) {
    log.once("years", "warning", place, `the times are integers (timeformat="integer"); all are four-digit years, so they are read as years, e.g. ${example}`, 'Nothing to do; if they are not years, the periods are wrong: write timeformat="date" with dates');
    return "years";
  }
  if (declared === "integer" || declared === "double" || declared === "float") {
    log.once("no-dates", "warning", place, `the times are ${declared === "integer" ? "integers that are not all years" : "numbers (doubles)"}, e.g. ${example}, which cannot be dates; the file's time is dropped and every relation is shown at any date`, 'Export the graph with timeformat="date" and dates (YYYY-MM-DD), or integer years');
    return "none";
  }
  const said = declared === undefined ? "no timeformat (GEXF then means doubles)" : `timeformat=${quote(declared)}, which GEXF does not define`;
  if (allDates || allYears) {
    log.once("guessed-format", "warning", place, `the graph has ${said}, but its times are ${allDates ? "dates" : "years"}, so they are read as such, e.g. ${example}`, `Add timeformat="${allDates ? "date" : "integer"}" to the <graph> element`);
    return "dates";
  }
  log.once("no-dates", "warning", place, `the graph has ${said} and its times, e.g. ${example}, are not dates; the file's time is dropped and every relation is shown at any date`, 'Export the graph with timeformat="date" and dates (YYYY-MM-DD)');
  return "none";
}

type DateRead = { readonly edtf: string } | { readonly problem: string };

/** A time value as an EDTF date at the precision it was written; a time of day is dropped. */
export function readDate(value: string, axis: TimeAxis, log: DiagnosticCollector, place: Place): DateRead {
  const text = value.trim();
  const m = DATE.exec(text);
  if (!m || (axis === "years" && !YEAR.test(text))) return { problem: `${quote(value)} is not a date` };
  const edtf = [m[1], m[2], m[3]].filter(Boolean).join("-");
  try {
    parsePartialDate(edtf);
  } catch (e) {
    return { problem: `${quote(value)} is not a date: ${e instanceof DateError ? e.problem : String(e)}` };
  }
  if (m[4]) log.once("time-of-day", "warning", place, `times of day are dropped: this tool dates relations to the day, e.g. ${quote(value)} is read as ${edtf}`, "Nothing to do");
  return { edtf };
}

/** The next (+1) or previous (-1) day, month or year, at the date's own precision. */
function step(edtf: string, by: 1 | -1): string {
  const [y, m, d] = edtf.split("-").map(Number);
  if (d !== undefined) return dayToIso(utcDay(y, m - 1, d + by));
  if (m !== undefined) return dayToIso(utcDay(y, m - 1 + by, 1)).slice(0, 7);
  return String(y + by).padStart(4, "0");
}

/** The intervals of an `intervals="<[a, b]; (c, d)>"` or `timestamps="<a; b>"` attribute. */
function listIntervals(el: Element): RawInterval[] {
  const out: RawInterval[] = [];
  const bound = (v: string) => (v === "" || INFINITE.test(v) ? undefined : v);
  const intervals = attr(el, "intervals");
  if (intervals)
    for (const item of intervals.replace(/^\s*<|>\s*$/g, "").split(";")) {
      const i = intervalItem(item);
      if (i) out.push({ ...i, start: bound(i.start!), end: bound(i.end!) });
    }
  const timestamps = attr(el, "timestamps");
  if (timestamps)
    for (const item of unwrapTimestamps(timestamps).split(/[;,]/))
      if (item.trim()) out.push({ start: item.trim(), end: item.trim() });
  return out;
}

/*
 * The two readers below are written without patterns: the patterns they replace, with blanks
 * matched on both sides of optional marks, retried at every blank of a long run, and a few
 * thousand spaces in one attribute took a minute.
 */

/** "[a, b]" or "(a, b)": the start runs to the first comma, the end has no bracket. */
function intervalItem(item: string): RawInterval | undefined {
  const written = item.trim();
  const [open, close] = [written[0], written[written.length - 1]];
  if (written.length < 2 || (open !== "[" && open !== "(") || (close !== "]" && close !== ")")) return undefined;
  const inner = written.slice(1, -1);
  const comma = inner.indexOf(",");
  const end = inner.slice(comma + 1);
  if (comma < 0 || end.includes("]") || end.includes(")")) return undefined;
  return { start: inner.slice(0, comma).trim(), end: end.trim(), startOpen: open === "(", endOpen: close === ")" };
}

/** A `timestamps` value without its "<[" and "]>", as /^\s*<?\s*\[?|\]?\s*>?\s*$/g removed them. */
function unwrapTimestamps(text: string): string {
  let head = text.trimStart();
  if (head.startsWith("<")) head = head.slice(1).trimStart();
  if (head.startsWith("[")) head = head.slice(1);
  let tail = text.trimEnd();
  if (tail.endsWith(">")) tail = tail.slice(0, -1).trimEnd();
  if (tail.endsWith("]")) tail = tail.slice(0, -1);
  const start = text.length - head.length;
  // After an empty match at the start the pattern looked for the end from the second character on.
  return text.slice(start, Math.max(tail.length, start || Math.min(1, text.length)));
}

/** The intervals an element holds over, as the file writes them; none when it has no time. */
export function rawIntervals(el: Element): RawInterval[] {
  const spells = children(el, "spells").flatMap((s) => children(s, "spell"));
  const sources = spells.length ? spells : [el];
  const out: RawInterval[] = [];
  for (const s of sources) {
    const at = attr(s, "timestamp");
    const [start, startopen, end, endopen] = ["start", "startopen", "end", "endopen"].map((n) => attr(s, n));
    if (at !== undefined) out.push({ start: at, end: at });
    else if (start ?? startopen ?? end ?? endopen) out.push({ start: start ?? startopen, end: end ?? endopen, startOpen: start === undefined && startopen !== undefined, endOpen: end === undefined && endopen !== undefined });
    else if (spells.length) out.push({});
  }
  return spells.length ? out : [...out, ...listIntervals(el)];
}

export interface ElementTime {
  /** Sorted by start, never overlapping; empty only when every interval was unreadable. */
  readonly periods: Period[];
  /** Whether the file gives the element any time at all. */
  readonly dated: boolean;
}

/**
 * The periods of a node or edge. Each unreadable interval is reported at the element's line and
 * skipped; overlapping ones are merged, and that is reported too.
 */
export function elementPeriods(el: Element, axis: TimeAxis, log: DiagnosticCollector, place: Place, what: string): ElementTime {
  const raw = axis === "none" ? [] : rawIntervals(el);
  if (raw.length === 0) return { periods: [AT_ANY_TIME], dated: false };
  const periods: Period[] = [];
  for (const interval of raw) {
    const read = readInterval(interval, axis, log, place);
    if ("period" in read) periods.push(read.period);
    else log.error({ ...place, problem: read.end ? "end-before-start" : "unreadable-date" }, `${what}: ${read.problem}; ${raw.length > 1 ? "this period is" : "its time is"} skipped`, read.fix, read.value);
  }
  const merged = mergeOverlapping(periods);
  if (merged.length < periods.length)
    log.warn({ ...place, problem: "spells-merged" }, `${what}: its periods overlap; the ${periods.length} were merged into ${merged.length}: ${merged.map((p) => p.edtf).join(", ")}`, "Nothing to do; or correct the spells so they do not overlap", periods.map((p) => p.edtf).join(", "));
  return { periods: merged, dated: true };
}

type IntervalRead = { readonly period: Period } | { readonly problem: string; readonly fix: string; readonly value: string; readonly end?: true };

function readInterval(raw: RawInterval, axis: TimeAxis, log: DiagnosticCollector, place: Place): IntervalRead {
  const bounds: (string | undefined)[] = [];
  for (const [value, open, by] of [[raw.start, raw.startOpen, 1], [raw.end, raw.endOpen, -1]] as const) {
    if (value === undefined || value.trim() === "" || INFINITE.test(value.trim())) {
      bounds.push(undefined);
      continue;
    }
    const date = readDate(value, axis, log, place);
    if ("problem" in date)
      return { problem: `the ${by === 1 ? "start" : "end"} ${date.problem}`, fix: axis === "years" ? "Write the year as four digits, e.g. 2015" : 'Write dates as YYYY-MM-DD (or YYYY-MM, YYYY), e.g. "2015-10-09"', value };
    if (open) log.once("open-bound", "warning", place, "startopen/endopen bounds are read as the next/previous day (or month, or year, as written), since an open bound leaves its own date out", "Nothing to do");
    bounds.push(open ? step(date.edtf, by) : date.edtf);
  }
  const [start, end] = bounds;
  if (start === undefined && end === undefined) return { period: AT_ANY_TIME };
  const text = start && end ? (start === end ? start : `${start}/${end}`) : start ? `${start}/..` : `../${end}`;
  try {
    return { period: parsePeriod(text) };
  } catch (e) {
    const problem = e instanceof DateError ? e.problem : String(e);
    return { problem, fix: "Swap the start and the end, or correct one of them", value: `${raw.start ?? ""} – ${raw.end ?? ""}`, end: true };
  }
}

/** A period from an optional start and end, "at any time" when both are open. */
function span(start: Period["start"], end: Period["end"]): Period {
  if (!start && !end) return AT_ANY_TIME;
  if (start && end) return parsePeriod(start.edtf === end.edtf ? start.edtf : `${start.edtf}/${end.edtf}`);
  return parsePeriod(start ? `${start.edtf}/..` : `../${end!.edtf}`);
}

/** Sorted by start; periods that share a day become one, from the earlier start to the later end. */
export function mergeOverlapping(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.first - b.first || a.last - b.last);
  const out: Period[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && p.first <= prev.last) out[out.length - 1] = p.last > prev.last ? span(prev.start, p.end) : prev;
    else out.push(p);
  }
  return out;
}

/** One period covering them all, for an actor's lifetime (the model has one per actor). */
export function hull(periods: readonly Period[]): Period {
  const first = periods.reduce((a, b) => (b.first < a.first ? b : a));
  const last = periods.reduce((a, b) => (b.last > a.last ? b : a));
  return first === last ? first : span(first.start, last.end);
}

/** A time value as a number to order dynamic values by; NaN when it is not a time. */
export function timeKey(value: string | undefined, axis: TimeAxis, open: number): number {
  if (value === undefined || value.trim() === "" || INFINITE.test(value.trim())) return open;
  const m = axis !== "none" ? DATE.exec(value.trim()) : null;
  return m ? utcDay(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) * 86_400_000 : Number(value);
}
