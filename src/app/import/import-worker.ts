/**
 * The import, off the page's thread: a module web worker that checks the files' sizes (a file
 * too large is refused before a byte is read), streams an event file (ACLED, UCDP) into its
 * importer chunk by chunk (stream-events.ts), reads any other files as text with progress and
 * hands them to importFiles, lays out the graph when the files give no position for some actor
 * (a large graph only roughly, for the explorer to refine once open; keeping, when the files
 * were added to the data set on screen, the positions its actors have there), and posts the outcome. The page kills it to cancel. Nothing from a file is evaluated:
 * files are parsed as XML, CSV, JSON or YAML text, never run.
 */
import { importFiles, sizeProblem, type FileImportResult } from "../../import/import-files";
import { layoutImport } from "../../look/layout-data-set";
import type { ImportStep } from "../../ui/import-dialog/progress-label";
import { dataSetName, mergedName } from "./data-set-name";
import type { ImportRequest, WorkerMessage } from "./import-protocol";
import { readFiles } from "./read-files";
import { streamEvents } from "./stream-events";

/** The worker's global scope, as far as it is used here (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportRequest>) => void, options?: AddEventListenerOptions): void;
};

/** Progress at most this often: enough for a smooth bar, few enough messages not to slow the work. */
const PROGRESS_EVERY_MS = 50;

const post = (message: WorkerMessage) => scope.postMessage(message);

scope.addEventListener("message", (event) => void run(event.data), { once: true });

async function run(request: ImportRequest): Promise<void> {
  await holdLock(request.lock);
  post({ type: "started" });
  try {
    const names = request.files.map((f) => f.name);
    const file = names.join(", ") || "(no file)";
    const tooLarge = request.files.flatMap((f) => sizeProblem(f.name, f.size) ?? []);
    if (tooLarge.length) return post({ type: "finished", outcome: { kind: "failed", format: null, report: { file, diagnostics: tooLarge, counts: {} } } });

    const progress = throttled(post);
    const into = request.into;
    const result =
      (await streamEvents(request.files, request.taxonomy, { ...(request.events ? { events: request.events } : {}), ...(into ? { into: into.dataSet } : {}) }, progress)) ??
      (await readWhole(request, progress));
    if (!result.ok || result.format === null) return post({ type: "finished", outcome: { kind: "failed", format: result.format, report: result.report } });

    // Positions from the file (GEXF viz) come first, then those the actors already had on screen.
    // A file that places only some actors is laid out whole, as before; the actors on screen keep theirs.
    const given = { ...into?.positions, ...result.positions };
    const complete = result.dataSet.actors.every((a) => Object.hasOwn(given, a.id));
    // A large data set gets a first layout, refined in the explorer once it is open.
    const laid = complete ? { positions: given, refine: false } : layoutImport(result.dataSet, (done, total) => progress({ phase: "layout", done, total }), into?.positions);
    const name = dataSetName(names, result.report.file);
    const data = {
      name: into ? mergedName(into.name, name) : name,
      files: names,
      format: result.format,
      dataSet: result.dataSet,
      positions: laid.positions,
      ...(laid.refine ? { refine: true } : {}),
      report: result.report,
      unknownTypes: result.unknownTypes ?? [],
      ...(result.eventMapping ? { eventMapping: result.eventMapping } : {}),
      ...(result.actorMatches ? { actorMatches: result.actorMatches } : {}),
    };
    post({ type: "finished", outcome: { kind: "ok", data } });
  } catch (e) {
    post({ type: "crashed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/** Any files but an event file: read whole, with progress by bytes, then parsed with progress by records. */
async function readWhole(request: ImportRequest, progress: (step: ImportStep) => void): Promise<FileImportResult> {
  const texts = await readFiles(request.files, (done, total) => progress({ phase: "reading", done, total }));
  progress({ phase: "parsing", done: 0, total: 0 });
  return importFiles(texts, request.taxonomy, {
    ...(request.typeMapping ? { typeMapping: request.typeMapping } : {}),
    ...(request.events ? { events: request.events } : {}),
    ...(request.into ? { into: request.into.dataSet } : {}),
    onRecords: (done, total) => progress({ phase: "parsing", done, total }),
  });
}

/** Passes on the first event of each phase and its last (done = total), and the rest at most every PROGRESS_EVERY_MS. */
function throttled(send: (message: WorkerMessage) => void): (progress: ImportStep) => void {
  let sent: ImportStep | undefined;
  let last = 0;
  return (progress) => {
    const now = performance.now();
    const same = !!sent && progress.done === sent.done && progress.events === sent.events;
    if (sent && progress.phase === sent.phase && (same || (progress.done !== progress.total && now - last < PROGRESS_EVERY_MS))) return;
    sent = progress;
    last = now;
    send({ type: "progress", progress });
  };
}

/** Takes the lock and keeps it until the worker ends; where Web Locks are missing, goes on without. */
function holdLock(name: string): Promise<void> {
  const locks = (navigator as Partial<Pick<Navigator, "locks">>).locks;
  if (!locks) return Promise.resolve();
  return new Promise((held) => {
    void locks.request(name, () => {
      held();
      return new Promise<never>(() => {});
    });
  });
}
