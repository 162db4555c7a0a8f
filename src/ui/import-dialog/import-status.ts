/**
 * What the import dialog shows, set by the app root: the data sets it can switch between, and
 * the state of the import: nothing under way, files being read (with progress), or the report
 * of a finished import, which may have failed.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { ImportFormat, ImportReport } from "../../import/types";
import type { ActorMatch, EventTypeMapping, MappingRow } from "../../import/events/types";
import type { ImportStep } from "./progress-label";

/** One entry of the list of data sets. */
export interface DataSetEntry {
  readonly id: string;
  readonly name: string;
  /** e.g. "26 actors, 96 relations · imported 1 Dec 2026 from ttp.gexf" */
  readonly detail: string;
  /** The one on screen. */
  readonly current: boolean;
  /** Imported ones can be deleted; the bundled one cannot. */
  readonly removable: boolean;
}

/** What an event import's report shows for the user to change: the mapping, and the gap within which events merge. */
export interface EventReport {
  readonly rows: readonly MappingRow[];
  readonly gapDays: number;
  /** The answers given so far, category → relation type id or LEAVE_OUT. */
  readonly answers: EventTypeMapping;
}

export type ImportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly files: readonly string[]; readonly progress: ImportStep | null }
  | {
      readonly kind: "report";
      /** Whether there is a data set to open; false when the file could not be used at all. */
      readonly ok: boolean;
      readonly format: ImportFormat | null;
      readonly report: ImportReport;
      /** Relation type names the taxonomy lacks (CSV), for the user to map or keep. */
      readonly unknownTypes: readonly string[];
      /** The answers given so far for those names. */
      readonly mapping: TypeMapping;
      /** Event data: how each category became a relation type, and the merging gap it was read with. */
      readonly events?: EventReport;
      /** Added to the data set on screen: its name, and how the file's actors were matched to its actors. */
      readonly into?: { readonly name: string; readonly matches: readonly ActorMatch[] };
    };
