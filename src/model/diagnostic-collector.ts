/**
 * The one collector of diagnostics, for the loader's checks and for every importer. It places
 * each diagnostic (file, line, path, record), says a remark that is true of many records once,
 * and bounds what a large or hostile file can make it say: a cap per kind of problem (the rest
 * of that kind summed up in one line) and a cap on the whole list (the rest counted in a closing
 * line). Each user chooses its limits; with none, everything is listed in the order it was said.
 */
import type { Diagnostic, Severity } from "./diagnostics";

/** Where a diagnostic points: the file defaults to the collector's own. */
export interface Place {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** e.g. "edges[3]", "relations[2].type" or "graph". */
  readonly path: string;
  readonly recordId?: string;
  /** The kind of problem ("missing-node"), so the 26th edge to a missing node joins a summary instead of getting a line. */
  readonly problem?: string;
}

export interface CollectorLimits {
  /** How many diagnostics are listed in all; the rest are counted in one closing line. */
  readonly listed?: number;
  /** How many diagnostics of one kind of problem (Place.problem) are listed; the rest are summed up per kind. */
  readonly perProblem?: number;
  /** The longest text value kept whole: a hostile 10 MB attribute would otherwise ride along in the report. */
  readonly valueChars?: number;
  /** List by line (stably), for a reader that goes over a file in several passes. */
  readonly inLineOrder?: boolean;
}

interface Tally {
  readonly severity: Severity;
  readonly fix: string;
  shown: number;
  more: number;
  /** A few lines of the ones not shown, for the summary. */
  readonly lines: number[];
}

export class DiagnosticCollector {
  private readonly listed: Diagnostic[] = [];
  private readonly said = new Set<string>();
  private readonly perProblem = new Map<string, Tally>();
  private unlisted = 0;

  constructor(
    /** The file diagnostics point to when their place names none. */
    readonly file = "",
    private readonly limits: CollectorLimits = {},
  ) {}

  add(severity: Severity, place: Place, message: string, fix: string, value?: unknown): void {
    if (place.problem !== undefined && this.limits.perProblem !== undefined && this.tallied(severity, place, fix, this.limits.perProblem)) return;
    if (this.listed.length >= (this.limits.listed ?? Infinity)) {
      this.unlisted++;
      return;
    }
    const cut = this.limits.valueChars ?? Infinity;
    this.listed.push({
      severity,
      file: place.file ?? this.file,
      ...(place.line === undefined ? {} : { line: place.line }),
      ...(place.column === undefined ? {} : { column: place.column }),
      path: place.path,
      ...(place.recordId === undefined ? {} : { recordId: place.recordId }),
      ...(value === undefined ? {} : { value: typeof value === "string" && value.length > cut ? `${value.slice(0, cut)}…` : value }),
      message,
      fix,
    });
  }

  /** Something that was skipped or could not be read. */
  error(place: Place, message: string, fix: string, value?: unknown): void {
    this.add("error", place, message, fix, value);
  }

  /** Something read with a guess, a default or an addition the user should know of. */
  warn(place: Place, message: string, fix: string, value?: unknown): void {
    this.add("warning", place, message, fix, value);
  }

  /** Says it the first time only: for things true of many rows. Returns whether it was said now. */
  once(key: string, severity: Severity, place: Place, message: string, fix: string, value?: unknown): boolean {
    if (this.said.has(key)) return false;
    this.said.add(key);
    this.add(severity, place, message, fix, value);
    return true;
  }

  /** Diagnostics made elsewhere (a parser's), listed with the rest. */
  adopt(diagnostics: readonly Diagnostic[]): void {
    this.listed.push(...diagnostics);
  }

  /** Whether the next occurrence of a kind of problem gets a line of its own (worth a costly "did you mean"). */
  shows(problem: string): boolean {
    return (this.perProblem.get(problem)?.shown ?? 0) < (this.limits.perProblem ?? Infinity);
  }

  get hasErrors(): boolean {
    return this.listed.some((d) => d.severity === "error");
  }

  /** The diagnostics, then a summary line for each capped kind of problem, then how many more there were past the cap. */
  finish(): Diagnostic[] {
    const listed = this.limits.inLineOrder
      ? this.listed
          .map((d, i) => ({ d, i }))
          .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
          .map(({ d }) => d)
      : [...this.listed];
    for (const [problem, t] of this.perProblem)
      if (t.more > 0)
        listed.push({
          severity: t.severity,
          file: this.file,
          path: "(file)",
          message: `${t.more} more like the ${this.limits.perProblem} above (${problem})${t.lines.length ? `, e.g. at lines ${t.lines.join(", ")}` : ""}`,
          fix: t.fix,
        });
    if (this.unlisted)
      listed.push({
        severity: "warning",
        file: this.file,
        path: "(report)",
        message: `${this.unlisted} more problems are not listed; the first ${this.limits.listed} are above`,
        fix: "Correct the problems listed, then import again to see the rest",
      });
    return listed;
  }

  /** Counts one occurrence of a kind of problem; true when it is past the cap and is not to be listed. */
  private tallied(severity: Severity, place: Place, fix: string, cap: number): boolean {
    const problem = place.problem!;
    let tally = this.perProblem.get(problem);
    if (!tally) this.perProblem.set(problem, (tally = { severity, fix, shown: 0, more: 0, lines: [] }));
    if (tally.shown < cap) {
      tally.shown++;
      return false;
    }
    tally.more++;
    if (place.line !== undefined && tally.lines.length < 10) tally.lines.push(place.line);
    return true;
  }
}
