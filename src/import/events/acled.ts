/**
 * ACLED rows to event records, as the ACLED Codebook (2019, columns as changed in March 2023)
 * describes them and its exports write them:
 * - event_date as "2025-03-04" (the API, R and Python exports) or "04 March 2025" (the export
 *   tool's spreadsheets). time_precision 1: that day; 2: the source gives only a week or a
 *   weekend, and ACLED codes the event on its middle day, so the event is one day somewhere in
 *   the week around it, "[2025-03-01..2025-03-07]"; 3: the source gives only the month (coded
 *   in the middle of it), so the event is that month, "2025-03". No day is made more precise
 *   than the codebook allows.
 * - inter1/inter2 as codes 1–8 or, in newer exports, as words ("State forces" ... "External/Other
 *   forces"); each gives the actor's kind in the taxonomy (KIND_BY_INTER).
 * - An event with no actor2 (most protests and riots) is no relation between two actors: it gives
 *   no record, and the file's report counts them in one line.
 * - assoc_actor_1/assoc_actor_2 ("A; B") give "Associated actor" records: the associated actor
 *   stands with actor1 (or actor2). ACLED codes no type for them; they take their actor's kind.
 * - notes → the quote, source → reportedBy, fatalities, location/admin1/country → the place.
 *   Coordinates are not read (a missing latitude or longitude is no problem).
 * actor1/actor2 carry no direction (the codebook: they "do not imply directionality"): the record
 * keeps the file's order; the mapping decides, by event type, whether the order means anything.
 */
import { dayToIso, utcDay } from "../../model/dates";
import type { DiagnosticCollector } from "../kit/report";
import { isoDay, periodOf, placeOf, type EventReader, type EventRow } from "./event-row";
import type { EventRecord } from "./types";

/** The category of an associated actor's record: it stands with the actor it is listed beside. */
export const ASSOCIATED_ACTOR = "Associated actor";

/** ACLED's actor types (inter codes) and the taxonomy kind each becomes. */
const INTER_TYPES: readonly { readonly code: number; readonly words: string; readonly kind: string }[] = [
  { code: 1, words: "State forces", kind: "state" },
  { code: 2, words: "Rebel group", kind: "armed-group" },
  { code: 3, words: "Political militia", kind: "armed-group" },
  { code: 4, words: "Identity militia", kind: "armed-group" },
  // Crowds with a cause, not organisations: the nearest kind is a non-armed movement.
  { code: 5, words: "Rioters", kind: "party-movement" },
  { code: 6, words: "Protesters", kind: "party-movement" },
  { code: 7, words: "Civilians", kind: "civilians" },
  // Peacekeepers, international organisations, private security firms.
  { code: 8, words: "External/Other forces", kind: "international-organisation" },
];

/** Words compared without case, punctuation or a plural s: "Rebel groups", "rebel group", "EXTERNAL/OTHER FORCES". */
const wordsKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, "").replace(/s$/, "").replace(/^protestor$/, "protester");
const KIND_BY_INTER = new Map<string, string>(INTER_TYPES.flatMap((t) => [[String(t.code), t.kind], [wordsKey(t.words), t.kind]]));
const INTER_HELP = `Write a code 1–8 or its words: ${INTER_TYPES.map((t) => `${t.code} "${t.words}"`).join(", ")}`;

const MONTH_NUMBERS = new Map(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1]]));
const DATE_HELP = 'Write the day as ACLED exports it: "2025-03-04" or "04 March 2025"';

/** The day of an ACLED event_date, ISO or "04 March 2025" (also with hyphens), or undefined. */
export function acledDay(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  const month = words && MONTH_NUMBERS.get(words[2].toLowerCase());
  return words && month ? isoDay(Number(words[3]), month, Number(words[1])) : undefined;
}

/** The event's period at its time_precision; `day` is the coded day, ISO. */
function periodAt(day: string, precision: string): string | undefined {
  if (precision === "1") return day;
  if (precision === "3") return day.slice(0, 7);
  if (precision !== "2") return undefined;
  const [y, m, d] = day.split("-").map(Number);
  // The codebook codes a week's event on its middle day: three days either side are the week.
  return `[${dayToIso(utcDay(y, m - 1, d - 3))}..${dayToIso(utcDay(y, m - 1, d + 3))}]`;
}

export class AcledReader implements EventReader {
  readonly format = "acled" as const;
  private withoutActor2 = 0;
  private associated = 0;

