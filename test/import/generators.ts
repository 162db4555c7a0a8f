/**
 * What the importers' property tests share: dates as a person writes them, each knowing the
 * precision it was written at; periods that never overlap, by construction, so a test knows what
 * each one must become; the share of generated files that import, required above a floor so a
 * generator cannot drift into making only refusals; and what a refusal must say.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostics";

export const pad2 = (n: number): string => String(n).padStart(2, "0");

export type Precision = "year" | "month" | "day";

/** A calendar date at the precision it is written with: no month means a year, no day a month. */
export interface DateModel {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

export const precisionOf = (date: DateModel): Precision => (date.d !== undefined ? "day" : date.m !== undefined ? "month" : "year");

/** The date as EDTF, at its own precision: "2015", "2015-10", "2015-10-09". */
export const edtfOf = (date: DateModel): string => [String(date.y).padStart(4, "0"), ...(date.m !== undefined ? [pad2(date.m)] : []), ...(date.d !== undefined ? [pad2(date.d)] : [])].join("-");

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
export const daysIn = (y: number, m: number): number => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** A date within one year, at a year's, a month's or a day's precision; month ends and 29 February come up often. */
export const arbDateInYear = (y: number, precisions: readonly Precision[] = ["year", "month", "day"]): fc.Arbitrary<DateModel> =>
  fc.tuple(fc.constantFrom(...precisions), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31), fc.constant(1))).map(([precision, m, d]) => {
    if (precision === "year") return { y };
    if (precision === "month") return { y, m };
    return { y, m, d: Math.min(d, daysIn(y, m)) };
  });

/**
 * The next (by +1) or previous (by -1) day, month or year, at the date's own precision: what an
 * open bound ("startopen", "(2015, ...") leaves out of a period.
 */
export function stepDate(date: DateModel, by: 1 | -1): DateModel {
  const { y, m, d } = date;
  if (m === undefined) return { y: y + by };
  if (d === undefined) {
    const month = m + by;
    return month > 12 ? { y: y + 1, m: 1 } : month < 1 ? { y: y - 1, m: 12 } : { y, m: month };
  }
  const day = d + by;
  if (day >= 1 && day <= daysIn(y, m)) return { y, m, d: day };
  if (by === 1) return m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
  return m === 1 ? { y: y - 1, m: 12, d: 31 } : { y, m: m - 1, d: daysIn(y, m - 1) };
}

/**
 * A period's expected shape: its EDTF and the precision of each end (null when open). A single
 * date has the same start and end.
 */
export interface PeriodModel {
  readonly edtf: string;
  readonly start: Precision | null;
  readonly end: Precision | null;
}

/** The period from two ends as the data model writes it: one date when both are the same, ".." for an open end. */
export function periodOf(start: DateModel | undefined, end: DateModel | undefined): PeriodModel {
  const [s, e] = [start && edtfOf(start), end && edtfOf(end)];
  const edtf = s && e ? (s === e ? s : `${s}/${e}`) : s ? `${s}/..` : e ? `../${e}` : "../..";
  return { edtf, start: start ? precisionOf(start) : null, end: end ? precisionOf(end) : null };
}

/** What an imported period must be, by the model: as written, at the precision written. */
export const periodShape = (p: { readonly edtf: string; readonly start: { readonly precision: string } | null; readonly end: { readonly precision: string } | null }): PeriodModel => ({
  edtf: p.edtf,
  start: (p.start?.precision as Precision | undefined) ?? null,
  end: (p.end?.precision as Precision | undefined) ?? null,
});

/**
 * Years for the k-th of several periods of one record: k-th periods start in year `base + 5k`
 * and end by `base + 5k + 3`, so periods never overlap and stay in order even when an open
 * bound moves a start a year later or an end a year earlier.
 */
export const bandYears = (base: number, k: number) => ({ from: base + 5 * k, to: base + 5 * k + 3 });

/** A value one time in `oneIn` (never for 0), else undefined. */
export const rarely = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  oneIn > 0 ? fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb }) : fc.constant(undefined);

/** Text that has broken importers: markup, quotes, separators, other scripts, prototype keys, formulas. */
export const HOSTILE_TEXT = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  "<b>x</b>",
  '"quoted" & <b>bold</b>',
  "=1+1",
  "a,b;c|d",
  "طالبان",
  "د افغانستان اسلامي امارت",
  "Ḥaqqānī Network",
  "Tehrik-i-Taliban Pakistan (TTP)",
  "🙂 🇵🇰",
  "\u202Eevil",
  "line\nbreak",
  "tab\there",
  "back\\slash",
] as const;

/** Counts how many generated files imported, to require most do and some do not. */
export class ImportShare {
  private runs = 0;
  private imported = 0;

  constructor(private readonly what: string) {}

  count(ok: boolean): void {
    this.runs++;
    if (ok) this.imported++;
  }

