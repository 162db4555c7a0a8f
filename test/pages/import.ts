/**
 * Test page for the import pipeline: runs startImport (the real worker) on File objects made from
 * names and texts, or on files made here (a synthetic CSV of some megabytes, a 100 MB file of
 * zeros), and returns the outcome with every progress event seen; runs the same import on this
 * thread, for comparison; hands the supervisor workers that fail; and works a DataLibrary. What
 * the browser test calls is on testWindow, kept off the global Window type.
 */
import { startImport, superviseImport, type ImportJob, type ImportOutcome } from "../../src/app/import/import-client";
import type { ImportedData } from "../../src/app/import/import-protocol";
import { DataLibrary, type StoredDataSet, type StoredSummary } from "../../src/app/library/data-library";
import { buildGraph } from "../../src/model/graph";
import type { TypeMapping } from "../../src/model/import/csv-types";
import { importFiles } from "../../src/model/import/import-files";
import type { ImportProgress } from "../../src/model/import/types";
import type { Taxonomy } from "../../src/model/types";
import { computeLayout } from "../../src/render/layout";

interface NamedText {
  name: string;
  text: string;
}

export interface ImportRun {
  outcome: ImportOutcome;
  progress: ImportProgress[];
  /** From startImport to the outcome. */
  ms: number;
  /** From cancel() to the outcome, when the run was cancelled. */
  cancelMs?: number;
  /**
   * The positions as [id, [x, y]] pairs, read here: Playwright rebuilds objects by assignment,
   * which would turn an actor named "__proto__" into a prototype on the way back to the test.
   */
  positionEntries?: [string, readonly [number, number]][];
}

const filesOf = (texts: readonly NamedText[]) => texts.map((t) => new File([t.text], t.name, { type: "text/plain" }));

/** Runs one import; `cancelAt` cancels it at the first progress event of that phase. */
async function run(files: readonly File[], taxonomy: Taxonomy, options: { typeMapping?: TypeMapping } = {}, cancelAt?: ImportProgress["phase"], job: (onProgress: (p: ImportProgress) => void) => ImportJob = (p) => startImport(files, taxonomy, options, p)): Promise<ImportRun> {
  const progress: ImportProgress[] = [];
  const started = performance.now();
  let cancelledAt: number | undefined;
  const running = job((p) => {
    progress.push(p);
    if (p.phase === cancelAt && cancelledAt === undefined) {
      cancelledAt = performance.now();
      running.cancel();
    }
  });
  const outcome = await running.outcome;
  const ended = performance.now();
  return {
    outcome,
    progress,
    ms: ended - started,
    ...(cancelledAt === undefined ? {} : { cancelMs: ended - cancelledAt }),
    // Fresh arrays: Playwright sends an object met twice once, and loses it under a "__proto__" key.
    ...(outcome.kind === "ok" ? { positionEntries: Object.entries(outcome.data.positions).map(([id, [x, y]]) => [id, [x, y]] as [string, [number, number]]) } : {}),
  };
}

/** A relation list of about `megabytes` MB: 300 actors, a quote and a source document each row. */
function syntheticCsv(megabytes: number): string {
  const rows = ["source,target,type,start,end,quote,source document"];
  let size = rows[0].length;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const row = `actor-${i % 300},actor-${(i * 7919 + 1) % 300},airstrike,20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")},,"quote number ${i}, with a few words",document ${i % 50}`;
    rows.push(row);
    size += row.length + 1;
  }
  return rows.join("\n") + "\n";
}

let synthetic: File | undefined;

/** A run of the synthetic CSV, without the data set: sending 70,000 relations back to the test costs more than importing them. */
export interface SyntheticRun extends Omit<ImportRun, "outcome" | "positionEntries"> {
  outcome: { kind: ImportOutcome["kind"]; actors?: number; relations?: number; positioned?: number; finite?: boolean };
}

function summarise({ outcome, positionEntries, ...run }: ImportRun): SyntheticRun {
  if (outcome.kind !== "ok") return { ...run, outcome: { kind: outcome.kind } };
  const { dataSet, positions } = outcome.data;
  const values = Object.values(positions);
  return { ...run, outcome: { kind: "ok", actors: dataSet.actors.length, relations: dataSet.relations.length, positioned: values.length, finite: values.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) } };
}

