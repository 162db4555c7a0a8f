/**
 * The import figures of the browser benchmark: a relation list of the size's relations (CSV, no
 * positions) chosen in the explorer's real import dialog, which reads and parses it in a worker
 * and then lays it out there (a first layout when it is large), then opened and followed while
 * the view refines its layout (import-layout.ts); and, as the baseline, the same file parsed by the same importer on
 * the page's own thread (bench/pages/import-main.html). While the worker works, the page records
 * every frame, every long task and each change of the progress bar's label, so the figures say
 * how long the parse took, how often the bar moved and whether the page kept drawing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readDataDir } from "../../src/cli/read-data-dir";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { ms } from "../measure";
import type { BenchRow } from "../rows";
import { syntheticDataSet } from "../synthetic";
import { sizeName } from "./figures";
import { openAndRefine, readability } from "./import-layout";

/** Where the screenshots of the first and settled layouts go, beside the other benchmarks' shots. */
const SHOTS = "test-results/bench";
/** A page's first load compiles its modules in the dev server: minutes on a busy machine. */
const PAGE_WAIT_MS = 300_000;

/** The data set as one relation list: source and target by label, type, start and end. */
export function relationsCsv(dataSet: DataSet): string {
  const label = new Map(dataSet.actors.map((a) => [a.id, a.label]));
  const rows = ["source,target,type,start,end"];
  for (const r of dataSet.relations) {
    const [from, to = ""] = r.periods[0].edtf.split("/");
    // A relation held since before the sources ("../2019") starts, in a list, where it is first known.
    const [start, end] = from === ".." ? [to, ""] : [from, to === ".." ? "" : to];
    rows.push(`${label.get(r.source)},${label.get(r.target)},${r.type},${start},${end}`);
  }
  return rows.join("\n");
}

/**
 * Watches the page from now on: frame intervals, long tasks, and the import dialog's progress
 * label (inside two shadow roots) with the time of each change. A string, so no bundler helper
 * is needed in the page.
 */
const WATCH = `(() => {
  const w = { frames: [], longTasks: [], labels: [], start: performance.now() };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask" });
  let last = performance.now();
  const tick = (now) => {
    w.frames.push({ at: now, interval: now - last });
    last = now;
    const dialog = document.querySelector("faultlines-app")?.shadowRoot?.querySelector("fl-import-dialog")?.shadowRoot;
    const text = dialog?.querySelector("#import-progress-label")?.textContent ?? (dialog?.querySelector("#report-title") ? "report" : "");
    if (text !== (w.labels.at(-1)?.text ?? null)) w.labels.push({ at: now, text });
    if (!w.stopped) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__watch = w;
})()`;

interface Watched {
  readonly frames: { at: number; interval: number }[];
  readonly longTasks: { start: number; duration: number }[];
  readonly labels: { at: number; text: string }[];
  readonly start: number;
}

const watched = (page: Page): Promise<Watched> => page.evaluate("window.__watch") as Promise<Watched>;

