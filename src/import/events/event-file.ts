/**
 * An event file read as it arrives, up to its records: the text cut into rows (csv-stream.ts),
 * the header telling the format (event-format.ts), each row read by its format's reader into
 * records or reported. Holds no text and no rows once read: each record goes to the caller as
 * its row is read (event-import.ts hands it to the assembler), so the report is in reading order
 * however the text was cut into chunks. Stops reading, with the reason reported, at a header it
 * cannot use or past MAX_EVENT_ROWS.
 */
import { checkShape, readHeader, type Header } from "../csv/columns";
import { CsvStream } from "../csv/csv-stream";
import type { CsvRow } from "../csv/parse";
import type { DiagnosticCollector } from "../kit/report";
import { AcledReader } from "./acled";
import { columnsOf, eventFormatOfHeader, REQUIRED_COLUMNS, type EventColumns } from "./event-format";
import { EventRow, StringPool, type EventReader } from "./event-row";
import { UcdpDyadicReader } from "./ucdp-dyadic";
import { UcdpGedReader } from "./ucdp-ged";
import { EVENT_FORMAT_NAMES, type EventFormat, type EventRecord } from "./types";

/**
 * Rows of events one import takes. Every event becomes a piece of evidence held in the tab, with
 * its notes (a few hundred characters in ACLED). A 100,000-row ACLED export (about 60 MB) streams
 * through with a peak heap well under a tab's memory (test/import/events/streaming.test.ts
 * measures it); 250,000 rows is two and a half times that, and more events than the graph can
 * show legibly. A larger export is refused with the fix: filter it on the data set's own site.
 */
export const MAX_EVENT_ROWS = 250_000;
/** 250,000 ACLED rows at some 600 characters each, with room: a larger file cannot be under the row cap. */
export const MAX_EVENT_FILE_CHARS = 200_000_000;

const READERS: Record<EventFormat, () => EventReader> = { acled: () => new AcledReader(), "ucdp-ged": () => new UcdpGedReader(), "ucdp-dyadic": () => new UcdpDyadicReader() };
const FILTER_FIX: Record<EventFormat, string> = {
  acled: "Export fewer events from ACLED (a country, an actor or a shorter span of years) and import each export on its own, adding it to the data set on screen",
  "ucdp-ged": "Keep the events of the countries or years you need (UCDP's downloads come per country and version), and import each file on its own",
  "ucdp-dyadic": "Keep the rows of the conflicts or years you need",
};

interface OpenHeader {
  readonly row: CsvRow;
  readonly shape: Header<never>;
  readonly columns: EventColumns;
  readonly format: EventFormat;
}

export class EventFile {
  private readonly stream: CsvStream;
  private readonly strings = new StringPool();
  private problemsSaid = 0;
  private header: OpenHeader | undefined;
  private reader: EventReader | undefined;
  private stopped = false;
  private recognised: EventFormat | undefined;
  private rowsRead = 0;
  private skippedRows = 0;

  /** `onHeader` is told the format once the header is read and usable; `onRecord` takes each record as its row is read. */
  constructor(
    private readonly fileName: string,
    private readonly notes: DiagnosticCollector,
    private readonly onRecord: (record: EventRecord) => void,
    private readonly onHeader: (format: EventFormat) => void = () => {},
  ) {
    this.stream = new CsvStream(fileName);
  }

  /** The format the header is, once read: usable, or refused for the columns it lacks. */
  get format(): EventFormat | undefined {
    return this.recognised;
  }

  /** The header's line, once read. */
  get headerLine(): number | undefined {
    return this.header?.row.line;
  }

  /** Rows of events read so far (the header not counted). */
  get rows(): number {
    return this.rowsRead;
  }

  get skipped(): number {
    return this.skippedRows;
  }

  /** Whether the file was refused (its header, its size): the rest of it is not read. */
  get refused(): boolean {
    return this.stopped;
  }

  /** Reads the rows this chunk completes. */
  push(chunk: string): void {
    if (!this.stopped) this.take(this.stream.push(chunk));
  }

  /** Reads the last rows; returns the format's summary counts (its lines go to the report). */
  end(): Readonly<Record<string, number>> {
    if (!this.stopped) this.take(this.stream.end());
    return this.reader && !this.stopped && this.rowsRead ? this.reader.finish(this.notes, this.fileName) : {};
  }

  private take(rows: readonly CsvRow[]): void {
    for (const row of rows) {
      this.sayProblems(row.line);
      if (!this.header) {
        if (this.openHeader(row)) continue;
        break;
      }
      if (++this.rowsRead > MAX_EVENT_ROWS) {
        this.notes.error({ line: row.line, path: "(file)" }, `the file has more than ${MAX_EVENT_ROWS.toLocaleString("en")} ${EVENT_FORMAT_NAMES[this.header.format]} events, more than one import takes: each event is kept as evidence in the tab's memory, and past that the tab may run out of it; nothing was imported`, FILTER_FIX[this.header.format]);
        this.stopped = true;
        break;
      }
      const eventRow = new EventRow(row, this.header.columns, this.fileName, this.notes, this.strings);
      const read = checkShape(row, this.header.shape, this.fileName, this.notes) ? this.reader!.read(eventRow) : undefined;
      if (!read || eventRow.skipped) this.skippedRows++;
      else for (const record of read) this.onRecord(record);
    }
    this.sayProblems(Infinity);
  }

  private openHeader(row: CsvRow): boolean {
    const found = eventFormatOfHeader(row.fields);
    if (!found) {
      const written = row.fields.filter((f) => f.trim()).slice(0, 12).map((f) => JSON.stringify(f)).join(", ");
      this.notes.error({ line: row.line, path: "(header)" }, `the header is not that of an ACLED, UCDP GED or UCDP/PRIO dyadic export; it has ${written || "no names"}`, `Choose the CSV file as ACLED or UCDP export it, with its header line; ACLED's has ${REQUIRED_COLUMNS.acled.join(", ")}`, row.fields.join(","));
      this.stopped = true;
      return false;
    }
    this.recognised = found.format;
    if (found.missing.length) {
      this.notes.error(
        { line: row.line, path: "(header)" },
        `the header has most of the columns of ${/^[AEIOU]/.test(EVENT_FORMAT_NAMES[found.format]) ? "an" : "a"} ${EVENT_FORMAT_NAMES[found.format]} export but not ${found.missing.map((c) => `"${c}"`).join(", ")}, without which its events cannot be read; nothing was imported`,
        `Export the file again from ${found.format === "acled" ? "ACLED" : "UCDP"} with all its columns, or put back the missing ones`,
        row.fields.join(","),
      );
      this.stopped = true;
      return false;
    }
    this.header = { row, shape: readHeader<never>(row, {}), columns: columnsOf(row.fields), format: found.format };
    this.reader = READERS[found.format]();
    this.onHeader(found.format);
    return true;
  }

  /** The parser's problems up to `line`, said before the rows after them. */
  private sayProblems(line: number): void {
    const problems = this.stream.problems;
    for (; this.problemsSaid < problems.length && problems[this.problemsSaid].line <= line; this.problemsSaid++) {
      const p = problems[this.problemsSaid];
      this.notes.add(p.severity, { line: p.line, path: "(syntax)" }, p.message, p.fix, p.value);
    }
  }
}
