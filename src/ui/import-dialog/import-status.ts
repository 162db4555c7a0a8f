/**
 * What the import dialog shows, set by the app root: the data sets it can switch between, and
 * the state of the import: nothing under way, files being read (with progress), or the report
 * of a finished import, which may have failed.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { ImportFormat, ImportProgress, ImportReport } from "../../import/types";

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

export type ImportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly files: readonly string[]; readonly progress: ImportProgress | null }
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
    };
