/**
 * What every importer returns: a data set built from someone else's file (GEXF, CSV, ...), and
 * a report of what was read, what was skipped and why, line by line. Importers never throw on
 * bad input: a file that cannot be used at all gives `ok: false` with the reasons, and the data
 * on screen stays as it was.
 */
import type { Diagnostic } from "../model/diagnostics";
import type { DataSet } from "../model/types";
import type { EventFormat } from "./events/types";

export interface ImportReport {
  /** The file as the user named it. */
  readonly file: string;
  /** One line per thing worth saying: what was off, skipped, guessed or mapped; with file, line and fix. */
  readonly diagnostics: readonly Diagnostic[];
  /** How much was read: e.g. { actors: 12, relations: 30, skipped: 2 }. */
  readonly counts: Readonly<Record<string, number>>;
}

export type ImportResult =
  | { readonly ok: true; readonly dataSet: DataSet; readonly report: ImportReport }
  | { readonly ok: false; readonly report: ImportReport };

/** The formats the explorer imports, told apart by file name and content (import-files.ts); event data by its columns. */
export type ImportFormat = "gexf" | "csv" | "faultlines" | EventFormat;

/**
 * How far an import has got, for a progress bar: reading the file (bytes), reading its records,
 * or laying out the graph (iterations). `total` 0 means the amount is not known.
 */
export interface ImportProgress {
  readonly phase: "reading" | "parsing" | "layout";
  readonly done: number;
  readonly total: number;
}
