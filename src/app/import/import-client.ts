/**
 * Runs an import in a web worker (import-worker.ts) and supervises it: passes on its progress,
 * kills it to cancel, and turns every way it can end into one outcome, so the promise never
 * stays pending: a result, a refusal with its report, "cancelled", or, when the worker fails
 * (an error, a message that cannot be read, the worker gone without a word), a report saying
 * the import stopped and what to do. One worker per import, ended when the import ends.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { EventImportOptions } from "../../import/events/types";
import type { ImportReport } from "../../import/types";
import type { Taxonomy } from "../../model/types";
import type { ImportStep } from "../../ui/import-dialog/progress-label";
import type { ImportOutcome, ImportRequest, ImportTarget, WorkerMessage } from "./import-protocol";

export type { ImportedData, ImportOutcome, ImportTarget } from "./import-protocol";

export interface ImportJob {
  readonly outcome: Promise<ImportOutcome>;
  /** Stops the import at once; the outcome is "cancelled" unless it had already ended. */
  cancel(): void;
}

export interface ImportOptions {
  readonly typeMapping?: TypeMapping;
  readonly events?: Pick<EventImportOptions, "gapDays" | "mapping">;
  /** The data set on screen, when the files are added to it. */
  readonly into?: ImportTarget;
}

export function startImport(files: readonly File[], taxonomy: Taxonomy, options: ImportOptions, onProgress: (p: ImportStep) => void): ImportJob {
  const worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module", name: "faultlines-import" });
  return superviseImport(worker, files, taxonomy, options, onProgress);
}

/** startImport on a worker already made: for tests, which hand it workers that fail. */
export function superviseImport(worker: Worker, files: readonly File[], taxonomy: Taxonomy, options: ImportOptions, onProgress: (p: ImportStep) => void): ImportJob {
  const names = files.map((f) => f.name);
  const lock = `faultlines-import-${crypto.randomUUID()}`;
  const watch = new AbortController();
  let settled = false;
  let resolve!: (outcome: ImportOutcome) => void;
  const outcome = new Promise<ImportOutcome>((r) => (resolve = r));
  const settle = (result: ImportOutcome) => {
    if (settled) return;
    settled = true;
    watch.abort();
    worker.terminate();
    resolve(result);
  };

  worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
    if (settled) return;
    const message = event.data;
    if (message.type === "started") watchForExit(lock, watch.signal, () => settle(stopped(names, "the worker ended without a result")));
    else if (message.type === "progress") onProgress(message.progress);
    else if (message.type === "finished") settle(message.outcome);
    else settle(stopped(names, message.message));
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    settle(stopped(names, event.message || "the import worker could not start"));
  });
  worker.addEventListener("messageerror", () => settle(stopped(names, "its answer could not be read")));

  const request: ImportRequest = {
    files,
    taxonomy,
    lock,
    ...(options.typeMapping ? { typeMapping: options.typeMapping } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.into ? { into: options.into } : {}),
  };
  try {
    worker.postMessage(request);
  } catch (e) {
    settle(stopped(names, `the files could not be handed to the worker: ${(e as Error).message}`));
  }
  return { outcome, cancel: () => settle({ kind: "cancelled" }) };
}

/** Calls `gone` once the worker no longer holds its lock, i.e. once it has ended, however it ended. */
function watchForExit(lock: string, signal: AbortSignal, gone: () => void): void {
  const locks = (navigator as Partial<Pick<Navigator, "locks">>).locks;
  if (!locks) return;
  locks.request(lock, { signal }, () => gone()).catch(() => {
    // Aborted because the import ended first: nothing to watch any more.
  });
}

function stopped(files: readonly string[], why: string): ImportOutcome {
  const file = files.join(", ") || "(no file)";
  const report: ImportReport = {
    file,
    counts: {},
    diagnostics: [
      {
        severity: "error",
        file,
        path: "(import)",
        value: why,
        message: `the import stopped unexpectedly (${why}); nothing was imported, and the data on screen is unchanged`,
        fix: "Try again. If it stops again, the file may be too large for this browser tab: close other tabs, or import a smaller part of the data (split the file, or filter the graph in Gephi first)",
      },
    ],
  };
  return { kind: "failed", format: null, report };
}
