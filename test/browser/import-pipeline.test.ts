/**
 * From a file to the screen, in a real Chromium, through the app's own Import… dialog: every
 * file of the three bad-file corpora (test/support/import-corpus.ts) gets the report its table
 * says, line by line as the dialog shows it; every GEXF sample of the format
 * (test/fixtures/gexf/samples) opens and is drawn as the data says, every actor where the layout
 * or the file puts it; a large file shows its reading, its records and its layout as it goes; a
 * 100 MB file is refused without being read; the data sets kept in the browser are listed
 * newest first, come back after a reload with their open-ended periods, and go when deleted; a
 * browser that cannot keep a data set says it lasts until the page closes.
 *
 * Only the supervisor's handling of a worker that fails is driven through a test page
 * (test/pages/import.html): no file makes the app's own worker throw or vanish.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { importFiles } from "../../src/import/import-files";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { layoutDataSet } from "../../src/look/layout-data-set";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { drawn, type DrawnActor } from "../support/drawn";
import { corpusCases, corpusFiles, corpusImports, type CorpusCase } from "../support/import-corpus";
import { ProblemLog, watchProblems } from "../support/page";
import { plainSlice } from "../support/plain-slice";
import { serveApp } from "../support/serve";

const SAMPLES = "test/fixtures/gexf/samples";
const SHOTS = "test-results/import";
mkdirSync(SHOTS, { recursive: true });
const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
/** Imports are read against the bundled taxonomy, as the app reads them. */
const taxonomy = loaded.dataSet.taxonomy;

let browser: Browser;
let base: string;
let context: BrowserContext | undefined;
let page: Page;
let problems: ProblemLog | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  base = (await serveApp()).url;
});

afterAll(async () => {
  await browser?.close();
});

watchProblems(() => problems);

/** A fresh browser profile on the app; `prepare` runs on the new page before it opens the app. */
async function openApp(prepare?: (page: Page) => Promise<void>): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = new ProblemLog(page);
  await prepare?.(page);
  await page.goto(base);
  await page.getByTestId("status").waitFor({ timeout: 30_000 });
}

async function closeApp(): Promise<void> {
  await context?.close();
  context = undefined;
}

const dialog = (): Locator => page.getByRole("dialog", { name: "Data sets" });
const summary = (): Locator => dialog().getByTestId("summary");
const dataName = () => page.getByTestId("data-name").textContent();
const status = () => page.getByTestId("status").textContent();
const buffers = (files: { name: string; text: string }[]) => files.map((f) => ({ name: f.name, mimeType: "text/plain", buffer: Buffer.from(f.text) }));

async function openDialog(): Promise<void> {
  if (await dialog().isVisible()) return;
  await page.getByRole("button", { name: "Import…" }).click();
  await dialog().waitFor();
}

/**
 * Chooses files with the dialog's picker (going back from a report first, as a user must) and
 * waits for the report on them, which names the first file (a relation list's, when an actors
 * file comes with it).
 */
