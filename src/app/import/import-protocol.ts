/**
 * What the import client and the import worker say to each other, and what an import gives the
 * app. The page posts one request (the File objects, the taxonomy, the type mapping); the worker
 * answers with progress, then one outcome. DataSets cross as they are: structured clone keeps
 * Infinity in Period.first/last.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { ImportFormat, ImportProgress, ImportReport } from "../../import/types";
import type { DataSet, Taxonomy } from "../../model/types";

export interface ImportedData {
  /** A display name: the file's name without extension (or the common stem). */
  readonly name: string;
  readonly files: readonly string[];
  readonly format: ImportFormat;
  readonly dataSet: DataSet;
  /** Every actor's position: from the file (GEXF viz) when it gives them all, else a ForceAtlas2 layout computed in the worker. */
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
  readonly report: ImportReport;
  readonly unknownTypes: readonly string[];
}

export type ImportOutcome =
  | { readonly kind: "ok"; readonly data: ImportedData }
  | { readonly kind: "failed"; readonly format: ImportFormat | null; readonly report: ImportReport }
  | { readonly kind: "cancelled" };

export interface ImportRequest {
  readonly files: readonly File[];
  readonly taxonomy: Taxonomy;
  readonly typeMapping?: TypeMapping;
  /**
   * A Web Lock the worker holds while it lives. The page waits on it too, so a worker that dies
   * without an error event (out of memory, say) still ends the import instead of leaving it pending.
   */
  readonly lock: string;
}

export type WorkerMessage =
  /** The worker holds the lock and has begun. */
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly progress: ImportProgress }
  | { readonly type: "finished"; readonly outcome: Exclude<ImportOutcome, { kind: "cancelled" }> }
  /** Something threw inside the worker: a bug, not a bad file (importers report those). */
  | { readonly type: "crashed"; readonly message: string };