export async function importRows(browser: Browser, origin: string, size: { actors: number; relations: number }): Promise<BenchRow[]> {
  const name = sizeName(size);
  const bundled = loadDataSet(readDataDir("graph-data"));
  if (!bundled.ok) throw new Error("import bench: the bundled data set does not load");
  const csv = Buffer.from(relationsCsv(syntheticDataSet(bundled.dataSet.taxonomy, size.actors, size.relations)));
  // A file on disk, as a person chooses one: handing the browser the bytes instead would have
  // its main thread take them in, a long task no real choice of file makes.
  const file = join(mkdtempSync(join(tmpdir(), "faultlines-import-")), "events.csv");
  writeFileSync(file, csv);
  const mb = `${(csv.length / 1e6).toFixed(1)} MB`;
  const row = (figure: string, value: string, more: Partial<BenchRow> = {}): BenchRow => ({ where: "Chromium", size: name, figure, value, ...more });

  // The baseline first: the same importer on the page's thread.
  const main = await browser.newPage();
  await main.goto(`${origin}/bench/pages/import-main.html`, { timeout: PAGE_WAIT_MS });
  await main.locator("body[data-ready=true]").waitFor({ timeout: PAGE_WAIT_MS });
  await main.locator("#files").setInputFiles(file);
  await main.waitForFunction(() => window.__importMain, undefined, { timeout: 10 * 60_000, polling: 500 });
  const onMain = (await main.evaluate(() => window.__importMain))!;
  await main.close();

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error(`import bench: ${e.message}`));
  await page.goto(`${origin}/`, { timeout: PAGE_WAIT_MS });
  await page.getByTestId("status").waitFor({ timeout: PAGE_WAIT_MS });
  await page.getByRole("button", { name: "Import…" }).click();
  await page.evaluate(WATCH);
  const chosen = await page.evaluate(() => performance.now());
  await page.locator("fl-import-dialog #import-files").setInputFiles(file);
  // Parsing ends where the layout begins (the file has no positions); the layout, with the report.
  await page.waitForFunction(() => (window as unknown as { __watch: Watched }).__watch.labels.some((l) => l.text === "report"), undefined, { timeout: 10 * 60_000, polling: 200 });
  const read = await watched(page);
  const parseEnd = read.labels.find((l) => /^Laying out|^report$/.test(l.text))!.at;
  const reported = read.labels.find((l) => l.text === "report")!.at;
  mkdirSync(SHOTS, { recursive: true });
  const shot = (what: string) => join(SHOTS, `import-${what}-${size.actors}.png`);
  const opened = await openAndRefine(page, size.relations, { first: shot("first-layout"), settled: shot("settled-layout") });
  const all = await watched(page);
  await page.close();

  const during = (from: number, to: number) => ({
    longest: Math.max(0, ...all.longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration)),
    frame: Math.max(0, ...all.frames.filter((f) => f.at > from && f.at <= to).map((f) => f.interval)),
    updates: all.labels.filter((l) => l.at >= from && l.at < to && /^Reading/.test(l.text)).length,
  });
  const parse = during(chosen, parseEnd);
  const parseTime = parseEnd - chosen;
  // Until the worker's first message: starting it and loading its modules (from the dev server here).
  const started = (all.labels.find((l) => /^Reading/.test(l.text))?.at ?? chosen) - chosen;
  const laying = layoutPace(all.labels.filter((l) => l.at >= parseEnd && /^Laying out/.test(l.text)));
  const layoutTime = reported - parseEnd;
  const opening = opened.drawn - opened.clicked;
  // The person's time to read the report and click is not the program's: left out.
  const toFirst = reported - chosen + opening;
  const old = onMain.layout;
  const fullLayout = old.setup + (old.ms * old.total) / Math.max(1, old.iterations);
  const extrapolated = old.iterations < old.total;
  const before = parseTime + fullLayout + opening;
  const refining = during(opened.drawn, opened.settled);
  const readable = readability(opened);
  const actors = size.actors.toLocaleString("en");
  const met = parse.longest <= 50 && parse.updates >= 2;
  return [
    row(
      `import of a ${mb} CSV of ${size.relations.toLocaleString("en")} relations, in the worker: choosing the file → records read`,
      `${ms(parseTime)} ms (of which starting the worker ${ms(started)} ms); progress bar updated ${parse.updates} times; longest main-thread task ${ms(parse.longest)} ms, longest frame ${ms(parse.frame)} ms`,
      {
        baseline: `same importer on the page's thread: ${ms(onMain.read + onMain.parse)} ms, the parse one task of ${ms(onMain.parse)} ms`,
        ratio: `${((onMain.read + onMain.parse) / parseTime).toFixed(2)}×`,
        ...(size.relations === 200_000 ? { target: `parsed off the main thread with a progress bar: ${met ? "met" : "missed"}` } : {}),
      },
    ),
    row(
      `import of ${actors} actors: choosing the file → first layout drawn`,
      `${ms(toFirst)} ms: records read ${ms(parseTime)}, ${opened.refined ? "first" : "full"} layout in the worker ${ms(layoutTime)} (${laying}), opening → drawn ${ms(opening)} (the report's wait for a click left out); longest main-thread task ${ms(during(chosen, opened.drawn).longest)} ms`,
      {
        baseline: `the full layout before showing: ${ms(before)} ms (records read ${ms(parseTime)} + ${old.total} iterations ${ms(fullLayout)}, ${extrapolated ? `extrapolated from ${old.iterations} in ${ms(old.ms)} ms` : "measured"} on the baseline page's thread + the same opening)`,
        ratio: `${(before / toFirst).toFixed(2)}×`,
        ...(size.actors === 20_000 ? { target: `≤ 10 s: ${toFirst <= 10_000 ? "met" : "missed"}` } : {}),
      },
    ),
    row(
      `import of ${actors} actors: refining in the background, the view following (until settled)`,
      opened.refined
        ? `settled ${ms(opened.settled - opened.drawn)} ms after the first frame; longest main-thread task ${ms(refining.longest)} ms, longest frame ${ms(refining.frame)} ms`
        : "no refinement: small enough for the full layout at once",
    ),
    row(`import of ${actors} actors: how readable the first layout is`, readable.value, { baseline: readable.baseline }),
  ];
}

/** The layout's iterations and their pace, from the first and last "Laying out… n of N" labels. */
function layoutPace(labels: readonly { at: number; text: string }[]): string {
  const parse = (text: string) => text.match(/([\d,]+) of ([\d,]+)/)?.slice(1).map((n) => Number(n.replace(/,/g, "")));
  const points = labels.flatMap((l) => {
    const n = parse(l.text);
    return n ? [{ at: l.at, done: n[0], total: n[1] }] : [];
  });
  if (points.length < 2) return "no layout progress seen";
  const [first, last] = [points[0], points.at(-1)!];
  return `${last.total} iterations, ${(((last.done - first.done) * 1000) / (last.at - first.at)).toFixed(1)} a second`;
}