async function importThrough(files: Parameters<Locator["setInputFiles"]>[0], reportOn: string): Promise<void> {
  await openDialog();
  const back = dialog().getByRole("button", { name: "Back to data sets" });
  if (await back.isVisible()) await back.click();
  await dialog().getByLabel("Choose files to import").setInputFiles(files);
  await expect.poll(() => dialog().locator("#report-title").textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^(Report on|Not imported:) ${reportOn.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(, .*)?$`));
}

async function openImported(name: string): Promise<void> {
  await dialog().getByRole("button", { name: "Open data set" }).click();
  await dialog().waitFor({ state: "hidden" });
  await expect.poll(dataName).toBe(name);
}

/**
 * Records every text the dialog's progress label shows, from now on. The label changes faster
 * than a test can poll it, so an observer in the page notes each change as it is drawn; it reads
 * the page and changes nothing.
 */
const recordProgressLabels = () =>
  page.locator("fl-import-dialog").evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __labelsSeen: string[] }).__labelsSeen = seen;
    const root = el.shadowRoot!;
    new MutationObserver(() => {
      const text = root.querySelector("#import-progress-label")?.textContent ?? null;
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
const progressLabelsSeen = () => page.evaluate(() => (window as unknown as { __labelsSeen: string[] }).__labelsSeen);

// ---------------------------------------------------------------------------------------------

interface ShownLine {
  severity: string;
  where: string;
  place: string;
  message: string;
  value: string;
  fix: string;
}

/** The report's lines as the dialog shows them: which group, the file and line, the place, the message, the value and the fix. */
const shownLines = (): Promise<ShownLine[]> =>
  dialog()
    .locator("details li")
    .evaluateAll((items) =>
      items.map((li) => {
        const text = (selector: string) => li.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
        const [where, ...place] = text(".where").split(" · ");
        const lineText = li.querySelector(".line-text")!.cloneNode(true) as HTMLElement;
        lineText.querySelector(".value")?.remove();
        return {
          severity: li.closest("details")!.getAttribute("data-severity")!,
          where,
          place: place.join(" · "),
          message: lineText.textContent!.replace(/\s+/g, " ").trim(),
          value: text(".value code"),
          fix: text(".fix").replace(/^Fix: /, ""),
        };
      }),
    );

/** The dialog starts each message and fix with a capital; the tables write them as they follow "file:line:". */
const reads = (pattern: RegExp, shown: string) => pattern.test(shown) || pattern.test(shown.charAt(0).toLowerCase() + shown.slice(1));

/** One row of a corpus table, checked against the report as shown. */
function checkShown(c: CorpusCase, lines: ShownLine[], summaryText: string, canOpen: boolean): void {
  const said = lines.map((l) => `${l.severity} ${l.where} ${l.place}: ${l.message}`).join("\n");
  expect(canOpen, `whether the data set can be opened; the report says:\n${said}`).toBe(c.ok);
  expect(summaryText.startsWith("Nothing was imported from"), summaryText).toBe(!c.ok);
  const line = lines.find((l) => reads(c.message, l.message));
  expect(line, `no line reading ${c.message} in:\n${said}`).toBeDefined();
  const { severity, file, line: at, path, value } = c.diagnostic;
  expect(line!.severity).toBe(severity);
  // "file", "file:line" or "file:line:column".
  const [shownFile, shownLine] = line!.where.split(":");
  expect(shownFile).toBe(file);
  if (at !== undefined) expect(Number(shownLine)).toBe(at);
  // A path in parentheses names a topic, which the message says; the dialog leaves it out.
  if (path && !/^\(.*\)$/.test(path)) expect(line!.place.startsWith(path), `${line!.place} starts with ${path}`).toBe(true);
  if (value !== undefined) expect(line!.value).toBe(typeof value === "string" ? `"${value}"` : JSON.stringify(value));
  if (c.fix) expect(reads(c.fix, line!.fix), `${line!.fix} reads ${c.fix}`).toBe(true);
  if (c.skipped !== undefined) {
    const skipped = /(\d+) rows? skipped/.exec(summaryText);
    expect(skipped ? Number(skipped[1]) : 0, summaryText).toBe(c.skipped);
  }
}

describe.sequential("the bad-file corpora, as the dialog reports them", () => {
  beforeAll(() => openApp());
  afterAll(closeApp);

  const cases = corpusCases();
  test.each(corpusImports().map((i) => [`${i.format}/${i.fixture}`, i] as const))("%s", async (_, { format, fixture }) => {
    const files = corpusFiles(format, fixture);
    await importThrough(buffers(files), files[0].name);
    const lines = await shownLines();
    const summaryText = (await summary().locator("p").first().textContent())!;
    const canOpen = (await dialog().getByRole("button", { name: "Open data set" }).count()) === 1;
    const mine = cases.filter((c) => c.format === format && c.fixture === fixture);
    // A file of the corpus with no row in its table is still read, and still reported.
    if (!mine.length) expect(summaryText.length).toBeGreaterThan(0);
    for (const c of mine) checkShown(c, lines, summaryText, canOpen);
  });
});

// ---------------------------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;
const dayText = (day: number): string => {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

/**
 * The day an imported data set opens on, as the explorer's documentation states it: the last day
 * of the latest start dated to a year or finer, no later than the data's last date; today when
 * nothing is dated.
 */
function openingDay(dataSet: DataSet): number {
  let last = -Infinity;
  let latestStart = -Infinity;
  const fine = (d: { precision: string } | null | undefined) => !!d && d.precision !== "decade" && d.precision !== "century";
  for (const r of dataSet.relations)
    for (const p of r.periods) {
      for (const d of [p.start, p.end]) if (fine(d)) last = Math.max(last, d!.last);
      if (fine(p.start)) latestStart = Math.max(latestStart, p.start!.last);
    }
  if (last === -Infinity) return Math.floor(Date.now() / DAY_MS);
  return Number.isFinite(latestStart) ? Math.min(latestStart, last) : last;
}

/**
 * Actors are drawn where their positions put them when screen = scale × position + offset, the
 * same scale on both axes and y pointing up: the view may pan and zoom, never distort. Checked by
 * fitting each axis by least squares.
 */
function expectDrawnAt(actors: readonly DrawnActor[], positions: ReadonlyMap<string, readonly [number, number]>): void {
  const fit = (pairs: [number, number][]) => {
    const n = pairs.length;
    const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
    const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
    const sxx = pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
    const slope = sxx === 0 ? 0 : pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
    const worst = Math.max(...pairs.map(([x, y]) => Math.abs(my + slope * (x - mx) - y)));
    return { slope, worst, spread: sxx };
  };
  const xs = fit(actors.map((a) => [positions.get(a.id)![0], a.x]));
  const ys = fit(actors.map((a) => [positions.get(a.id)![1], a.y]));
  expect(xs.worst, "largest distance in x from where the positions put an actor (px)").toBeLessThan(1);
  expect(ys.worst, "largest distance in y from where the positions put an actor (px)").toBeLessThan(1);
  if (xs.spread > 0 && ys.spread > 0) {
    expect(xs.slope).toBeGreaterThan(0);
    expect(ys.slope).toBeLessThan(0);
    expect(Math.abs(ys.slope) / xs.slope).toBeCloseTo(1, 2);
  }
}

describe.sequential("the GEXF samples", () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".gexf")).sort();
  beforeAll(() => openApp());
  afterAll(closeApp);

  test("there are samples to import", () => {
    expect(samples.length).toBeGreaterThanOrEqual(9);
  });

  test.each(samples)("%s opens, drawn as the data says at its opening day, every actor where the layout puts it", async (name) => {
    const text = readFileSync(`${SAMPLES}/${name}`, "utf8");
    const node = importFiles([{ name, text }], taxonomy);
    if (!node.ok) throw new Error(`${name} does not import in Node`);
    await importThrough(buffers([{ name, text }]), name);
    await openImported(name.replace(/\.gexf$/, ""));

    const at = openingDay(node.dataSet);
    const expected = plainSlice(node.dataSet, { at });
    const n = expected.relations.length;
    expect(await status()).toBe(`${n} relation${n === 1 ? "" : "s"} among ${expected.visibleActors.length} actors as of ${dayText(at)}`);
    const opening = await drawn(page);
    expect(opening.relations.map((r) => r.id).sort()).toEqual([...expected.relations].sort());
    expect(opening.actors.map((a) => a.id).sort()).toEqual([...expected.visibleActors].sort());

    // With actors that have no relation shown too, every actor is drawn, inside the graph, apart from the others.
    await page.locator("fl-legend").getByLabel("Hide actors with no visible relation").uncheck();
    await expect.poll(async () => (await drawn(page)).actors.length).toBe(node.dataSet.actors.length);
    const all = (await drawn(page)).actors;
    const box = (await page.locator("faultlines-app #graph").boundingBox())!;
    for (const a of all) {
      expect(a.x, a.id).toBeGreaterThanOrEqual(box.x);
      expect(a.x, a.id).toBeLessThanOrEqual(box.x + box.width);
      expect(a.y, a.id).toBeGreaterThanOrEqual(box.y);
      expect(a.y, a.id).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(new Set(all.map((a) => `${a.x.toFixed(1)},${a.y.toFixed(1)}`)).size).toBe(all.length);
    // The positions: the file's own when it gives one for every actor, otherwise the layout the
    // worker ran, which is run here again on the data Node read (the same seed gives the same result).
    const fromFile = node.positions && node.dataSet.actors.every((a) => Object.hasOwn(node.positions!, a.id));
    const positions = new Map(Object.entries(fromFile ? node.positions! : layoutDataSet(node.dataSet)));
    expectDrawnAt(all, positions);
  }, 120_000);

  test("a GEXF with its own layout is drawn as the file lays it out", async () => {
    // An L of four actors: the file's positions, and nothing else, say where each one goes.
    const at: Record<string, [number, number]> = { a: [0, 0], b: [0, 30], c: [0, 60], d: [45, 0] };
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
${Object.entries(at)
  .map(([id, [x, y]]) => `      <node id="${id}" label="${id.toUpperCase()}"><viz:position x="${x}" y="${y}" z="0"/></node>`)
  .join("\n")}
    </nodes>
    <edges><edge id="ab" source="a" target="b"/><edge id="bc" source="b" target="c"/><edge id="ad" source="a" target="d"/></edges>
  </graph>
</gexf>`;
    await importThrough(buffers([{ name: "ell.gexf", text: gexf }]), "ell.gexf");
    await openImported("ell");
    const actors = (await drawn(page)).actors;
    expect(actors.map((a) => a.label).sort()).toEqual(["A", "B", "C", "D"]);
    expectDrawnAt(actors, new Map(Object.entries(at)));
    await page.screenshot({ path: `${SHOTS}/8-own-layout.png` });
  });
});