  /**
   * At least `floor` of the runs imported, and at least `refusals` were refused, so both the
   * checks of what was imported and those of what a refusal says did run.
   */
  expectAtLeast(floor: number, refusals = 0): void {
    const share = this.runs ? this.imported / this.runs : 0;
    const said = `${this.what}: ${this.imported} of ${this.runs} runs imported (${(share * 100).toFixed(0)}%)`;
    expect(share, `${said}; the generator should make mostly importable files (at least ${floor * 100}%)`).toBeGreaterThanOrEqual(floor);
    expect(1 - share, `${said}; the generator should make some files that are refused (at least ${refusals * 100}%)`).toBeGreaterThanOrEqual(refusals);
  }
}

/** What every report says of a file it refuses: an error naming the file, the line and the fix. */
export function expectRefusalSaysWhere(diagnostics: readonly Diagnostic[], files: readonly string[], text: (file: string) => string): void {
  const errors = diagnostics.filter((d) => d.severity === "error");
  expect(errors.length, "a refusal gives no error").toBeGreaterThan(0);
  const placed = errors.filter((d) => files.includes(d.file) && d.line !== undefined && d.fix.trim() !== "");
  expect(placed.length, `no error of the refusal names a file, a line and a fix:\n${errors.map((d) => `${d.file}:${d.line ?? "?"} ${d.message} / ${d.fix}`).join("\n")}`).toBeGreaterThan(0);
  for (const d of placed) {
    const lines = text(d.file).split(/\r\n|\r|\n/).length;
    expect(d.line!, `${d.file}: the error "${d.message}" is at line ${d.line}, past the file's ${lines} lines`).toBeGreaterThanOrEqual(1);
    expect(d.line!).toBeLessThanOrEqual(lines);
  }
}

/** The diagnostics of one severity at one line of one file. */
export const diagnosticsAt = (diagnostics: readonly Diagnostic[], file: string, line: number, severity: Diagnostic["severity"] = "error"): Diagnostic[] =>
  diagnostics.filter((d) => d.file === file && d.line === line && d.severity === severity);

/** The report as a list, for failure messages. */
export const listed = (diagnostics: readonly Diagnostic[]): string => diagnostics.map((d) => `${d.severity} ${d.file}:${d.line ?? "-"} [${d.path}] ${d.message}`).join("\n");

/** Runs checks, adding the report and the file to the message of the first that fails: built only then. */
export function withReport(checks: () => void, report: () => string): void {
  try {
    checks();
  } catch (e) {
    if (e instanceof Error) e.message += `\n--- the report:\n${report()}`;
    throw e;
  }
}

/** Values that replace a file's own: hostile text, blanks, numbers, lists, records, a record with a "__proto__" key of its own, anything. */
export const arbHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...HOSTILE_TEXT, "", " ", "2025-13", "..", 0, -1, 1.5, true, null, [], {}) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }).filter((v) => v !== undefined && JSON.stringify(v) !== undefined).map((v) => JSON.parse(JSON.stringify(v)) as unknown) },
);

/** One change to a file's data at a path picked by numbers: a value set, a key or an item removed, an item doubled, a key renamed. */
export interface DataEdit {
  readonly path: readonly number[];
  readonly op: "set" | "delete" | "double" | "rename";
  readonly value: unknown;
  readonly key: string;
}

/** Up to `maxEdits` edits, each at least `depth` steps into the data (1: a whole list may go). */
export const arbDataEdits = (maxEdits: number, depth = 1, value: fc.Arbitrary<unknown> = arbHostileValue): fc.Arbitrary<DataEdit[]> =>
  fc.array(
    fc.record({
      path: fc.array(fc.nat(), { minLength: depth, maxLength: 5 }),
      op: fc.constantFrom<DataEdit["op"]>("set", "set", "set", "delete", "double", "rename"),
      value,
      key: fc.constantFrom("__proto__", "constructor", "sourse", "id", "extra"),
    }),
    { minLength: 1, maxLength: maxEdits },
  );

/** Sets a property as data, even one named "__proto__", as JSON.parse does. */
const put = (record: object, key: string | number, value: unknown) => Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });

/** A copy of `data` with the edits made, each at the deepest point its path reaches. */
export function editData<T>(data: T, edits: readonly DataEdit[]): T {
  const copy = JSON.parse(JSON.stringify(data)) as T;
  for (const edit of edits) {
    let parent: Record<string | number, unknown> | unknown[] | undefined;
    let key: string | number = "";
    let node: unknown = copy;
    for (const step of edit.path) {
      if (node === null || typeof node !== "object") break;
      const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
      if (!keys.length) break;
      parent = node as Record<string | number, unknown>;
      key = keys[step % keys.length];
      node = (parent as Record<string | number, unknown>)[key];
    }
    if (!parent) continue;
    const list = Array.isArray(parent) ? parent : undefined;
    // A copy each time: the same value set twice must not become one object in two places.
    if (edit.op === "set") put(parent, key, edit.value === undefined ? null : JSON.parse(JSON.stringify(edit.value)));
    else if (edit.op === "delete") list ? list.splice(key as number, 1) : delete (parent as Record<string, unknown>)[key];
    else if (edit.op === "double") list ? list.splice(key as number, 0, JSON.parse(JSON.stringify(node ?? null))) : put(parent, `${key}`, node);
    else if (!list) {
      delete (parent as Record<string, unknown>)[key];
      put(parent, edit.key, node);
    }
  }
  return copy;
}
