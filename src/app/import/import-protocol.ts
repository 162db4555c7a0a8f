/**
 * What the import client and the import worker say to each other, and what an import gives the
 * app. The page posts one request (the File objects, the taxonomy, the answers given so far, the
data set on screen when the files are added to it); the worker
 * answers with progress, then one outcome. DataSets cross as they are: structured clone keeps
 * Infinity in Period.first/last.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { ActorMatch, EventImportOptions, MappingRow } from "../../import/events/types";
import type { ImportFormat, ImportReport } from "../../import/types";
import type { ActorPositions } from "../../look/layout-data-set";
import type { DataSet, Taxonomy } from "../../model/types";
import type { ImportStep } from "../../ui/import-dialog/progress-label";

export interface ImportedData {
  /** A display name: the file's name without extension (or the common stem). */
  readonly name: string;
  readonly files: readonly string[];
  readonly format: ImportFormat;
  readonly dataSet: DataSet;
  /** Every actor's position: from the file (GEXF viz) when it gives them all, else a ForceAtlas2 layout computed in the worker. */
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
  /** The positions are a large data set's first layout (look/first-layout.ts): the explorer refines them once it is open. */
  readonly refine?: boolean;
  readonly report: ImportReport;
  readonly unknownTypes: readonly string[];
  /** Event data: how each category of event became a relation type, for the user to change. */
  readonly eventMapping?: readonly MappingRow[];
  /** Imported into the data set on screen: how each actor of the file was matched to its actors, or created. */
  readonly actorMatches?: readonly ActorMatch[];
}

/** The data set on screen, when the user adds the files to it: what is merged into, and where its actors are drawn now. */
export interface ImportTarget {
  readonly name: string;
  readonly dataSet: DataSet;
  /** The positions its actors have on screen: the merged data set keeps them, and only new actors are laid out. */
  readonly positions: ActorPositions;
}

export type ImportOutcome =
  | { readonly kind: "ok"; readonly data: ImportedData }
  | { readonly kind: "failed"; readonly format: ImportFormat | null; readonly report: ImportReport }
  | { readonly kind: "cancelled" };

export interface ImportRequest {
  readonly files: readonly File[];
  readonly taxonomy: Taxonomy;
  readonly typeMapping?: TypeMapping;
  /** Event data: the merging gap and the user's answers for the categories of events. */
  readonly events?: Pick<EventImportOptions, "gapDays" | "mapping">;
  /** Add the files to this data set (the one on screen) instead of opening them as a new one. */
  readonly into?: ImportTarget;
  /**
   * A Web Lock the worker holds while it lives. The page waits on it too, so a worker that dies
   * without an error event (out of memory, say) still ends the import instead of leaving it pending.
   */
  readonly lock: string;
}

export type WorkerMessage =
  /** The worker holds the lock and has begun. */
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly progress: ImportStep }
  | { readonly type: "finished"; readonly outcome: Exclude<ImportOutcome, { kind: "cancelled" }> }
  /** Something threw inside the worker: a bug, not a bad file (importers report those). */
  | { readonly type: "crashed"; readonly message: string };