// ---------------------------------------------------------------------------------------------

/** A relation list of about `megabytes` MB: 300 actors, a quote and one of 50 source documents a row. */
function syntheticCsv(megabytes: number): { text: string; rows: number } {
  const rows = ["source,target,type,start,end,quote,source document"];
  let size = rows[0].length;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const row = `actor-${i % 300},actor-${(i * 7919 + 1) % 300},airstrike,20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")},,"quote number ${i}, with a few words",document ${i % 50}`;
    rows.push(row);
    size += row.length + 1;
  }
  return { text: rows.join("\n") + "\n", rows: rows.length - 1 };
}

const numbers = (label: string) => (/([\d.,]+) of ([\d.,]+)/.exec(label) ?? []).slice(1).map((n) => Number(n.replaceAll(",", "")));

describe.sequential("large files", () => {
  beforeAll(() => openApp());
  afterAll(closeApp);

  test("a large CSV shows its reading in megabytes, then its records, then the layout, each counting up", async () => {
    const { text, rows } = syntheticCsv(6);
    const path = join(tmpdir(), `faultlines-synthetic-${process.pid}.csv`);
    writeFileSync(path, text);
    const megabytes = (Buffer.byteLength(text) / 1_000_000).toFixed(1);
    await openDialog();
    await recordProgressLabels();
    await importThrough(path, `faultlines-synthetic-${process.pid}.csv`);
    await expect(summary().locator("p").first().textContent()).resolves.toBe(`Read 300 actors, ${rows.toLocaleString("en")} relations and 50 source documents from ${rows.toLocaleString("en")} rows; 1 actor kind added to the taxonomy.`);

    const labels = await progressLabelsSeen();
    const phase = (l: string) => l.replace(/….*$/, "");
    expect(labels.map(phase).filter((p, k, all) => p !== all[k - 1])).toEqual(["Starting", "Reading file", "Reading records", "Laying out"].slice(labels[0]?.startsWith("Starting") ? 0 : 1));
    const reading = labels.filter((l) => l.startsWith("Reading file…")).map(numbers);
    const records = labels.filter((l) => /^Reading records… \d/.test(l)).map(numbers);
    const layout = labels.filter((l) => l.startsWith("Laying out…")).map(numbers);
    // Bytes: the file's size as the total; records: the rows, counted up to the last; layout: its iterations.
    expect(labels.filter((l) => l.startsWith("Reading file…")).every((l) => l.endsWith(`of ${megabytes} MB`)), labels.join("\n")).toBe(true);
    expect(reading.at(-1)![0]).toBe(Number(megabytes));
    expect(labels).toContain("Reading records…");
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(records.every(([done, total], k) => total === rows && (k === 0 || done > records[k - 1][0]))).toBe(true);
    expect(records.at(-1)).toEqual([rows, rows]);
    expect(layout.length).toBeGreaterThanOrEqual(2);
    expect(layout.every(([done, total], k) => total === layout[0][1] && (k === 0 || done > layout[k - 1][0]))).toBe(true);
    expect(layout.at(-1)![0]).toBe(layout[0][1]);
  }, 180_000);

  test("a 100 MB file is refused, and said to be, without being read", async () => {
    const path = join(tmpdir(), "huge.gexf");
    writeFileSync(path, "");
    truncateSync(path, 100 * 1024 * 1024);
    await openDialog();
    await recordProgressLabels();
    await importThrough(path, "huge.gexf");
    await expect(summary().textContent()).resolves.toMatch(/Nothing was imported from huge\.gexf: 1 problem, listed below\. The data on screen is unchanged\./);
    expect(await shownLines()).toEqual([
      {
        severity: "error",
        where: "huge.gexf",
        place: "",
        message: "The file is 100.0 MB, over the 16.0 MB this tool imports from a GEXF file; it was not read",
        value: String(100 * 1024 * 1024),
        fix: expect.stringMatching(/^Filter the graph in Gephi/),
      },
    ]);
    expect((await progressLabelsSeen()).filter((l) => l.startsWith("Reading"))).toEqual([]);
    await expect(dialog().getByRole("button", { name: "Open data set" }).count()).resolves.toBe(0);
    rmSync(path);
  });
});

