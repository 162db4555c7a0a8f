/**
 * The import pipeline in Chromium, on test/pages/import.html: every file of the three bad-file
 * corpora gives through the worker what importFiles gives in Node, and what the importers' own
 * tests expect; a synthetic CSV of some megabytes shows its reading, parsing and layout; cancel
 * ends an import at once and the next one works; a 100 MB file is refused unread; the GEXF
 * samples import with a position for every actor; a worker that fails ends the import with a
 * report; and the data library keeps data sets across a reload.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildGraph } from "../../src/model/graph";
import { importFiles, type FileImportResult } from "../../src/model/import/import-files";
import type { DataSet } from "../../src/model/types";
import { computeLayout } from "../../src/render/layout";
import type { ImportRun, SyntheticRun } from "../pages/import";
import { launchBrowser } from "../support/browser";
import { loadFixture } from "../support/fixtures";
import { checkCorpusCase, corpusCases, corpusFiles, corpusImports } from "../support/import-corpus";
import { serveApp } from "../support/serve";

const SAMPLES = "test/fixtures/gexf/samples";
const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
/** The taxonomy the importers' own tests use, so their expectations hold here too. */
const taxonomy = loaded.dataSet.taxonomy;

let browser: Browser;
let page: Page;
let url: string;

/** Calls one of the test page's functions on window with arguments made in Node. */
const call = <T>(target: Page, name: string, ...args: unknown[]): Promise<T> =>
  target.evaluate(([name, args]) => (window as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name as string](...(args as unknown[])), [name, args] as const) as Promise<T>;

async function open(target: Page): Promise<void> {
  await target.goto(`${url}test/pages/import.html`);
  await target.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
}

beforeAll(async () => {
  const app = await serveApp();
  url = app.url;
  browser = await launchBrowser();
  page = await browser.newPage();
  await open(page);
});

afterAll(async () => {
  await browser?.close();
});

const importTexts = (files: { name: string; text: string }[]) => call<ImportRun>(page, "__import", files, taxonomy);

/**
 * ForceAtlas2 as the worker runs it, here in Node, without the progress callback: the positions
 * every actor should get. Actors are renamed n0, n1, ... as in the worker (an actor named
 * "__proto__" breaks the layout library's index of nodes).
 */
function layoutInNode(dataSet: DataSet): Map<string, [number, number]> {
  const key = new Map(dataSet.actors.map((a, i) => [a.id, `n${i}`]));
  const graph = buildGraph({ ...dataSet, actors: dataSet.actors.map((a) => ({ ...a, id: key.get(a.id)! })), relations: dataSet.relations.map((r) => ({ ...r, source: key.get(r.source)!, target: key.get(r.target)! })) });
  computeLayout(graph);
  return new Map(dataSet.actors.map((a) => [a.id, [graph.getNodeAttribute(key.get(a.id)!, "x") ?? NaN, graph.getNodeAttribute(key.get(a.id)!, "y") ?? NaN]]));
}

/** The worker's outcome is Node's importFiles result, with positions: the file's when complete, else the layout. */
function expectSameAsNode(run: ImportRun, node: FileImportResult): void {
  if (!node.ok) {
    expect(run.outcome).toEqual({ kind: "failed", format: node.format, report: node.report });
    return;
  }
  if (run.outcome.kind !== "ok") throw new Error(`the worker gave ${run.outcome.kind} where Node imports: ${JSON.stringify(run.outcome)}`);
  const { data } = run.outcome;
  expect(data).toMatchObject({ format: node.format, unknownTypes: node.unknownTypes ?? [] });
  expect(data.dataSet).toEqual(node.dataSet);
  expect(data.report).toEqual(node.report);
  const ids = node.dataSet.actors.map((a) => a.id);
  const positions = new Map(run.positionEntries);
  expect([...positions.keys()].sort()).toEqual([...ids].sort());
  const fromFile = node.positions && ids.every((id) => Object.hasOwn(node.positions!, id));
  const expected = fromFile ? new Map(Object.entries(node.positions!)) : layoutInNode(node.dataSet);
  for (const id of ids)
    for (const k of [0, 1]) {
      expect(Number.isFinite(positions.get(id)![k]), `${id}[${k}] is a number`).toBe(true);
      expect(Math.abs(positions.get(id)![k] - expected.get(id)![k]), `${id}[${k}]`).toBeLessThan(1e-6);
    }
}

describe("the bad-file corpora through the worker", () => {
  const imports = corpusImports();
  const runs = new Map<string, ImportRun>();

  beforeAll(async () => {
    const list = imports.map((i) => ({ files: corpusFiles(i.format, i.fixture) }));
    const done = await call<ImportRun[]>(page, "__importEach", list, taxonomy);
    imports.forEach((i, k) => runs.set(`${i.format}/${i.fixture}`, done[k]));
  }, 180_000);

  test.each(imports.map((i) => [`${i.format}/${i.fixture}`, i] as const))("%s gives what importFiles gives in Node", (key, i) => {
    expectSameAsNode(runs.get(key)!, importFiles(corpusFiles(i.format, i.fixture), taxonomy));
  });

  test.each(corpusCases().map((c) => [`${c.format}/${c.fixture}: ${c.message.source}`, c] as const))("%s", (_, c) => {
    const run = runs.get(`${c.format}/${c.fixture}`)!;
    expect(run.outcome.kind).not.toBe("cancelled");
    const report = run.outcome.kind === "ok" ? run.outcome.data.report : run.outcome.kind === "failed" ? run.outcome.report : undefined;
    checkCorpusCase({ ok: run.outcome.kind === "ok", report: report! }, c);
  });
});

