/**
 * The browser half of `npm run bench`: the explorer in the tests' headless Chromium on synthetic
 * data sets, and side by side in the same run, driven by the same drag of the same slider, the
 * two ways peer tools slice by date (bench/browser/rebuild-view.ts, scan-reducer-view.ts).
 * Starts its own Vite dev server. Run alone with
 * `npx tsx bench/browser/run-browser.ts [--large] [--size=ACTORS] [--only=import|explorer|film|open]`.
 */
import { mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../src/cli/chromium";
import { startBenchServer } from "./bench-server";
import { ms, table } from "../measure";
import type { BenchRow } from "../rows";
import { drag, play, relayout, type Phase } from "./drive";
import { describeTasks, percentile, sizeName } from "./figures";
import { importRows } from "./import-bench";
import { filmRows } from "./film-bench";

export interface BrowserBenchOptions {
  readonly sizes: readonly { actors: number; relations: number }[];
  /**
   * Only the import figures (bench/browser/import-bench.ts), only the film's (film-bench.ts), all
   * but import, or only the open rows (each page loaded, nothing dragged); all by default.
   */
  readonly only?: "import" | "explorer" | "film" | "open";
}

/** The size the project's targets are set for. */
const TARGET_SIZE = "20,000 / 200,000";
/**
 * Per size, how much faster than rebuilding a filtered graph a timeline input must reach its
 * frame, and the longest main-thread task allowed outside sigma's render (ms) during a drag and
 * playback.
 */
const FRAME_TARGETS: Record<string, { readonly versusRebuild: number; readonly longestTask: number }> = {
  "1,000 / 10,000": { versusRebuild: 1, longestTask: 50 },
  "20,000 / 200,000": { versusRebuild: 1.5, longestTask: 100 },
};
const SHOTS = "test-results/bench";

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BenchRow[]> {
  const { server, origin } = await startBenchServer();
  const base = `${origin}/bench/pages/`;
  await fetch(`${base}app.html`);
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  try {
    const rows: BenchRow[] = [];
    // Films are of the bundled data set, whatever the sizes.
    if (!options.only || options.only === "film") rows.push(...(await filmRows(browser, origin)));
    if (options.only === "film") return rows;
    for (const size of options.sizes) {
      if (options.only === "open") rows.push(...(await openOneSize(browser, base, size)));
      else if (options.only !== "import") rows.push(...(await benchOneSize(browser, base, size)));
      // The import's own size: 500,000 relations make a CSV over the importer's cap.
      if ((!options.only || options.only === "import") && size.relations <= 200_000) rows.push(...(await importRows(browser, origin, size)));
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function open(browser: Browser, url: string, timeout: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error(`browser bench: ${url}: ${e.message}`));
  // The page signals ready itself; its load event waits for the page script, which can take minutes.
  await page.goto(url, { waitUntil: "commit", timeout: 300_000 });
  await page.locator("body[data-ready=true]").waitFor({ timeout });
  return page;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

const figures = (page: Page) => page.evaluate(() => window.__bench.figures);

async function benchOneSize(browser: Browser, base: string, size: { actors: number; relations: number }): Promise<BenchRow[]> {
  const name = sizeName(size);
  const hash = `#actors=${size.actors}&relations=${size.relations}`;
  const big = size.relations >= 100_000;
  // At 200,000 relations a step of the baselines takes seconds here: fewer steps, each of about
  // a year and a half of the thirty, so the run stays near ten minutes; 8 at 500,000.
  const steps = size.relations > 300_000 ? 8 : big ? 20 : 60;
  const timeout = big ? 120_000 : 10_000;
  const row = (figure: string, value: string, more: Partial<BenchRow> = {}): BenchRow => ({ where: "Chromium", size: name, figure, value, ...more });
  const atTarget = name === TARGET_SIZE;
  const targets = FRAME_TARGETS[name];

  // The explorer: load, heap, drag, playback, re-layout.
  const app = await open(browser, `${base}app.html${hash}`, 10 * 60_000);
  const loaded = await figures(app);
  const heap = await heapAfterGc(app);
  // Big graphs keep the GPU (software WebGL here) busy for a while: give the screenshot time.
  await app.screenshot({ path: `${SHOTS}/app-${size.actors}.png`, timeout: 300_000 });
  const appDrag = await attempt(`${name} drag`, () => drag(app, steps, timeout));
  const playback = await attempt(`${name} playback`, () => play(app, 4000));
  const layout = await attempt(`${name} re-layout`, () => relayout(app, timeout));
  await app.close();

  const baselines: Record<"rebuild" | "scan", Phase> = {} as never;
  const baselineLoad: Record<string, { firstFrame: number; asked: number }> = {};
  for (const view of ["rebuild", "scan"] as const) {
    const page = await open(browser, `${base}baseline.html${hash}&view=${view}`, 10 * 60_000);
    const { firstFrame, asked } = await figures(page);
    baselineLoad[view] = { firstFrame, asked };
    baselines[view] = await attempt(`${name} ${view} drag`, () => drag(page, steps, timeout));
    await page.close();
  }

  const ours = percentile(appDrag.latencies, 0.5);
  const versus = (view: "rebuild" | "scan", label: string, target?: number): BenchRow => {
    const theirs = percentile(baselines[view].latencies, 0.5);
    const ratio = theirs / ours;
    return row(`timeline input → drawn frame, vs ${label}`, latencyText(appDrag), {
      baseline: `${label} ${latencyText(baselines[view])}`,
      ratio: `${ratio.toFixed(1)}×`,
      ...(target ? { target: `≥ ${target.toFixed(1)}×: ${ratio >= target ? "met" : "missed"}` } : {}),
    });
  };
  // The longest task allowed outside sigma's render, or none when the phase has no target at this size.
  const tasks = (phase: Phase, label: string, limit: number | undefined): BenchRow => {
    const target = (met: boolean) => (limit === undefined ? {} : { target: `none over ${limit} ms outside sigma's render: ${met ? "met" : "missed"}` });
    if (phase.failed) return row(`main-thread tasks > 50 ms, ${label}`, `did not finish (${phase.failed})`, target(false));
    const d = describeTasks(phase);
    return row(`main-thread tasks > 50 ms, ${label}`, d.text, target(d.otherThanDrawing <= limit!));
  };
  return [
    ...openRows(name, loaded, baselineLoad, atTarget),
    row("JS heap after load (after GC)", `${(heap / 2 ** 20).toFixed(0)} MB`),
    versus("rebuild", "rebuilding a filtered graph", targets?.versusRebuild),
    versus("scan", "reducer scanning every relation's dates"),
    mainThread(name, appDrag, baselines.rebuild),
    tasks(appDrag, `drag of ${steps} steps`, targets?.longestTask),
    row("frame interval during playback (1 year/s)", playback.failed ? `did not finish (${playback.failed})` : `median ${ms(percentile(playback.frames, 0.5))} ms (p95 ${ms(percentile(playback.frames, 0.95))}, max ${ms(Math.max(...playback.frames))}; ${playback.renders.length} renders in 4 s)`),
    tasks(playback, "playback", targets?.longestTask),
    row("re-layout visible (ForceAtlas2 worker): keyboard step → frame, longest frame", layout.failed ? latencyText(layout) : `${latencyText(layout)}; longest frame ${ms(Math.max(...layout.frames))} ms`),
    tasks(layout, "re-layout", atTarget ? 50 : undefined),
  ];
}

/** The open rows alone: the explorer page and the two baselines loaded one after another. */
async function openOneSize(browser: Browser, base: string, size: { actors: number; relations: number }): Promise<BenchRow[]> {
  const name = sizeName(size);
  const hash = `#actors=${size.actors}&relations=${size.relations}`;
  const load = async (url: string) => {
    const page = await open(browser, url, 10 * 60_000);
    const loaded = await figures(page);
    await page.close();
    return loaded;
  };
  const loaded = await load(`${base}app.html${hash}`);
  const [rebuild, scan] = [await load(`${base}baseline.html${hash}&view=rebuild`), await load(`${base}baseline.html${hash}&view=scan`)];
  return openRows(name, loaded, { rebuild, scan }, name === TARGET_SIZE);
}

/**
 * Opening the data set: from navigation start (the page's code loaded, the bundled data set shown,
 * the data generated), and from the data handed over, which is the open itself: on the explorer
 * page the preparation, then the panels' first render, the display graph and sigma's first frame;
 * on the rebuild page its preparation (histogram included) and its graph drawn. The target is
 * the open itself; the work left for after the first frame has its own row.
 */
function openRows(name: string, loaded: Record<string, number>, baseline: Record<"rebuild" | "scan", Record<string, number>>, atTarget: boolean): BenchRow[] {
  const row = (figure: string, value: string, more: Partial<BenchRow> = {}): BenchRow => ({ where: "Chromium", size: name, figure, value, ...more });
  const { rebuild, scan } = baseline;
  const opened = loaded.firstFrame - loaded.asked;
  const theirs = rebuild.firstFrame - rebuild.asked;
  const ratio = theirs / opened;
  return [
    row("open → first frame (navigation start → first frame after sigma's first render of the data)", `${ms(loaded.firstFrame)} ms (of which the page's code and the bundled data set ${ms(loaded.bundledShown)} ms, generating the data in the page ${ms(loaded.generation)} ms)`, {
      baseline: `rebuild ${ms(rebuild.firstFrame)} ms, scan reducer ${ms(scan.firstFrame)} ms`,
      ratio: `${(rebuild.firstFrame / loaded.firstFrame).toFixed(2)}×`,
    }),
    row("open → first frame, from the data handed over (main thread: preparation, then panels, display graph and sigma)", `${ms(opened)} ms (preparation ${ms(loaded.prepare)} ms, then ${ms(loaded.firstDraw)} ms to the frame)`, {
      baseline: `rebuild ${ms(theirs)} ms, scan reducer ${ms(scan.firstFrame - scan.asked)} ms`,
      ratio: `${ratio.toFixed(2)}×`,
      ...(atTarget ? { target: `no slower than the rebuild page (≥ 1.0×): ${ratio >= 1 ? "met" : "missed"}` } : {}),
    }),
    row("after the first frame: histogram, change days, balance series' start (one task each)", `${ms(loaded.laterWork)} ms, longest task ${ms(loaded.laterLongest)} ms; histogram shown ${ms(loaded.histogramShown - loaded.firstFrame)} ms after the first frame`),
  ];
}

/**
 * The page's own thread per drag step, apart from the GPU: the median long task of the drag
 * (each step's work is one task: the slice, the redraw and sigma's render). Software WebGL draws
 * on another thread, and a frame is shown only once it has drawn, so where drawing is slower than
 * the page's work the latency rows measure the drawing; this row compares the work.
 */
function mainThread(size: string, ours: Phase, rebuild: Phase): BenchRow {
  const text = (p: Phase) => (p.failed ? "did not finish" : p.longTasks.length ? `median ${ms(percentile(p.longTasks.map((t) => t.duration), 0.5))} ms over ${p.longTasks.length} long tasks` : "no task over 50 ms");
  const [a, b] = [percentile(ours.longTasks.map((t) => t.duration), 0.5), percentile(rebuild.longTasks.map((t) => t.duration), 0.5)];
  return {
    where: "Chromium",
    size,
    figure: "main-thread work per drag step (the step's long task), vs rebuilding a filtered graph",
    value: text(ours),
    baseline: `rebuilding a filtered graph ${text(rebuild)}`,
    ...(Number.isFinite(a) && Number.isFinite(b) ? { ratio: `${(b / a).toFixed(1)}×` } : {}),
  };
}

/** A phase that fails (a page too busy to answer a click) is reported as such, not fatal to the run. */
async function attempt(label: string, run: () => Promise<Phase>): Promise<Phase> {
  const started = Date.now();
  try {
    const phase = await run();
    console.error(`browser bench: ${label}: ${phase.latencies.length} steps answered, ${phase.longTasks.length} long tasks (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return phase;
  } catch (e) {
    console.error(`browser bench: ${label} did not finish: ${(e as Error).message.split("\n")[0]}`);
    return { latencies: [], missed: 0, longTasks: [], renders: [], draws: [], frames: [], failed: (e as Error).message.split("\n")[0] };
  }
}

function latencyText(phase: Phase): string {
  if (phase.failed) return `did not finish (${phase.failed})`;
  const missed = phase.missed ? `, ${phase.missed} steps unanswered` : "";
  return `median ${ms(percentile(phase.latencies, 0.5))} ms (p95 ${ms(percentile(phase.latencies, 0.95))}${missed})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizes = [
    { actors: 1_000, relations: 10_000 },
    { actors: 20_000, relations: 200_000 },
    ...(process.argv.includes("--large") ? [{ actors: 50_000, relations: 500_000 }] : []),
  ];
  const sized = process.argv.find((a) => a.startsWith("--size="));
  const chosen = sized ? sizes.filter((s) => String(s.actors) === sized.slice(7)) : sizes;
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7) as BrowserBenchOptions["only"];
  const rows = await runBrowserBench({ sizes: chosen, only });
  console.log(table(["where", "size", "figure", "value", "baseline", "ratio", "target"], rows.map((r) => [r.where, r.size, r.figure, r.value, r.baseline ?? "", r.ratio ?? "", r.target ?? ""])));
}
