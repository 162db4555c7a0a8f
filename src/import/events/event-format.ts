/**
 * Which event data set a file is, from its header's columns, whatever the file is called. The
 * columns each reader needs, as the codebooks name them:
 * - ACLED: the ACLED Codebook (2019, with the column changes of March 2023: disorder_type,
 *   civilian_targeting, tags) and the API's exports of 2024–25, whose inter1/inter2 are words.
 * - UCDP GED: the UCDP Georeferenced Event Dataset Codebook, versions 23.1 to 25.1.
 * - UCDP/PRIO dyadic: the UCDP Dyadic Dataset Codebook, versions 23.1 to 25.1 (one row per dyad
 *   and year of the UCDP/PRIO Armed Conflict Dataset).
 * Headers are compared as the CSV importer compares them: any case, "_" the same as a space.
 *
 * A header with most of a format's columns but not all is that format with columns removed (a
 * spreadsheet's "delete column"), not a relation list: read as one, its actor1/actor2 and
 * event_type would import silently as relations without dates, kinds or deaths. It goes to the
 * event importer, which refuses it naming the missing columns.
 */
import { headerKey } from "../csv/columns";
import { detectDelimiter, parseCsv } from "../csv/parse";
import type { EventFormat } from "./types";

/** The columns a format's reader cannot do without; each reader reads more when present. */
export const REQUIRED_COLUMNS: Readonly<Record<EventFormat, readonly string[]>> = {
  acled: ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2"],
  "ucdp-ged": ["id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "date_prec", "best"],
  "ucdp-dyadic": ["dyad_id", "year", "side_a", "side_b", "side_a_2nd", "side_b_2nd", "type_of_conflict", "intensity_level"],
};

/** More than this share of a format's columns makes a header that format, whole or broken. */
const MOST = 0.6;

export interface HeaderFormat {
  readonly format: EventFormat;
  /** Required columns the header lacks, as the codebook names them; empty for a whole header. */
  readonly missing: readonly string[];
}

/** The event format whose columns the header cells hold most of, or null when none is near. */
export function eventFormatOfHeader(cells: readonly string[]): HeaderFormat | null {
  const present = new Set(cells.map(headerKey));
  let best: HeaderFormat | null = null;
  let bestShare = MOST;
  for (const format of Object.keys(REQUIRED_COLUMNS) as EventFormat[]) {
    const required = REQUIRED_COLUMNS[format];
    const missing = required.filter((c) => !present.has(headerKey(c)));
    const share = (required.length - missing.length) / required.length;
    if (share > bestShare || (share === bestShare && best && missing.length < best.missing.length)) {
      best = { format, missing };
      bestShare = share;
    }
  }
  return best;
}

/** The event format of a file from its first line (the first few kilobytes will do), or null. */
export function eventFormatOf(head: string): HeaderFormat | null {
  const firstLine = head.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, 1)[0];
  if (!firstLine.trim()) return null;
  const [header] = parseCsv(firstLine, detectDelimiter(firstLine, "")).rows;
  return header ? eventFormatOfHeader(header.fields) : null;
}

/** Column positions by the codebook's names, for the readers. */
export type EventColumns = ReadonlyMap<string, number>;

/** Each header cell's position by its normalised name; the first of a repeated name wins. */
export function columnsOf(cells: readonly string[]): EventColumns {
  const columns = new Map<string, number>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}
