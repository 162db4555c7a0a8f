/**
 * The imported data sets kept in the browser (IndexedDB, through idb) across reloads: a small
 * summary of each, listed without loading the data, and the data set with its positions in a
 * store of their own, loaded one at a time. Structured clone keeps what JSON would not, such as
 * Infinity in open periods.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { ImportFormat } from "../../import/types";
import type { DataSet } from "../../model/types";
import type { ImportedData } from "../import/import-protocol";

export interface StoredSummary {
  readonly id: string;
  readonly name: string;
  readonly files: readonly string[];
  readonly format: ImportFormat;
  /** ISO 8601; later saves are always later, even within one millisecond, so the list order holds. */
  readonly importedAt: string;
  readonly actors: number;
  readonly relations: number;
}

export interface StoredDataSet extends StoredSummary {
  readonly dataSet: DataSet;
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
  /** The positions are a first layout not yet refined: the explorer refines them when it opens the data set. */
  readonly refine?: boolean;
}

interface StoredData {
  readonly id: string;
  readonly dataSet: DataSet;
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
  readonly refine?: boolean;
}

interface LibrarySchema extends DBSchema {
  summaries: { key: string; value: StoredSummary; indexes: { importedAt: string } };
  data: { key: string; value: StoredData };
}

export const LIBRARY_DB = "faultlines-library";
const VERSION = 1;

export class DataLibrary {
  private constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  /** Rejects when the browser keeps nothing: private browsing, storage disabled for the site. */
  static async open(dbName = LIBRARY_DB): Promise<DataLibrary> {
    if (typeof indexedDB === "undefined") throw unavailable("this browser has no IndexedDB");
    try {
      const db = await openDB<LibrarySchema>(dbName, VERSION, {
        upgrade(db) {
          db.createObjectStore("summaries", { keyPath: "id" }).createIndex("importedAt", "importedAt");
          db.createObjectStore("data", { keyPath: "id" });
        },
        // A newer version of the explorer in another tab needs the database: let it have it.
        blocking() {
          db.close();
        },
      });
      return new DataLibrary(db);
    } catch (e) {
      throw unavailable(e instanceof Error ? e.message : String(e));
    }
  }

  /** Newest first; summaries only. */
  async list(): Promise<StoredSummary[]> {
    const newestFirst: StoredSummary[] = [];
    for (let cursor = await this.db.transaction("summaries").store.index("importedAt").openCursor(null, "prev"); cursor; cursor = await cursor.continue()) newestFirst.push(cursor.value);
    return newestFirst;
  }

  async get(id: string): Promise<StoredDataSet | undefined> {
    const tx = this.db.transaction(["summaries", "data"]);
    const [summary, data] = await Promise.all([tx.objectStore("summaries").get(id), tx.objectStore("data").get(id)]);
    return summary && data ? { ...summary, dataSet: data.dataSet, positions: data.positions, ...(data.refine ? { refine: true } : {}) } : undefined;
  }

  /** Keeps an import under a new id; rejects with a message saying so when the browser has no room for it. */
  async save(data: ImportedData): Promise<StoredSummary> {
    let tx: ReturnType<typeof this.writing> | undefined;
    try {
      tx = this.writing();
      const summaries = tx.objectStore("summaries");
      const newest = await summaries.index("importedAt").openCursor(null, "prev");
      const now = Date.now();
      const importedAt = new Date(newest ? Math.max(now, Date.parse(newest.value.importedAt) + 1) : now).toISOString();
      const summary: StoredSummary = { id: crypto.randomUUID(), name: data.name, files: [...data.files], format: data.format, importedAt, actors: data.dataSet.actors.length, relations: data.dataSet.relations.length };
      await Promise.all([tx.objectStore("data").put({ id: summary.id, dataSet: data.dataSet, positions: data.positions, ...(data.refine ? { refine: true } : {}) }), summaries.put(summary), tx.done]);
      return summary;
    } catch (e) {
      // A full disk aborts the transaction at commit: its error says so, the requests' only that they were aborted.
      const cause = tx?.error ?? e;
      if (cause instanceof DOMException && cause.name === "QuotaExceededError")
        throw new Error(`"${data.name}" is too large to keep in this browser's storage (${data.dataSet.actors.length} actors, ${data.dataSet.relations.length} relations): it stays open until the page is closed. To make room, delete data sets you no longer need`, { cause });
      throw new Error(`"${data.name}" could not be kept in this browser's storage (${cause instanceof Error ? cause.message : String(cause)}): it stays open until the page is closed`, { cause });
    }
  }

  /**
   * Replaces a kept data set's positions with where its layout settled, so a reload opens there
   * and does not refine again. Nothing happens when the data set is no longer kept.
   */
  async keepLayout(id: string, positions: Readonly<Record<string, readonly [number, number]>>): Promise<void> {
    const tx = this.db.transaction("data", "readwrite");
    const data = await tx.store.get(id);
    if (data) await tx.store.put({ id, dataSet: data.dataSet, positions });
    await tx.done;
  }

  private writing() {
    return this.db.transaction(["summaries", "data"], "readwrite");
  }

  async delete(id: string): Promise<void> {
    const tx = this.writing();
    await Promise.all([tx.objectStore("summaries").delete(id), tx.objectStore("data").delete(id), tx.done]);
  }

  /** Lets go of the database, e.g. before deleting it. */
  close(): void {
    this.db.close();
  }
}

function unavailable(why: string): Error {
  return new Error(`IndexedDB is unavailable (${why}), as in private browsing or when the site may not store data: imported data sets cannot be kept, and each import lasts until the page is closed`);
}
