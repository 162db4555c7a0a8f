/**
 * The import under way and what it gave, as the import dialog shows it: files being read with
 * their progress, then the report, with the data set held until the user opens it. Re-reading
 * with a type mapping reuses the same files. A Lit reactive controller: the host re-renders on
 * every change, and an import still running when the host goes away is stopped.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { Taxonomy } from "../../model/types";
import type { ImportStatus } from "../../ui/import-dialog/import-status";
import { startImport, type ImportedData, type ImportJob } from "../import/import-client";

const IDLE: ImportStatus = { kind: "idle" };

export class ImportController implements ReactiveController {
  status: ImportStatus = IDLE;
  private job: ImportJob | undefined;
  private files: readonly File[] = [];
  private mapping: TypeMapping = {};
  private read: ImportedData | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The taxonomy imported types are matched against. */
    private readonly taxonomy: () => Taxonomy,
  ) {
    host.addController(this);
  }

  get working(): boolean {
    return this.status.kind === "working";
  }

  start(files: readonly File[]): void {
    this.files = files;
    this.mapping = {};
    this.run();
  }

  applyMapping(mapping: TypeMapping): void {
    this.mapping = mapping;
    this.run();
  }

  cancel(): void {
    this.job?.cancel();
  }

  /** Hands over the data set read (once) and goes back to idle. */
  take(): ImportedData | undefined {
    const read = this.read;
    this.read = undefined;
    this.status = IDLE;
    this.host.requestUpdate();
    return read;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job?.cancel();
  }

  private run(): void {
    this.job?.cancel();
    this.read = undefined;
    const files = this.files.map((f) => f.name);
    this.status = { kind: "working", files, progress: null };
    this.host.requestUpdate();
    const job = startImport(this.files, this.taxonomy(), { typeMapping: this.mapping }, (progress) => {
      if (this.job !== job) return;
      this.status = { kind: "working", files, progress };
      this.host.requestUpdate();
    });
    this.job = job;
    void job.outcome.then((outcome) => {
      if (this.job !== job) return;
      this.job = undefined;
      if (outcome.kind === "cancelled") this.status = IDLE;
      else if (outcome.kind === "failed") this.status = { kind: "report", ok: false, format: outcome.format, report: outcome.report, unknownTypes: [], mapping: this.mapping };
      else {
        this.read = outcome.data;
        this.status = { kind: "report", ok: true, format: outcome.data.format, report: outcome.data.report, unknownTypes: outcome.data.unknownTypes, mapping: this.mapping };
      }
      this.host.requestUpdate();
    });
  }
}
