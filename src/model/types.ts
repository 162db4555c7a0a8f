/**
 * The domain: actors, their typed and dated relations, the taxonomy that gives relation types
 * their meaning, and the documents that relations cite. These are the resolved, validated
 * records the rest of the tool reads; the file shapes they come from are in records.ts.
 */
import type { PartialDate, Period } from "./dates";

export type Confidence = "low" | "medium" | "high";
export const CONFIDENCE_LEVELS: readonly Confidence[] = ["low", "medium", "high"];
export const confidenceRank = (c: Confidence): number => CONFIDENCE_LEVELS.indexOf(c);

/** -1: the relation works against the target; +1: for it; 0: neither (mediation, structure). */
export type Sign = -1 | 0 | 1;

export interface ActorKind {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

export interface RelationFamily {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

/** Mapping Militants' vocabulary for ties between militant organisations. */
export type MappingMilitantsRelation = "affiliate" | "ally" | "merger" | "rival" | "split";

/**
 * Whether a relation type is something that happens on some day (an event: a strike, a meeting)
 * or something that holds through a span (a state: an alliance, a rivalry). It says how a date
 * is read in words ("sometime in Mar 2026" against "since Mar 2026") and which periods are odd
 * (an event with an open end). Types that do not say are states.
 */
export type Timing = "event" | "state";

export interface RelationType {
  readonly id: string;
  readonly label: string;
  readonly family: string;
  readonly sign: Sign;
  readonly directed: boolean;
  readonly description?: string;
  /** The closest CAMEO event code(s) and PLOVER category, for mapping event data in. */
  readonly cameo: readonly string[];
  readonly plover: string | null;
  readonly mappingMilitants: MappingMilitantsRelation | null;
  /** Omitted: "state". */
  readonly timing?: Timing;
}

export interface Taxonomy {
  readonly families: readonly RelationFamily[];
  readonly types: readonly RelationType[];
  readonly kinds: readonly ActorKind[];
}

/** A dated change of an actor's kind or name: from `from` on, it is of `kind` or goes by `label`. */
export interface ActorChange {
  readonly from: PartialDate;
  readonly kind?: string;
  readonly label?: string;
  readonly note?: string;
}

export interface Actor {
  readonly id: string;
  /** The label and kind before the first of `changes` (or always, when there are none). */
  readonly label: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly lifetime?: Period;
  /** In date order; see actor-time.ts for the kind and label on a day. */
  readonly changes?: readonly ActorChange[];
}

export interface Evidence {
  /** Id of a Source. */
  readonly source: string;
  readonly quote: string;
  /** Where in the source, e.g. "¶4" or "p. 3", or an event's id in an event data set. */
  readonly location?: string;
  /**
   * When what the quote tells happened, at the precision the source gives: an event's day, its
   * month, or "[2025-03-03..2025-03-09]" for one day somewhere in a week (ACLED and UCDP dates).
   */
  readonly date?: Period;
  /** Deaths the source counts for what the quote tells (an event's fatalities); absent when it counts none. */
  readonly fatalities?: number;
}

export interface Relation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly directed: boolean;
  /** Sorted by start, never overlapping. */
  readonly periods: readonly Period[];
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  readonly note?: string;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly author?: string;
  readonly publisher?: string;
  readonly date?: PartialDate;
  /** The document's file name (for documents shipped with the data), or its URL, or both. */
  readonly file?: string;
  readonly url?: string;
}

export interface DataSet {
  readonly taxonomy: Taxonomy;
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
}