  read(row: EventRow): readonly EventRecord[] {
    const id = row.cell("event_id_cnty");
    if (!id) return row.bad("event_id_cnty", "the event has no event_id_cnty", "Give each event its ACLED id, e.g. \"PAK12345\", or export the file again from ACLED") ?? [];
    const day = acledDay(row.cell("event_date"));
    if (!day) return row.bad("event_date", `event_date ${JSON.stringify(row.cell("event_date"))} is not a day of the calendar`, DATE_HELP) ?? [];
    const edtf = periodAt(day, row.cell("time_precision"));
    const period = edtf === undefined ? undefined : periodOf(edtf);
    const precision = row.cell("time_precision");
    if (!period)
      return (
        row.bad(
          "time_precision",
          precision ? `time_precision ${JSON.stringify(precision)} is none of ACLED's 1 (the day), 2 (a week) or 3 (a month)` : "time_precision is empty, so how precise the date is cannot be told",
          "Write 1 (the day), 2 (a week) or 3 (a month), as the ACLED codebook defines them",
        ) ?? []
      );
    const eventType = row.cell("event_type");
    if (!eventType) return row.bad("event_type", "the event has no event_type", 'Give ACLED\'s event type, e.g. "Battles" or "Explosions/Remote violence"') ?? [];
    const actor1 = row.cell("actor1");
    if (!actor1) return row.bad("actor1", "the event has no actor1", 'Name the actor, e.g. "Military Forces of Pakistan (2024-)"') ?? [];
    const kind1 = this.kind(row, "inter1");
    if (!kind1) return [];
    const actor2 = row.cell("actor2");
    const kind2 = actor2 ? this.kind(row, "inter2") : undefined;
    if (actor2 && !kind2) return [];
    const fatalities = row.deaths("fatalities", "Write the number of reported deaths, 0 if none");
    if (fatalities === null) return [];

    const subEventType = row.cell("sub_event_type");
    const place = placeOf(row.cell("location"), row.cell("admin1"), row.cell("country"));
    const reportedBy = row.kept("source");
    const common = {
      line: row.line,
      id: row.keep(id),
      period,
      quote: row.kept("notes"),
      ...(reportedBy ? { reportedBy } : {}),
      ...(place ? { place: row.keep(place) } : {}),
    };
    const side1 = { name: row.keep(actor1), kind: kind1 };
    const side2 = actor2 ? { name: row.keep(actor2), kind: kind2! } : undefined;
    const records: EventRecord[] = [];
    if (side2) records.push({ ...common, sideA: side1, sideB: side2, category: row.keep(subEventType ? `${eventType}: ${subEventType}` : eventType), ...(fatalities === undefined ? {} : { fatalities }) });
    else this.withoutActor2++;
    // Deaths belong to the event, counted once on its main record, not again on its associations.
    for (const [column, side] of [["assoc_actor_1", side1], ["assoc_actor_2", side2]] as const)
      for (const name of side ? namesIn(row.cell(column)) : []) {
        if (name === side!.name) continue;
        records.push({ ...common, sideA: { name: row.keep(name), kind: side!.kind }, sideB: side!, category: ASSOCIATED_ACTOR });
        this.associated++;
      }
    return records;
  }

  private kind(row: EventRow, column: "inter1" | "inter2"): string | undefined {
    const text = row.cell(column);
    const kind = KIND_BY_INTER.get(/^\d+$/.test(text) ? String(Number(text)) : wordsKey(text));
    return kind ?? row.bad(column, text ? `${column} ${JSON.stringify(text)} is none of ACLED's actor types` : `${column} is empty, so what ${column === "inter1" ? "actor1" : "actor2"} is cannot be told`, INTER_HELP);
  }

  finish(notes: DiagnosticCollector, file: string): Readonly<Record<string, number>> {
    if (this.withoutActor2)
      notes.warn({ file, path: "(events)" }, `${this.withoutActor2} event${this.withoutActor2 > 1 ? "s name" : " names"} no actor2 (most are protests or riots): a relation needs two actors, so they give none${this.associated ? ", though their associated actors may" : ""}`, "Nothing to do, unless you need them: the explorer shows ties between two actors");
    if (this.associated)
      notes.warn({ file, path: "(events)" }, `${this.associated} associated actor${this.associated > 1 ? "s (assoc_actor_1, assoc_actor_2) give" : " (assoc_actor_1, assoc_actor_2) gives"} an "${ASSOCIATED_ACTOR}" relation to the actor it stands with; ACLED gives no type for them, so each takes that actor's kind`, "Change an actor's kind in the explorer where it is wrong, or leave out the category in the mapping");
    return { eventsWithoutActor2: this.withoutActor2, associatedActors: this.associated };
  }
}

/** ACLED lists associated actors separated by semicolons. */
const namesIn = (cell: string): string[] => cell.split(";").map((n) => n.trim()).filter(Boolean);
