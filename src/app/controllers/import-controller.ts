/**
 * The import under way and what it gave, as the import dialog shows it: files being read with
 * their progress, then the report, with the data set held until the user opens it. Re-reading
 * with a type mapping, or with an event file's mapping and merging gap, reuses the same files
 * and the same choice of opening them as a new data set or adding them to the one on screen.
 * A Lit reactive controller: the host re-renders on every change, and an import still running
 * when the host goes away is stopped.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { TypeMapping } from "../../import/csv/type-mapping";
import { DEFAULT_GAP_DAYS, type ActorMatch, type EventTypeMapping } from "../../import/events/types";
import type { Actor, Taxonomy } from "../../model/types";
import type { ImportStatus } from "../../ui/import-dialog/import-status";
import { startImport, type ImportedData, type ImportJob, type ImportOutcome, type ImportTarget } from "../import/import-client";

const IDLE: ImportStatus = { kind: "idle" };

/** An event file's answers: the user's mapping of categories, and the merging gap. */
export interface EventAnswers {
  readonly mapping: EventTypeMapping;
  readonly gapDays: number;
}

export class ImportController implements ReactiveController {
  status: ImportStatus = IDLE;
  private job: ImportJob | undefined;
  private files: readonly File[] = [];
  private mapping: TypeMapping = {};
  private events: EventAnswers = { mapping: {}, gapDays: DEFAULT_GAP_DAYS };
  /** The data set the files are added to, taken when the import starts and kept for "Import again". */
  private into: ImportTarget | undefined;
  private read: ImportedData | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The taxonomy imported types are matched against. */
    private readonly taxonomy: () => Taxonomy,
    /** The data set on screen and where its actors are drawn, for files added to it. */
    private readonly onScreen: () => ImportTarget | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get working(): boolean {
    return this.status.kind === "working";
  }

  /** `into`: add the files to the data set on screen rather than open them as a new one. */
  start(files: readonly File[], into = false): void {
    this.files = files;
    this.mapping = {};
    this.events = { mapping: {}, gapDays: DEFAULT_GAP_DAYS };
    this.into = into ? this.onScreen() : undefined;
    this.run();
  }

  applyMapping(mapping: TypeMapping): void {
    this.mapping = mapping;
    this.run();
  }

  /** Reads the event file again with the user's mapping and gap. */
  applyEvents(answers: EventAnswers): void {
    this.events = answers;
    this.run();
  }

  cancel(): void {
    this.job?.cancel();
  }

  /** Hands over the data set read (once) and goes back to idle. */
  take(): ImportedData | undefined {
    const read = this.read;
    this.read = undefined;
    this.into = undefined;
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
    const options = { typeMapping: this.mapping, events: this.events, ...(this.into ? { into: this.into } : {}) };
    const job = startImport(this.files, this.taxonomy(), options, (progress) => {
      if (this.job !== job) return;
      this.status = { kind: "working", files, progress };
      this.host.requestUpdate();
    });
    this.job = job;
    void job.outcome.then((outcome) => {
      if (this.job !== job) return;
      this.job = undefined;
      this.status = this.statusOf(outcome);
      if (outcome.kind === "ok") this.read = outcome.data;
      this.host.requestUpdate();
    });
  }

  private statusOf(outcome: ImportOutcome): ImportStatus {
    if (outcome.kind === "cancelled") return IDLE;
    if (outcome.kind === "failed") return { kind: "report", ok: false, format: outcome.format, report: outcome.report, unknownTypes: [], mapping: this.mapping };
    const { data } = outcome;
    return {
      kind: "report",
      ok: true,
      format: data.format,
      report: data.report,
      unknownTypes: data.unknownTypes,
      mapping: this.mapping,
      ...(data.eventMapping ? { events: { rows: data.eventMapping, gapDays: this.events.gapDays, answers: this.events.mapping } } : {}),
      ...(this.into ? { into: { name: this.into.name, matches: labelled(data.actorMatches ?? [], data.dataSet.actors) } } : {}),
    };
  }
}

/** Each match with its actor's label, so the dialog names "TTP", not the id "ttp". */
function labelled(matches: readonly ActorMatch[], actors: readonly Actor[]): ActorMatch[] {
  const labels = new Map(actors.map((a) => [a.id, a.label]));
  return matches.map((m) => ({ ...m, ...(labels.has(m.actor) ? { label: labels.get(m.actor) } : {}) }));
}