describe("a large file", () => {
  let size = 0;
  beforeAll(async () => {
    size = await call<number>(page, "__makeSyntheticCsv", 6);
  });
  const importSynthetic = (cancelAt?: string) => call<SyntheticRun>(page, "__importSynthetic", taxonomy, cancelAt);

  test("shows its reading in bytes, then parsing, then the layout in iterations", async () => {
    const run = await importSynthetic();
    expect(run.outcome).toMatchObject({ kind: "ok", actors: 300, positioned: 300, finite: true });
    const phases = run.progress.map((p) => p.phase).filter((p, k, all) => p !== all[k - 1]);
    expect(phases).toEqual(["reading", "parsing", "layout"]);
    const reading = run.progress.filter((p) => p.phase === "reading");
    expect(reading.length).toBeGreaterThanOrEqual(2);
    expect(reading.every((p, k) => p.total === size && (k === 0 || p.done > reading[k - 1].done))).toBe(true);
    expect(reading.at(-1)!.done).toBe(size);
    // Parsing starts with the amount unknown, then counts rows of the file's total.
    const [parseStart, ...rows] = run.progress.filter((p) => p.phase === "parsing");
    expect(parseStart).toEqual({ phase: "parsing", done: 0, total: 0 });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((p, k) => p.total === rows[0].total && p.total >= run.outcome.relations! && (k === 0 || p.done > rows[k - 1].done))).toBe(true);
    expect(rows.at(-1)!.done).toBe(rows[0].total);
    const layout = run.progress.filter((p) => p.phase === "layout");
    expect(layout.every((p, k) => p.total === 600 && (k === 0 || p.done > layout[k - 1].done))).toBe(true);
    expect(layout.at(-1)).toEqual({ phase: "layout", done: 600, total: 600 });
    const onThisThread = await call<{ ok: boolean; ms: number }>(page, "__importSyntheticOnThisThread", taxonomy);
    expect(onThisThread.ok).toBe(true);
    console.info(`import of a ${(size / 1e6).toFixed(1)} MB CSV (${run.outcome.relations} relations): ${Math.round(run.ms)} ms through the worker, ${Math.round(onThisThread.ms)} ms on the page's thread; progress events: ${["reading", "parsing", "layout"].map((p) => `${run.progress.filter((e) => e.phase === p).length} ${p}`).join(", ")}`);
  }, 120_000);

  test.each(["reading", "parsing"])("cancelled while %s, it ends at once as cancelled, and the next import works", async (phase) => {
    const run = await importSynthetic(phase);
    expect(run.outcome).toEqual({ kind: "cancelled" });
    expect(run.cancelMs).toBeLessThan(1000);
    expect(run.progress.at(-1)?.phase).toBe(phase);
    const next = await importTexts(corpusFiles("csv", "valid.csv"));
    expect(next.outcome.kind).toBe("ok");
  });

  test("a 100 MB file is refused at once, before a byte is read", async () => {
    const run = await call<ImportRun>(page, "__importZeros", "huge.gexf", 100 * 1024 * 1024, taxonomy);
    expect(run.progress).toEqual([]);
    expect(run.ms).toBeLessThan(5000);
    if (run.outcome.kind !== "failed") throw new Error(`expected a refusal, got ${run.outcome.kind}`);
    expect(run.outcome.format).toBeNull();
    expect(run.outcome.report.diagnostics).toEqual([expect.objectContaining({ severity: "error", file: "huge.gexf", message: "the file is 100.0 MB, over the 16.0 MB this tool imports from a GEXF file; it was not read", fix: expect.stringMatching(/Filter the graph in Gephi/) })]);
  });
});

describe("the GEXF samples", () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".gexf")).sort();

  test("there are samples to import", () => {
    expect(samples.length).toBeGreaterThanOrEqual(9);
  });

  test.each(samples)("%s imports through the worker, with a position for every actor", async (name) => {
    const files = [{ name, text: readFileSync(`${SAMPLES}/${name}`, "utf8") }];
    const run = await importTexts(files);
    expect(run.outcome.kind).toBe("ok");
    expectSameAsNode(run, importFiles(files, taxonomy));
    if (run.outcome.kind === "ok") expect(run.outcome.data.name).toBe(name.replace(/\.gexf$/, ""));
  });

  test("viz.gexf keeps the file's own position", async () => {
    const run = await importTexts([{ name: "viz.gexf", text: readFileSync(`${SAMPLES}/viz.gexf`, "utf8") }]);
    expect(run.outcome.kind === "ok" && run.outcome.data.positions.a).toEqual([15.783598, 40.109245]);
  });
});

