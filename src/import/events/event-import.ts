/**
 * Imports an event data file (ACLED, UCDP GED, UCDP/PRIO dyadic) as it arrives: each chunk is
 * read into records (event-file.ts) and each record goes at once to the assembler, which merges
 * events into relations (assemble.ts). Neither the text nor the rows are kept, only the events
 * the assembler holds: the cap is on events (MAX_EVENT_ROWS, event-file.ts says why), not on
 * characters. The import worker pushes the file's chunks; the command line and the tests push
 * the whole text (importEvents).
 */
import type { Taxonomy } from "../../model/types";
import type { FileImportResult } from "../import-files";
import { rowNotes, type DiagnosticCollector } from "../kit/report";
import { EventAssembler } from "./assemble";
import { eventFormatOf } from "./event-format";
import { EventFile } from "./event-file";
import { DEFAULT_GAP_DAYS, type EventFormat, type EventImportOptions, type EventRecord } from "./types";

export { MAX_EVENT_FILE_CHARS, MAX_EVENT_ROWS } from "./event-file";

/** Rows between calls of `onRows`: a few milliseconds of work. */
const ROWS_PER_PROGRESS = 5_000;

export type EventImportSetup = EventImportOptions & { readonly onRows?: (done: number) => void };

export class EventImport {
  /** The event format of a file from its first line, whole or with columns missing (then refused naming them), or null. */
  static formatOf(head: string): EventFormat | null {
    return eventFormatOf(head)?.format ?? null;
  }

  private readonly notes: DiagnosticCollector;
  private readonly file: EventFile;
  private assembler: EventAssembler | undefined;
  private events = 0;
  private nextProgress = ROWS_PER_PROGRESS;

  constructor(
    private readonly fileName: string,
    taxonomy: Taxonomy,
    private readonly options: EventImportSetup = {},
  ) {
    this.notes = rowNotes(fileName);
    const take = (record: EventRecord) => {
      this.assembler!.add(record);
      this.events++;
    };
    this.file = new EventFile(fileName, this.notes, take, (format) => {
      const { gapDays = DEFAULT_GAP_DAYS, mapping = {}, into } = options;
      this.assembler = new EventAssembler(taxonomy, { format, fileName, gapDays, mapping, ...(into ? { into } : {}) }, this.notes);
    });
  }

  /** Rows of events read so far (the header not counted). */
  get rows(): number {
    return this.file.rows;
  }

  push(chunk: string): void {
    this.file.push(chunk);
    if (this.file.rows >= this.nextProgress) {
      this.options.onRows?.(this.file.rows);
      this.nextProgress = this.file.rows + ROWS_PER_PROGRESS;
    }
  }

  finish(): FileImportResult {
    const said = this.file.end();
    this.options.onRows?.(this.file.rows);
    const format = this.file.format ?? null;
    const counts = { rows: this.file.rows, events: this.events, skipped: this.file.skipped, ...said };
    const refuse = (): FileImportResult => ({ ok: false, format, report: { file: this.fileName, diagnostics: this.notes.finish(), counts } });
    if (this.file.refused) return refuse();
    if (this.file.headerLine === undefined) {
      this.notes.error({ path: "(file)" }, "the file is empty", "Choose the CSV file exported from ACLED or UCDP, with its header line");
      return refuse();
    }
    if (!this.file.rows) {
      this.notes.error({ line: this.file.headerLine, path: "(file)" }, "the file has a header but no rows", "Export the data again with the events you need");
      return refuse();
    }
    if (!this.events) {
      this.notes.error({ path: "(file)" }, `none of the ${this.file.rows} rows gave an event between two actors, so nothing was imported`, "Correct the rows reported above, or export events that name two actors");
      return refuse();
    }
    const assembled = this.assembler!.finish();
    return {
      ok: true,
      format,
      dataSet: assembled.dataSet,
      report: { file: this.fileName, diagnostics: this.notes.finish(), counts: { ...counts, ...assembled.counts } },
      eventMapping: assembled.mapping,
      actorMatches: assembled.matches,
    };
  }
}

/** An event file's whole text, imported at once (the command line, the tests). */
export function importEvents(text: string, fileName: string, taxonomy: Taxonomy, options: EventImportSetup = {}): FileImportResult {
  const events = new EventImport(fileName, taxonomy, options);
  events.push(text);
  return events.finish();
}