const testWindow = window as unknown as {
  __import: (texts: NamedText[], taxonomy: Taxonomy, options?: { typeMapping?: TypeMapping }) => Promise<ImportRun>;
  __importEach: (imports: { files: NamedText[] }[], taxonomy: Taxonomy) => Promise<ImportRun[]>;
  __makeSyntheticCsv: (megabytes: number) => number;
  __importSynthetic: (taxonomy: Taxonomy, cancelAt?: ImportProgress["phase"]) => Promise<SyntheticRun>;
  __importSyntheticOnThisThread: (taxonomy: Taxonomy) => Promise<{ ok: boolean; ms: number }>;
  __importZeros: (name: string, bytes: number, taxonomy: Taxonomy) => Promise<ImportRun>;
  __importWithWorker: (script: string, texts: NamedText[], taxonomy: Taxonomy) => Promise<ImportRun>;
  __importAndSave: (dbName: string, texts: NamedText[], taxonomy: Taxonomy) => Promise<{ data: ImportedData; summary: StoredSummary }>;
  __saveSynthetic: (dbName: string, taxonomy: Taxonomy) => Promise<string>;
  __libraryList: (dbName: string) => Promise<StoredSummary[]>;
  __libraryGet: (dbName: string, id: string) => Promise<StoredDataSet | undefined>;
  __libraryDelete: (dbName: string, id: string) => Promise<void>;
  __ready: boolean;
};

testWindow.__import = (texts, taxonomy, options) => run(filesOf(texts), taxonomy, options);

testWindow.__importEach = async (imports, taxonomy) => {
  const runs: ImportRun[] = [];
  for (const { files } of imports) runs.push(await run(filesOf(files), taxonomy));
  return runs;
};

testWindow.__makeSyntheticCsv = (megabytes) => {
  synthetic = new File([syntheticCsv(megabytes)], "synthetic.csv", { type: "text/csv" });
  return synthetic.size;
};

testWindow.__importSynthetic = async (taxonomy, cancelAt) => {
  if (!synthetic) throw new Error("import test page: call __makeSyntheticCsv first");
  return summarise(await run([synthetic], taxonomy, {}, cancelAt));
};

/** What the worker does, done here: the same reading, import and layout, for the figures. */
testWindow.__importSyntheticOnThisThread = async (taxonomy) => {
  if (!synthetic) throw new Error("import test page: call __makeSyntheticCsv first");
  const started = performance.now();
  const text = await synthetic.text();
  const result = importFiles([{ name: synthetic.name, text }], taxonomy);
  if (result.ok) computeLayout(buildGraph(result.dataSet));
  return { ok: result.ok, ms: performance.now() - started };
};

testWindow.__importZeros = (name, bytes, taxonomy) => run([new File([new Uint8Array(bytes)], name)], taxonomy);

/** The supervisor on a worker of the test's own making, to see it handle workers that fail. */
testWindow.__importWithWorker = (script, texts, taxonomy) => {
  const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
  const files = filesOf(texts);
  return run(files, taxonomy, {}, undefined, (p) => superviseImport(new Worker(url, { type: "module" }), files, taxonomy, {}, p));
};

/** Each call opens the library afresh and closes it, as a page that was reloaded would. */
async function withLibrary<T>(dbName: string, use: (library: DataLibrary) => Promise<T>): Promise<T> {
  const library = await DataLibrary.open(dbName);
  try {
    return await use(library);
  } finally {
    library.close();
  }
}

/** Imports through the worker and keeps the result, so the data saved never left the page. */
testWindow.__importAndSave = async (dbName, texts, taxonomy) => {
  const { outcome } = await run(filesOf(texts), taxonomy);
  if (outcome.kind !== "ok") throw new Error(`import test page: the import to save gave ${outcome.kind}`);
  return { data: outcome.data, summary: await withLibrary(dbName, (l) => l.save(outcome.data)) };
};
/** Imports the synthetic CSV and tries to keep it: "saved", or the message it was refused with. */
testWindow.__saveSynthetic = async (dbName, taxonomy) => {
  if (!synthetic) throw new Error("import test page: call __makeSyntheticCsv first");
  const { outcome } = await run([synthetic], taxonomy);
  if (outcome.kind !== "ok") throw new Error(`import test page: the synthetic CSV gave ${outcome.kind}`);
  return withLibrary(dbName, (l) => l.save(outcome.data)).then(() => "saved", (e: Error) => e.message);
};
testWindow.__libraryList = (dbName) => withLibrary(dbName, (l) => l.list());
testWindow.__libraryGet = (dbName, id) => withLibrary(dbName, (l) => l.get(id));
testWindow.__libraryDelete = (dbName, id) => withLibrary(dbName, (l) => l.delete(id));
testWindow.__ready = true;
