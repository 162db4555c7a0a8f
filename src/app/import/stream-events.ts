/**
 * An event file (ACLED, UCDP) read as it streams: the first chunk tells whether the file is event
 * data at all (by its columns); if it is, every chunk is decoded and handed to an EventImport as
 * it arrives, so a 60 MB export is never held as one string, and progress counts the bytes read
 * and the rows parsed in one phase. Anything else is left to the whole-file path.
 */
import { EventImport } from "../../import/events/event-import";
import type { EventImportOptions } from "../../import/events/types";
import type { FileImportResult } from "../../import/import-files";
import type { DataSet, Taxonomy } from "../../model/types";
import type { ImportStep } from "../../ui/import-dialog/progress-label";

/** Names an event file may have: event data are CSV (or TSV) exports. */
const EVENT_NAME = /\.(csv|tsv|txt)$/i;

export interface EventStreamOptions {
  readonly events?: Pick<EventImportOptions, "gapDays" | "mapping">;
  readonly into?: DataSet;
}

/**
 * The file read as event data, or null when it is not (more than one file, another extension,
 * or columns no event format has); then nothing of it has been kept and it can be read afresh.
 */
export async function streamEvents(files: readonly File[], taxonomy: Taxonomy, options: EventStreamOptions, onStep: (step: ImportStep) => void): Promise<FileImportResult | null> {
  if (files.length !== 1 || !EVENT_NAME.test(files[0].name)) return null;
  const [file] = files;
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  const reader = file.stream().getReader();
  const first = await reader.read();
  const head = first.done ? "" : decoder.decode(first.value, { stream: true });
  if (first.done || EventImport.formatOf(head) === null) {
    await reader.cancel();
    return null;
  }
  let bytes = first.value.byteLength;
  let rows = 0;
  const step = () => onStep({ phase: "reading", done: bytes, total: file.size, events: rows });
  const events = new EventImport(file.name, taxonomy, {
    ...options.events,
    ...(options.into ? { into: options.into } : {}),
    onRows: (done: number) => {
      rows = done;
      step();
    },
  });
  events.push(head);
  step();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    events.push(decoder.decode(chunk.value, { stream: true }));
    step();
  }
  events.push(decoder.decode());
  rows = events.rows;
  step();
  return events.finish();
}
