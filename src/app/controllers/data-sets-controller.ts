/**
 * The data sets the user can switch between: the bundled one, and those imported earlier, kept
 * in the browser's IndexedDB so a reload loses nothing. Where the browser keeps nothing
 * (private windows, storage turned off, a data set over the quota), imports stay open for the
 * life of the page and the user is told why. A Lit reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ImportFormat } from "../../import/types";
import type { DataSet } from "../../model/types";
import type { DataSetEntry } from "../../ui/import-dialog/import-status";
import { BUNDLED_ID } from "../session/data-source";
import type { ImportedData } from "../import/import-client";
import { DataLibrary, type StoredDataSet, type StoredSummary } from "../library/data-library";

/** A data set kept only in memory, under an id of the same form as stored ones. */
type Kept = StoredDataSet;

const plural = (n: number, one: string) => `${n.toLocaleString("en-GB")} ${one}${n === 1 ? "" : "s"}`;
const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export class DataSetsController implements ReactiveController {
  private summaries: StoredSummary[] = [];
  private readonly inMemory = new Map<string, Kept>();
  /** Why nothing is kept across reloads, when the browser keeps nothing. */
  unavailable: string | undefined;
  private readonly library: Promise<DataLibrary | undefined>;
  /** The last list given out, so the dialog is not re-rendered on every date step for an equal one. */
  private listed: { current: string; summaries: StoredSummary[]; kept: number; entries: DataSetEntry[] } | undefined;
  /** Counts changes to the data sets kept in memory. */
  private keptVersion = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bundled: { readonly name: string; readonly dataSet: DataSet } | undefined,
  ) {
    host.addController(this);
    this.library = DataLibrary.open().catch((e: Error) => {
      this.unavailable = e.message;
      return undefined;
    });
    void this.refresh();
  }

  hostConnected(): void {}

  /** The list for the import dialog: bundled first, then the newest imports. */
  entries(current: string): DataSetEntry[] {
    const last = this.listed;
    if (last && last.current === current && last.summaries === this.summaries && last.kept === this.keptVersion) return last.entries;
    const entries = this.listEntries(current);
    this.listed = { current, summaries: this.summaries, kept: this.keptVersion, entries };
    return entries;
  }

  private listEntries(current: string): DataSetEntry[] {
    const list: DataSetEntry[] = [];
    if (this.bundled)
      list.push({
        id: BUNDLED_ID,
        name: this.bundled.name,
        detail: `${plural(this.bundled.dataSet.actors.length, "actor")}, ${plural(this.bundled.dataSet.relations.length, "relation")} · shipped with Faultlines`,
        current: current === BUNDLED_ID,
        removable: false,
      });
    const kept = [...this.inMemory.values()].filter((k) => !this.summaries.some((s) => s.id === k.id));
    for (const s of [...kept, ...this.summaries])
      list.push({
        id: s.id,
        name: s.name,
        detail: `${plural(s.actors, "actor")}, ${plural(s.relations, "relation")} · imported ${day(s.importedAt)} from ${s.files.join(", ")}${this.inMemory.has(s.id) ? " · kept until this page closes" : ""}`,
        current: current === s.id,
        removable: true,
      });
    return list;
  }

  /** A data set by id: from memory, else from the browser's store. */
  async get(id: string): Promise<StoredDataSet | undefined> {
    const kept = this.inMemory.get(id);
    if (kept) return kept;
    const library = await this.library;
    return library?.get(id);
  }

  /**
   * Keeps an imported data set and returns its id. When the browser cannot store it, it is kept
   * in memory and `warning` says why.
   */
  async keep(data: ImportedData): Promise<{ id: string; warning?: string }> {
    const library = await this.library;
    if (library)
      try {
        const summary = await library.save(data);
        await this.refresh();
        return { id: summary.id };
      } catch (e) {
        return { id: this.keepInMemory(data), warning: (e as Error).message };
      }
    return { id: this.keepInMemory(data), ...(this.unavailable ? { warning: this.unavailable } : {}) };
  }

  /** Where a kept data set's first layout settled (DataLibrary.keepLayout), in memory or in the browser's store. */
  async keepLayout(id: string, positions: Readonly<Record<string, readonly [number, number]>>): Promise<void> {
    const kept = this.inMemory.get(id);
    if (kept) return void this.inMemory.set(id, { ...kept, positions, refine: false });
    const library = await this.library;
    await library?.keepLayout(id, positions);
  }

  async delete(id: string): Promise<void> {
    if (this.inMemory.delete(id)) this.keptVersion++;
    const library = await this.library;
    await library?.delete(id);
    await this.refresh();
  }

  private keepInMemory(data: ImportedData): string {
    const id = `page-${crypto.randomUUID()}`;
    const format: ImportFormat = data.format;
    this.keptVersion++;
    this.inMemory.set(id, {
      id,
      name: data.name,
      files: data.files,
      format,
      importedAt: new Date().toISOString(),
      actors: data.dataSet.actors.length,
      relations: data.dataSet.relations.length,
      dataSet: data.dataSet,
      positions: data.positions,
      ...(data.refine ? { refine: true } : {}),
    });
    this.host.requestUpdate();
    return id;
  }

  private async refresh(): Promise<void> {
    const library = await this.library;
    if (!library) return this.host.requestUpdate();
    try {
      this.summaries = await library.list();
    } catch (e) {
      this.unavailable = (e as Error).message;
    }
    this.host.requestUpdate();
  }
}
