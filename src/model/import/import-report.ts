/**
 * The import report as it is written: diagnostics in reading order, some said once per file
 * however many rows they concern (a default, an addition to the taxonomy), and a cap so that a
 * file with a million bad rows gives a readable report and a bounded one. Shared by the CSV and
 * the Faultlines importers.
 */
import type { Diagnostic, Severity } from "../diagnostics";

/** Enough to see every kind of problem a file has; the rest are counted, not listed. */
export const MAX_LISTED_DIAGNOSTICS = 500;

/** Where a diagnostic points: the file defaults to the one being imported. */
export interface Place {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path: string;
  readonly recordId?: string;
}

export class ImportNotes {
  private readonly listed: Diagnostic[] = [];
  private readonly said = new Set<string>();
  private unlisted = 0;

  constructor(readonly file: string) {}

  add(severity: Severity, place: Place, message: string, fix: string, value?: unknown): void {
    if (this.listed.length >= MAX_LISTED_DIAGNOSTICS) {
      this.unlisted++;
      return;
    }
    this.listed.push({
      severity,
      file: place.file ?? this.file,
      ...(place.line === undefined ? {} : { line: place.line }),
      ...(place.column === undefined ? {} : { column: place.column }),
      path: place.path,
      ...(place.recordId === undefined ? {} : { recordId: place.recordId }),
      ...(value === undefined ? {} : { value }),
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

  get hasErrors(): boolean {
    return this.listed.some((d) => d.severity === "error");
  }

  /** The diagnostics, ending with how many more there were when the cap was reached. */
  finish(): Diagnostic[] {
    if (!this.unlisted) return [...this.listed];
    return [
      ...this.listed,
      {
        severity: "warning",
        file: this.file,
        path: "(report)",
        message: `${this.unlisted} more problems are not listed; the first ${MAX_LISTED_DIAGNOSTICS} are above`,
        fix: "Correct the problems listed, then import again to see the rest",
      },
    ];
  }
}

/** "1.4 MB": sizes in messages, from a count of characters (close enough to bytes for a message). */
export const megabytes = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} MB`;
