/**
 * Reads an event file up to its records, without the assembler: what the readers give, row by row,
 * with the report's lines. Chunked reading is the import's own (EventFile), so the tests read
 * fixtures the way the worker does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EventFile } from "../../../src/import/events/event-file";
import { rowNotes } from "../../../src/import/kit/report";
import type { EventRecord } from "../../../src/import/events/types";

export const FIXTURES = join(__dirname, "../../fixtures/import/events");
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

/** The records, report lines and counts of a file's text, pushed in chunks of `chunk` characters. */
export function readEvents(text: string, fileName: string, chunk = text.length || 1) {
  const notes = rowNotes(fileName);
  const records: EventRecord[] = [];
  const file = new EventFile(fileName, notes, (r) => records.push(r));
  for (let i = 0; i < text.length; i += chunk) file.push(text.slice(i, i + chunk));
  const counts = file.end();
  return { records, counts, format: file.format, rows: file.rows, skipped: file.skipped, refused: file.refused, diagnostics: notes.finish() };
}

/** The report's errors at `line`, as "column: message". */
export const errorsAt = (diagnostics: ReturnType<typeof readEvents>["diagnostics"], line: number): string[] =>
  diagnostics.filter((d) => d.severity === "error" && d.line === line).map((d) => `${d.path}: ${d.message}`);