// ---------------------------------------------------------------------------------------------

const VALID = corpusFiles("csv", "valid.csv");

describe.sequential("the data sets kept in the browser", () => {
  afterEach(closeApp);

  /** Each data set of the dialog's list as "name | badge | detail". */
  const listed = () =>
    dialog()
      .locator("li[data-id]")
      .evaluateAll((items) => items.map((li) => [".name", ".badge", "small"].map((s) => li.querySelector(s)?.textContent?.trim() ?? "").join(" | ")));

  test("are listed newest first, come back after a reload with their open-ended periods, and go when deleted", async () => {
    await openApp();
    await importThrough(buffers(VALID), "valid.csv");
    await openImported("valid");
    const dynamics = { name: "dynamics.gexf", text: readFileSync(`${SAMPLES}/dynamics.gexf`, "utf8") };
    await importThrough(buffers([dynamics]), "dynamics.gexf");
    await openImported("dynamics");
    await openDialog();
    const list = await listed();
    expect(list).toEqual([
      "Afghanistan–Pakistan (bundled) |  | 27 actors, 100 relations · shipped with Faultlines",
      expect.stringMatching(/^dynamics \| On screen \| 4 actors, 5 relations · imported \d{1,2} \w+ \d{4} from dynamics\.gexf$/),
      expect.stringMatching(/^valid \|  \| 3 actors, 4 relations · imported \d{1,2} \w+ \d{4} from valid\.csv, valid\.actors\.csv$/),
    ]);

    await page.reload();
    await page.getByTestId("status").waitFor();
    await expect.poll(dataName).toBe("dynamics");
    await openDialog();
    await expect.poll(listed).toEqual(list);
    await dialog().getByRole("button", { name: "Open valid" }).click();
    await expect.poll(dataName).toBe("valid");
    // valid.csv's refuge runs from 2015 with no end ("ongoing"): read back from the browser's
    // store, it is still on at the opening day, 31 Mar 2026, with the two relations of 2026.
    expect(await status()).toBe("3 relations among 3 actors as of 31 Mar 2026");
    expect((await drawn(page)).relations.map((r) => r.id).sort()).toEqual(["refuge", "strikes-2", "truce"]);

    await openDialog();
    await dialog().getByRole("button", { name: "Delete valid", exact: true }).click();
    await dialog().getByRole("button", { name: "Yes, delete valid" }).click();
    await expect.poll(async () => (await listed()).length).toBe(2);
    await page.reload();
    await page.getByTestId("status").waitFor();
    await openDialog();
    // Deleting the data set on screen put the bundled one back.
    expect(await listed()).toEqual([expect.stringMatching(/^Afghanistan–Pakistan \(bundled\) \| On screen \| /), list[1].replace(" On screen ", "  ")]);
  });

  test("one too large for the browser's quota stays open until the page closes, and says so", async () => {
    await openApp();
    // The storage quota is the browser's, not the app's: lowered here through the DevTools protocol.
    const cdp = await context!.newCDPSession(page);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(base).origin, quotaSize: 256 * 1024 });
    // Quotes of letters that do not repeat: the browser compresses what it stores, and a
    // repeated phrase would fit in the smallest quota.
    let seed = 1;
    const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join("");
    const rows = ["source,target,type,start,quote"];
    for (let i = 0; i < 400; i++) rows.push(`actor-${i % 40},actor-${(i * 7 + 1) % 40},airstrike,2020-01,${letters(2000)}`);
    await importThrough(buffers([{ name: "wordy.csv", text: rows.join("\n") }]), "wordy.csv");
    await openImported("wordy");
    await expect(page.getByTestId("notice").textContent()).resolves.toMatch(
      /wordy is open, but it will not be there after a reload: "wordy" is too large to keep in this browser's storage \(40 actors, 400 relations\): it stays open until the page is closed\. To make room, delete data sets you no longer need/,
    );
    await openDialog();
    await expect(dialog().locator('li[aria-current="true"]').textContent()).resolves.toContain("kept until this page closes");
    // And so it is: after a reload its link names a data set the browser does not have.
    await page.reload();
    await page.getByTestId("status").waitFor();
    await expect.poll(dataName).toBe("Afghanistan–Pakistan (bundled)");
    await expect(page.getByTestId("notice").textContent()).resolves.toMatch(/named in this link is not kept in this browser/);
  }, 90_000);

  test("in a browser that keeps nothing, an import lasts until the page closes, and says why", async () => {
    await openApp(async (p) => {
      // As in a private window with storage turned off: the page has no IndexedDB at all.
      await p.addInitScript(() => Object.defineProperty(window, "indexedDB", { get: () => undefined }));
    });
    await importThrough(buffers(VALID), "valid.csv");
    await openImported("valid");
    await expect(page.getByTestId("notice").textContent()).resolves.toMatch(
      /valid is open, but it will not be there after a reload: IndexedDB is unavailable \(this browser has no IndexedDB\), as in private browsing .*: imported data sets cannot be kept, and each import lasts until the page is closed/,
    );
    expect((await drawn(page)).relations).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------

describe.sequential("a worker that fails", () => {
  // No file makes the app's own worker throw or end without a word, so these hand the
  // supervisor workers that do, on a test page (test/pages/import.html), and read its outcome.
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    problems = new ProblemLog(page);
    await page.goto(`${base}test/pages/import.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  });
  afterAll(closeApp);

  const withWorker = (script: string) =>
    page.evaluate(
      ([script, files, taxonomy]) => (window as unknown as { __importWithWorker: (...a: unknown[]) => Promise<{ kind: string; report?: { diagnostics: { message: string }[] } }> }).__importWithWorker(script, files, taxonomy),
      [script, VALID, taxonomy] as const,
    );
  const expectStopped = (outcome: Awaited<ReturnType<typeof withWorker>>, why: RegExp) => {
    if (outcome.kind !== "failed") throw new Error(`expected a failure, got ${outcome.kind}`);
    expect(outcome.report!.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", file: "valid.csv, valid.actors.csv", message: expect.stringMatching(/^the import stopped unexpectedly \(.*\); nothing was imported, and the data on screen is unchanged$/), fix: expect.stringMatching(/^Try again/) }),
    ]);
    expect(outcome.report!.diagnostics[0].message).toMatch(why);
  };

  test("with an error ends the import with a report", async () => {
    expectStopped(await withWorker("throw new Error('the worker broke');"), /the worker broke/);
  });

  test("that ends without a word (as when it runs out of memory) ends the import too", async () => {
    const vanishing = `self.onmessage = (e) => navigator.locks.request(e.data.lock, () => { postMessage({ type: "started" }); setTimeout(() => self.close(), 50); return new Promise(() => {}); });`;
    expectStopped(await withWorker(vanishing), /the worker ended without a result/);
  });
});
