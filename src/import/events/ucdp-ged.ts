/**
 * UCDP GED rows to event records, as the UCDP Georeferenced Event Dataset Codebook (versions
 * 23.1 to 25.1) describes them:
 * - date_start and date_end are the earliest and the latest day the event may have happened;
 *   date_prec (1 the exact day ... 5 only the year, or a span of more than a month) says how
 *   wide that is. The record takes the span the file gives: the day when both are one day, else
 *   one day somewhere in the span, "[2024-03-01..2024-03-31]". No day is invented.
 * - type_of_violence 1–3 is the category: state-based, non-state, one-sided violence.
 * - side_a "Government of X" is a state (in one-sided violence too: a government's violence
 *   against civilians is a state's); any other side is an armed group; side_b of one-sided
 *   violence is the civilians.
 * - best (the best estimate of deaths) → fatalities, source_headline → the quote,
 *   source_article → reportedBy, where_coordinates/adm_1/country → the place.
 * Timestamps some releases add to dates ("2024-03-01 00:00:00.000") are read as the day.
 */
import type { DiagnosticCollector } from "../kit/report";
import { isGovernment, isoDay, periodOf, placeOf, type EventReader, type EventRow } from "./event-row";
import type { EventRecord } from "./types";

/** type_of_violence, as the codebook names each. */
export const VIOLENCE_TYPES: Readonly<Record<string, string>> = { "1": "State-based violence", "2": "Non-state violence", "3": "One-sided violence" };

const dayOf = (text: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]*)?$/.exec(text);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
};

export class UcdpGedReader implements EventReader {
  readonly format = "ucdp-ged" as const;

  read(row: EventRow): readonly EventRecord[] {
    const id = row.cell("id");
    if (!id) return row.bad("id", "the event has no id", "Give each event its UCDP GED id, or export the file again from UCDP") ?? [];
    const category = VIOLENCE_TYPES[row.cell("type_of_violence")];
    if (!category) return row.bad("type_of_violence", `type_of_violence ${JSON.stringify(row.cell("type_of_violence"))} is none of UCDP's 1, 2 or 3`, "Write 1 (state-based), 2 (non-state) or 3 (one-sided violence)") ?? [];
    const sideA = row.cell("side_a");
    if (!sideA) return row.bad("side_a", "the event has no side_a", 'Name side A, e.g. "Government of Pakistan"') ?? [];
    const sideB = row.cell("side_b");
    if (!sideB) return row.bad("side_b", "the event has no side_b", 'Name side B, e.g. "TTP" or "Civilians"') ?? [];
    const start = dayOf(row.cell("date_start"));
    if (!start) return row.bad("date_start", `date_start ${JSON.stringify(row.cell("date_start"))} is not a day of the calendar`, 'Write the earliest day as "2024-03-01"') ?? [];
    const end = dayOf(row.cell("date_end"));
    if (!end) return row.bad("date_end", `date_end ${JSON.stringify(row.cell("date_end"))} is not a day of the calendar`, 'Write the latest day as "2024-03-31"') ?? [];
    if (end < start) return row.bad("date_end", `date_end ${end} is before date_start ${start}`, "Swap the two dates or correct one of them") ?? [];
    const period = periodOf(start === end ? start : `[${start}..${end}]`);
    if (!period) return row.bad("date_start", `the dates ${start} to ${end} cannot be read as a period`, 'Write both as "2024-03-01"') ?? [];
    if (!/^[1-5]$/.test(row.cell("date_prec")))
      row.warn("date_prec", `date_prec ${JSON.stringify(row.cell("date_prec"))} is none of UCDP's 1–5; the event is dated by date_start and date_end alone`, "Write 1 (the exact day) to 5 (only the year is known)");
    const fatalities = row.deaths("best", "Write UCDP's best estimate of deaths, 0 if none");
    if (fatalities === null) return [];

    const oneSided = row.cell("type_of_violence") === "3";
    const place = placeOf(row.cell("where_coordinates"), row.cell("adm_1"), row.cell("country"));
    return [
      {
        line: row.line,
        id: row.keep(id),
        sideA: { name: row.keep(sideA), kind: isGovernment(sideA) ? "state" : "armed-group" },
        sideB: { name: row.keep(sideB), kind: oneSided ? "civilians" : isGovernment(sideB) ? "state" : "armed-group" },
        category,
        period,
        quote: row.kept("source_headline"),
        ...(row.cell("source_article") ? { reportedBy: row.kept("source_article") } : {}),
        ...(fatalities === undefined ? {} : { fatalities }),
        ...(place ? { place: row.keep(place) } : {}),
      },
    ];
  }

  finish(_notes: DiagnosticCollector, _file: string): Readonly<Record<string, number>> {
    return {};
  }
}
