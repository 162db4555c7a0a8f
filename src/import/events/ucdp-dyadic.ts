/**
 * UCDP/PRIO dyadic rows to event records, as the UCDP Dyadic Dataset Codebook (versions 23.1 to
 * 25.1) describes them: one row per dyad (two warring sides) and year in which their fighting
 * caused at least 25 battle-related deaths.
 * - The record is the dyad's year: period = that year; category from type_of_conflict (1
 *   extrasystemic, 2 interstate, 3 intrastate, 4 internationalized intrastate armed conflict).
 * - side_a is a government (a state); side_b is a state in an interstate conflict, else an
 *   armed group (a state too when it is a "Government of ...").
 * - side_a_2nd / side_b_2nd list the states that supported a side with troops: each gives a
 *   "Secondary warring party" record, the supporter (sideA) with the side it fought for (sideB).
 * - The data set has no words and no per-year death count (intensity_level is a band, 25–999 or
 *   1,000 and more): the evidence honestly says only that the data set lists the dyad for that
 *   year. Its quote is empty, reportedBy names the data set (with its version when the file has
 *   a version column), and the report says the data set has no text.
 */
import type { DiagnosticCollector } from "../kit/report";
import { isGovernment, periodOf, placeOf, type EventReader, type EventRow } from "./event-row";
import type { EventActor, EventRecord } from "./types";

/** type_of_conflict, as the codebook names each. */
export const CONFLICT_TYPES: Readonly<Record<string, string>> = { "1": "Extrasystemic", "2": "Interstate", "3": "Intrastate", "4": "Internationalized intrastate" };

/** The category of a state that fought beside one of the sides with its own troops. */
export const SECONDARY_WARRING_PARTY = "Secondary warring party";

/** Whom the evidence cites: the data set itself. */
export const DYADIC_DATA_SET = "UCDP Dyadic Dataset";

/**
 * The states in a side_a_2nd / side_b_2nd cell, which UCDP separates with commas. A list of
 * governments is cut only before each "Government of", so a comma inside one state's name
 * ("Government of Yemen (North Yemen)" has none, but a future name might) does not split it.
 */
export const statesIn = (cell: string): string[] =>
  (isGovernment(cell.trim()) ? cell.split(/,\s*(?=government of\s)/i) : cell.split(",")).map((s) => s.trim()).filter(Boolean);

export class UcdpDyadicReader implements EventReader {
  readonly format = "ucdp-dyadic" as const;
  private secondary = 0;

  read(row: EventRow): readonly EventRecord[] {
    const dyad = row.cell("dyad_id");
    if (!dyad) return row.bad("dyad_id", "the row has no dyad_id", "Give each row its UCDP dyad id, or export the file again from UCDP") ?? [];
    const year = row.cell("year");
    const period = /^\d{4}$/.test(year) ? periodOf(year) : undefined;
    if (!period) return row.bad("year", `year ${JSON.stringify(year)} is not a year`, 'Write the year with four digits, e.g. "2024"') ?? [];
    const category = CONFLICT_TYPES[row.cell("type_of_conflict")];
    if (!category) return row.bad("type_of_conflict", `type_of_conflict ${JSON.stringify(row.cell("type_of_conflict"))} is none of UCDP's 1–4`, "Write 1 (extrasystemic), 2 (interstate), 3 (intrastate) or 4 (internationalized intrastate)") ?? [];
    const nameA = row.cell("side_a");
    if (!nameA) return row.bad("side_a", "the row has no side_a", 'Name side A, e.g. "Government of Pakistan"') ?? [];
    const nameB = row.cell("side_b");
    if (!nameB) return row.bad("side_b", "the row has no side_b", 'Name side B, e.g. "TTP"') ?? [];

    const version = row.cell("version");
    const common = { line: row.line, period, quote: "", reportedBy: row.keep(version ? `${DYADIC_DATA_SET} ${version}` : DYADIC_DATA_SET), ...(row.cell("location") ? { place: row.kept("location") } : {}) };
    const sideA: EventActor = { name: row.keep(nameA), kind: "state" };
    const sideB: EventActor = { name: row.keep(nameB), kind: category === CONFLICT_TYPES["2"] || isGovernment(nameB) ? "state" : "armed-group" };
    const records: EventRecord[] = [{ ...common, id: row.keep(`${dyad}:${year}`), sideA, sideB, category }];
    for (const [column, side] of [["side_a_2nd", sideA], ["side_b_2nd", sideB]] as const)
      for (const state of statesIn(row.cell(column))) {
        records.push({ ...common, id: row.keep(`${dyad}:${year}:${column}`), sideA: { name: row.keep(state), kind: "state" }, sideB: side, category: SECONDARY_WARRING_PARTY });
        this.secondary++;
      }
    return records;
  }

  finish(notes: DiagnosticCollector, file: string): Readonly<Record<string, number>> {
    notes.warn({ file, path: "(evidence)" }, `the UCDP/PRIO dyadic data set has no text: each piece of evidence only says that the ${DYADIC_DATA_SET} lists the dyad for that year, with no quote and no count of deaths`, "Add quotes from the UCDP Conflict Encyclopedia or the GED events of those years where you need words");
    return { secondaryWarringParties: this.secondary };
  }
}
