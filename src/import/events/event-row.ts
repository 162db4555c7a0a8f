/**
 * What the three event readers share: a row's cells by the codebook's column names, the report
 * line for a bad cell (file, line, column, the value, the fix), counts, and the shape of a reader.
 * A reader turns a row into records, or reports why it cannot and gives none: it never throws.
 */
import { dayToIso, parsePeriod, utcDay, type Period } from "../../model/dates";
import type { CsvRow } from "../csv/parse";
import { headerKey } from "../csv/columns";
import type { DiagnosticCollector } from "../kit/report";
import type { EventColumns } from "./event-format";
import type { EventFormat, EventRecord } from "./types";

/** The readers ask for a few dozen codebook names, a few dozen times a row: each is normalised once. */
const keys = new Map<string, string>();
const keyOf = (column: string): string => {
  let key = keys.get(column);
  if (key === undefined) keys.set(column, (key = headerKey(column)));
  return key;
};

/**
 * The strings records keep, copied out of the file's text. A value cut from a chunk (a slice)
 * keeps the whole chunk alive in V8 and other engines, so 100,000 kept notes would hold the whole
 * file's text twice over; a copy holds only itself. Names, categories, sources and places repeat
 * from row to row: each is kept once.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  keep(text: string): string {
    // Long text (notes, headlines) rarely repeats; V8 copies strings shorter than 13 characters anyway.
    if (text.length > POOLED_CHARS) return copyOf(text);
    let kept = this.pool.get(text);
    if (kept === undefined) {
      kept = copyOf(text);
      if (this.pool.size < POOLED_STRINGS) this.pool.set(kept, kept);
    }
    return kept;
  }
}

const POOLED_CHARS = 200;
/** Enough for every actor, place and source of a large export; past it, strings are copied, not shared. */
const POOLED_STRINGS = 100_000;
/** A string of its own: the slice of a fresh concatenation, which the engine makes flat (one copy). */
const copyOf = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

export class EventRow {
  constructor(
    readonly row: CsvRow,
    private readonly columns: EventColumns,
    readonly file: string,
    private readonly notes: DiagnosticCollector,
    private readonly strings: StringPool = new StringPool(),
  ) {}

  /** `text` as a record keeps it: out of the file's text, shared when it repeats. */
  keep(text: string): string {
    return this.strings.keep(text);
  }

  /** The cell under `column`, as a record keeps it. */
  kept(column: string): string {
    return this.strings.keep(this.cell(column));
  }

  private reported = false;

  /** Whether a cell was reported as the reason to skip the row. */
  get skipped(): boolean {
    return this.reported;
  }

  get line(): number {
    return this.row.line;
  }

  has(column: string): boolean {
    return this.columns.has(keyOf(column));
  }

  /** The cell under `column`, trimmed; "" when the file has no such column or the row stops short. */
  cell(column: string): string {
    const at = this.columns.get(keyOf(column));
    return at === undefined ? "" : (this.row.fields[at] ?? "").trim();
  }

  /** Reports the cell under `column` as the reason the row was skipped; returns undefined for the caller to return. */
  bad(column: string, message: string, fix: string): undefined {
    const at = this.columns.get(keyOf(column));
    this.reported = true;
    this.notes.error({ file: this.file, line: this.line, ...(at === undefined ? {} : { column: at + 1 }), path: column }, `${message}; the row was skipped`, fix, this.cell(column));
    return undefined;
  }

  /** A warning on a cell of a row that is still read. */
  warn(column: string, message: string, fix: string): void {
    const at = this.columns.get(keyOf(column));
    this.notes.warn({ file: this.file, line: this.line, ...(at === undefined ? {} : { column: at + 1 }), path: column }, message, fix, this.cell(column));
  }

  /**
   * A count of deaths: a whole number, 0 or more; undefined for an empty cell; null (reported)
   * for anything else, so the row is skipped rather than read with a wrong count.
   */
  deaths(column: string, fix: string): number | undefined | null {
    const text = this.cell(column);
    if (!text) return undefined;
    const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
    if (Number.isInteger(n)) return n;
    this.bad(column, `${column} is ${JSON.stringify(text)}, and a count of deaths is a whole number, 0 or more`, fix);
    return null;
  }
}

/** One format's reading of rows into records, with what it says once for the whole file. */
export interface EventReader {
  readonly format: EventFormat;
  /** The row's records: none when the row is skipped (reported) or names no pair (counted). */
  read(row: EventRow): readonly EventRecord[];
  /** Summary lines for the whole file (rows without a second actor, what the data set lacks), and counts for the report. */
  finish(notes: DiagnosticCollector, file: string): Readonly<Record<string, number>>;
}

/** UCDP names a state's side "Government of Pakistan"; everything else on a side is an organisation. */
export const isGovernment = (name: string): boolean => /^government of\s/i.test(name);

/** The place in words, from the most to the least precise of the given parts. */
export const placeOf = (...parts: string[]): string | undefined => parts.filter(Boolean).join(", ") || undefined;

/** "2025-03-04" for a day that exists in the calendar (no 30 February), else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const iso = dayToIso(utcDay(year, month - 1, day));
  return iso === `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` ? iso : undefined;
}

/**
 * An EDTF period the readers built from checked parts; undefined if the model still refuses it.
 * Periods are immutable and events share a few thousand days: each is made once (bounded).
 */
export function periodOf(edtf: string): Period | undefined {
  let period = periods.get(edtf);
  if (period) return period;
  try {
    period = parsePeriod(edtf);
  } catch {
    return undefined;
  }
  if (periods.size < MAX_PERIODS) periods.set(period.edtf, period);
  return period;
}
const periods = new Map<string, Period>();
const MAX_PERIODS = 50_000;