describe("a worker that fails", () => {
  const withWorker = (script: string) => call<ImportRun>(page, "__importWithWorker", script, corpusFiles("csv", "valid.csv"), taxonomy);
  const expectStopped = (run: ImportRun, why: RegExp) => {
    if (run.outcome.kind !== "failed") throw new Error(`expected a failure, got ${run.outcome.kind}`);
    expect(run.outcome.report.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", file: "valid.csv, valid.actors.csv", message: expect.stringMatching(/^the import stopped unexpectedly \(.*\); nothing was imported, and the data on screen is unchanged$/), fix: expect.stringMatching(/^Try again/) }),
    ]);
    expect(run.outcome.report.diagnostics[0].message).toMatch(why);
  };

  test("with an error ends the import with a report", async () => {
    expectStopped(await withWorker("throw new Error('the worker broke');"), /the worker broke/);
  });

  test("that ends without a word (as when it runs out of memory) ends the import too", async () => {
    const vanishing = `self.onmessage = (e) => navigator.locks.request(e.data.lock, () => { postMessage({ type: "started" }); setTimeout(() => self.close(), 50); return new Promise(() => {}); });`;
    expectStopped(await withWorker(vanishing), /the worker ended without a result/);
  });
});

describe("the data library", () => {
  const db = `import-test-${process.pid}-${Date.now()}`;
  type Summary = { id: string; name: string; files: string[]; format: string; importedAt: string; actors: number; relations: number };
  type Saved = { data: { dataSet: DataSet; positions: Record<string, [number, number]> }; summary: Summary };
  let first: Saved;
  let second: Saved;

  test("saves imports and lists them newest first, summaries only", async () => {
    first = await call<Saved>(page, "__importAndSave", db, corpusFiles("csv", "valid.csv"), taxonomy);
    second = await call<Saved>(page, "__importAndSave", db, [{ name: "dynamics.gexf", text: readFileSync(`${SAMPLES}/dynamics.gexf`, "utf8") }], taxonomy);
    expect(first.summary).toMatchObject({ name: "valid", files: ["valid.csv", "valid.actors.csv"], format: "csv", actors: 3, relations: 4 });
    expect(second.summary).toMatchObject({ name: "dynamics", files: ["dynamics.gexf"], format: "gexf", actors: 4, relations: 5 });
    expect(first.summary.id).not.toBe(second.summary.id);
    expect(Date.parse(second.summary.importedAt)).toBeGreaterThan(Date.parse(first.summary.importedAt));
    const list = await call<Summary[]>(page, "__libraryList", db);
    expect(list).toEqual([second.summary, first.summary]);
    expect(Object.keys(list[0]).sort()).toEqual(["actors", "files", "format", "id", "importedAt", "name", "relations"]);
  });

  test("gives back the data set as it was, open periods' Infinity included, and keeps it across a reload", async () => {
    const check = async () => {
      const stored = await call<(Summary & Saved["data"]) | undefined>(page, "__libraryGet", db, first.summary.id);
      expect(stored).toEqual({ ...first.summary, dataSet: first.data.dataSet, positions: first.data.positions });
      const open = stored!.dataSet.relations.find((r) => r.id === "refuge")!.periods[0];
      expect([open.edtf, open.last]).toEqual(["2015/..", Infinity]);
    };
    await check();
    await open(page);
    await check();
    expect(await call<Summary[]>(page, "__libraryList", db)).toEqual([second.summary, first.summary]);
  });

  test("deletes a data set, summary and data", async () => {
    await call(page, "__libraryDelete", db, first.summary.id);
    expect(await call<Summary[]>(page, "__libraryList", db)).toEqual([second.summary]);
    expect(await call(page, "__libraryGet", db, first.summary.id)).toBeUndefined();
    await call(page, "__libraryDelete", db, second.summary.id);
    expect(await call<Summary[]>(page, "__libraryList", db)).toEqual([]);
  });

  test("refuses a data set larger than the browser's quota with a message saying it stays open until the page closes", async () => {
    const context = await browser.newContext();
    try {
      const small = await context.newPage();
      await open(small);
      const cdp = await context.newCDPSession(small);
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(url).origin, quotaSize: 256 * 1024 });
      await call(small, "__makeSyntheticCsv", 2);
      const said = await call<string>(small, "__saveSynthetic", db, taxonomy);
      expect(said).toMatch(/^"synthetic" is too large to keep in this browser's storage \(300 actors, \d+ relations\): it stays open until the page is closed\. To make room, delete data sets you no longer need$/);
      expect(await call(small, "__libraryList", db)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  test("says so when the browser keeps nothing, and that imports last until the page is closed", async () => {
    const context = await browser.newContext();
    try {
      const without = await context.newPage();
      await without.addInitScript(() => Object.defineProperty(window, "indexedDB", { get: () => undefined }));
      await open(without);
      const message = await call<unknown>(without, "__libraryList", "x").then(() => "opened", (e: Error) => e.message);
      expect(message).toMatch(/IndexedDB is unavailable \(this browser has no IndexedDB\), as in private browsing .*: imported data sets cannot be kept, and each import lasts until the page is closed/);
    } finally {
      await context.close();
    }
  });
});
