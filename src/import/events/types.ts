/**
 * Event data (ACLED, UCDP GED, the UCDP/PRIO dyadic data set) on its way to relations: each row
 * read into an EventRecord (who, what kind of event, when at the precision the file gives, the
 * words, the deaths), then assembled: events of one kind between one pair, close in time, become
 * one relation whose periods cover them, each event a piece of evidence on it.
 *
 * The readers (one per format) know the columns; the assembler knows the taxonomy, the mapping
 * from each format's event categories to relation types, the merging rule and the actors.
 */
import type { Period } from "../../model/dates";
import type { DataSet } from "../../model/types";

/** The event data sets the explorer reads, told apart by their columns (event-format.ts). */
export type EventFormat = "acled" | "ucdp-ged" | "ucdp-dyadic";

/** What the report calls each format. */
export const EVENT_FORMAT_NAMES: Readonly<Record<EventFormat, string>> = {
  acled: "ACLED",
  "ucdp-ged": "UCDP GED",
  "ucdp-dyadic": "UCDP/PRIO dyadic",
};

/** An actor as a row names it, with what the row says of its kind. */
export interface EventActor {
  /** The name as written, e.g. "Military Forces of Pakistan (2024-)" or "TTP: Tehrik-i-Taliban Pakistan". */
  readonly name: string;
  /** The kind the row implies (ACLED inter codes, UCDP's sides): an actor kind id, e.g. "state", "armed-group", "civilians". */
  readonly kind: string;
}

/** One row of an event file, read. A row that names two actors and a date gives one record. */
export interface EventRecord {
  /** 1-based line of the row in its file, for the report. */
  readonly line: number;
  /** The event's id in its data set: ACLED `event_id_cnty`, UCDP GED `id`, dyadic `dyad_id` and year. */
  readonly id: string;
  readonly sideA: EventActor;
  readonly sideB: EventActor;
  /**
   * The kind of event, as the mapping knows it: "Battles: Armed clash" (ACLED event and
   * sub-event type), "State-based violence" (UCDP type_of_violence), "Secondary support" ...
   * The mapping (event-mapping.ts) turns it into a relation type and a direction.
   */
  readonly category: string;
  /** When, at the precision the file gives: a day, "[2025-03-03..2025-03-09]" for one day in a week, a month, a year. */
  readonly period: Period;
  /** The event's words: ACLED `notes`, UCDP GED `source_headline`; "" when the row has none. */
  readonly quote: string;
  /** Whom the data set cites: ACLED `source`, UCDP GED `source_article`. */
  readonly reportedBy?: string;
  /** Deaths the row counts: ACLED `fatalities`, UCDP GED `best`. */
  readonly fatalities?: number;
  /** Where, in words: location, admin1, country. */
  readonly place?: string;
}

/**
 * The user's answers: category → relation type id, or LEAVE_OUT to import none of that
 * category's events. Categories not answered take the default mapping.
 */
export type EventTypeMapping = Readonly<Record<string, string>>;
export const LEAVE_OUT = "";

/** One line of the mapping the report shows, for the user to change. */
export interface MappingRow {
  readonly category: string;
  /** Events of this category in the file. */
  readonly events: number;
  /** The relation type id they became, or LEAVE_OUT. */
  readonly type: string;
  /** Whether side A acts on side B (a strike), or the pair is taken as undirected (a clash). */
  readonly directed: boolean;
  /** Why: "the user's choice", or the default's reason, e.g. "CAMEO 190 (use conventional military force)". */
  readonly why: string;
  readonly byUser: boolean;
}

/** How an actor name of the file became an actor of the data set, for the report. */
export interface ActorMatch {
  readonly name: string;
  /** The actor's id in the result. */
  readonly actor: string;
  /**
   * "label", "alias" or "id": the name is the existing actor's; "rule": a rule of naming made it
   * one ("Military Forces of Pakistan (2024-)" is Pakistan), said in `rule`; "created": a new actor.
   */
  readonly how: "label" | "alias" | "id" | "rule" | "created";
  readonly rule?: string;
  /** Events naming it. */
  readonly events: number;
  /** The actor's label, where the report is shown with the data set at hand (the import dialog). */
  readonly label?: string;
}

export interface EventImportOptions {
  /**
   * Events of one category and pair at most this many days apart (from the last day one may have
   * been to the first day the next may have been) fall in one period of one relation. Default 30.
   */
  readonly gapDays?: number;
  readonly mapping?: EventTypeMapping;
  /** The data set imported into: actor names are matched to its actors by label, alias and id. */
  readonly into?: DataSet;
}

export const DEFAULT_GAP_DAYS = 30;
