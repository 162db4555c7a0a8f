/**
 * Where opening a data set spends its time: loads one page (the explorer or a baseline) with
 * Chromium's sampling profiler on from navigation, and prints the time inside the functions that
 * make up an open (inclusive, so a caller holds its callees), the functions with the most time of
 * their own, and the page's user-timing measures. For finding what bounds the open figure, not
 * for the table.
 *
 *   npx tsx bench/browser/open-profile.ts [--actors=20000] [--relations=200000] [--view=app|rebuild|scan]
 */
import type { Profiler } from "node:inspector";
import { startBenchServer } from "./bench-server";
import { launchBrowser } from "../../src/cli/chromium";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [actors, relations] = [Number(arg("actors", "20000")), Number(arg("relations", "200000"))];
const view = arg("view", "app");
/** The functions an open is made of, timed with their callees. */
const STEPS = arg("steps", "benchData,syntheticDataSet,derive,prepareFirst,buildGraph,layoutDataSet,timelineRange,RelationIndex,histogram,openEnds,show,render,explorerPage,of,computeViewSlice,alignmentPage,update,mount,refresh,draw,postMessage,structuredClone,rankingSlots,changeDays,changeMarks,relationsKeptByFilters").split(",");

const { server, origin } = await startBenchServer();
const url = `${origin}/bench/pages/${view === "app" ? "app.html" : "baseline.html"}#actors=${actors}&relations=${relations}${view === "app" ? "" : `&view=${view}`}`;
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error(`open-profile: ${e.message}`));
  await page.goto("about:blank");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("body[data-ready=true]").waitFor({ timeout: 10 * 60_000 });
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profiler.Profile };
  const figures = await page.evaluate(() => window.__bench.figures);
  const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => `${m.name} ${Math.round(m.startTime)}+${Math.round(m.duration)}`));
  const loading = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return `${resources.length} resources, the last loaded at ${Math.round(Math.max(...resources.map((r) => r.responseEnd)))} ms`;
  });
  console.log(loading);
  console.log(`${view} at ${actors} / ${relations}: ${JSON.stringify(figures, (_, v) => (typeof v === "number" ? Math.round(v) : v))}`);
  console.log(`measures: ${measures.join("; ")}`);
  printTimes(profile);
} finally {
  await browser.close();
  await server.close();
}

/** Inclusive time of the named steps and the largest self times. */
function printTimes(profile: Profiler.Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const { functionName, url: file, lineNumber } = byId.get(id)!.callFrame;
    return { fn: functionName || "(anonymous)", at: `${file.split("/").slice(-2).join("/").split("?")[0]}:${lineNumber + 1}` };
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const { fn, at } = name(id);
    if (fn === "(idle)" || fn === "(program)") return;
    self.set(`${fn} ${at}`, (self.get(`${fn} ${at}`) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const s = name(n);
      if (!STEPS.includes(s.fn)) continue;
      const key = `${s.fn} ${s.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  // A timeline from the data generated on (--zero=FUNCTION): per 500 ms, the busy time and where most of it went.
  let t = 0;
  let zero: number | undefined;
  const buckets = new Map<number, Map<string, number>>();
  (profile.samples ?? []).forEach((id, i) => {
    t += (deltas[i] ?? 0) / 1000;
    const stack: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(name(n).fn);
    if (zero === undefined && stack.includes(arg("zero", "benchData"))) zero = t;
    if (zero === undefined) return;
    const leaf = stack[0];
    if (leaf === "(idle)" || leaf === "(program)") return;
    const step = stack.find((f) => STEPS.includes(f)) ?? leaf;
    const bucket = Math.floor((t - zero) / 500);
    const b = buckets.get(bucket) ?? new Map<string, number>();
    b.set(step, (b.get(step) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    buckets.set(bucket, b);
  });
  console.log("from the zero function, per 500 ms: busy ms, then the steps in it");
  for (const [bucket, b] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const busy = [...b.values()].reduce((x, y) => x + y, 0);
    console.log(`  ${String(bucket * 500).padStart(6)} ${busy.toFixed(0).padStart(4)}  ${[...b].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([f, v]) => `${f} ${v.toFixed(0)}`).join(", ")}`);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`busy (sampled, not idle) ${Math.round(total)} ms; steps with their callees:`);
  for (const [key, t] of [...inclusive].sort((a, b) => b[1] - a[1]).filter(([, t]) => t >= 5)) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${key}`);
  console.log("top self times:");
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${key}`);
}
