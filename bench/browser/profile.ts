/**
 * Where a timeline drag spends its time: drives the same drag as the benchmark on one page (the
 * explorer or a baseline) with Chromium's sampling profiler on, and prints the functions with
 * the most time of their own, beside each step's latency and sigma's render times. For finding
 * what bounds a figure, not for the table.
 *
 * With --trace=file.json it records a Chrome trace of the drag instead (main thread, compositor,
 * raster and GPU threads, the frames' pipeline stages) and prints where each step's time went
 * (trace-steps.ts).
 *
 *   npx tsx bench/browser/profile.ts [--actors=20000] [--relations=200000] [--view=app|rebuild|scan] [--steps=6] [--shot=file.png] [--trace=file.json]
 */
import { readFileSync } from "node:fs";
import type { Profiler } from "node:inspector";
import type { CDPSession } from "playwright-core";
import { startBenchServer } from "./bench-server";
import { launchBrowser } from "../../src/cli/chromium";
import { drag } from "./drive";
import { describeTasks, percentile } from "./figures";
import { describeTrace, type TraceEvent } from "./trace-steps";

/** What a trace records: the page's tasks, style, layout, paint, raster, compositing, the GPU thread and the frames' stages. */
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "blink", "cc", "gpu", "viz", "benchmark", "toplevel", "disabled-by-default-devtools.timeline.paint", "blink.user_timing", "v8.execute", "disabled-by-default-devtools.timeline.invalidationTracking"];

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [actors, relations, steps] = [Number(arg("actors", "20000")), Number(arg("relations", "200000")), Number(arg("steps", "6"))];
const view = arg("view", "app");

const { server, origin } = await startBenchServer();
const page_ = view === "app" ? "app.html" : "baseline.html";
const url = `${origin}/bench/pages/${page_}#actors=${actors}&relations=${relations}${view === "app" ? "" : `&view=${view}`}`;
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error(`profile: ${e.message}`));
  // A loaded machine serves the dev build slowly: the page, like its data, may take minutes.
  await page.goto(url, { timeout: 10 * 60_000 });
  await page.locator("body[data-ready=true]").waitFor({ timeout: 10 * 60_000 });
  // One step first, so the profile holds steady-state steps only.
  await drag(page, 1, 120_000);
  const trace = arg("trace", "");
  const cdp = await page.context().newCDPSession(page);
  if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
  else {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  const phase = await drag(page, steps, 120_000);
  let profile: Profiler.Profile | undefined;
  if (trace) {
    await browser.stopTracing();
    const events = (JSON.parse(readFileSync(trace, "utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
    console.log(describeTrace(events, steps));
    await describeElements(cdp, events, steps);
  }
  else ({ profile } = (await cdp.send("Profiler.stop")) as { profile: Profiler.Profile });
  const renders = phase.renders.map((r) => Math.round(r.duration));
  console.log(`${view} at ${actors} / ${relations}: latencies ${phase.latencies.map(Math.round).join(", ")} ms (median ${Math.round(percentile(phase.latencies, 0.5))}); sigma renders ${renders.join(", ")} ms`);
  console.log(`long tasks: ${phase.longTasks.map((t) => Math.round(t.duration)).join(", ")} ms; redraws ${phase.draws.map((d) => Math.round(d.duration)).join(", ")} ms`);
  console.log(describeTasks(phase).text);
  if (profile) {
    printSelfTimes(profile);
    printPartTimes(profile, steps);
  }
  const shot = arg("shot", "");
  if (shot) await page.screenshot({ path: shot, timeout: 300_000 });
} finally {
  await browser.close();
  await server.close();
}

/** Self time per function, summed over samples, largest first. */
function printSelfTimes(profile: Profiler.Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url: file, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${file.split("/").slice(-2).join("/").split("?")[0]}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total sampled ${Math.round(total)} ms; top self times:`);
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${time.toFixed(0).padStart(7)} ms  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
}

/**
 * Time inside each part of a step (the function and all it calls), per step: the explorer's own
 * parts of a redraw and sigma's phases, so each is read apart from what it calls.
 */
function printPartTimes(profile: Profiler.Profile, steps: number): void {
  // Sigma's methods by name within its own module: Lit and graphology have a render and an addEdge too.
  const ours = ["flush", "syncRelations", "forgetDroppedRelations", "sliceChanges", "drawnLines", "bundleRelations", "computeViewSlice", "performUpdate"];
  const sigmas = ["refresh", "addNode", "addEdge", "process", "zIndexOrdering", "render", "renderLabels", "renderEdgeLabels"];
  const parts = [...ours, ...sigmas.map((name) => `sigma ${name}`)];
  const partOf = ({ functionName, url }: { functionName: string; url: string }) => (ours.includes(functionName) ? functionName : url.includes("sigma") && sigmas.includes(functionName) ? `sigma ${functionName}` : undefined);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = partOf(byId.get(at)!.callFrame);
      if (name) seen.add(name);
    }
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  console.log(`time inside each part (it and what it calls), per step of ${steps}:`);
  for (const name of parts) console.log(`  ${((total.get(name) ?? 0) / steps).toFixed(1).padStart(8)} ms  ${name}`);
}

/** The elements a traced drag painted most and those whose changes made layout dirty, named from the live page. */
async function describeElements(cdp: CDPSession, events: readonly TraceEvent[], steps: number): Promise<void> {
  await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
  const name = async (backendNodeId: number) => {
    try {
      const { node } = await cdp.send("DOM.describeNode", { backendNodeId });
      const attrs = node.attributes ?? [];
      const attr = (a: string) => (attrs.indexOf(a) >= 0 ? attrs[attrs.indexOf(a) + 1] : "");
      return `${node.nodeName.toLowerCase()}${attr("id") ? `#${attr("id")}` : ""}${attr("class") ? `.${attr("class").split(" ").join(".")}` : ""}${attr("aria-label") ? `[${attr("aria-label").slice(0, 30)}]` : ""}`;
    } catch {
      return `node ${backendNodeId}`;
    }
  };
  const tally = async (pick: (e: TraceEvent) => { node?: number; time: number; why?: string } | undefined, title: string) => {
    const by = new Map<string, { time: number; count: number }>();
    for (const e of events) {
      const p = pick(e);
      if (!p || p.node === undefined) continue;
      const key = `${await name(p.node)}${p.why ? ` (${p.why})` : ""}`;
      const t = by.get(key) ?? { time: 0, count: 0 };
      by.set(key, { time: t.time + p.time, count: t.count + 1 });
    }
    console.log(title);
    for (const [key, t] of [...by].sort((a, b) => b[1].time - a[1].time || b[1].count - a[1].count).slice(0, 14)) console.log(`  ${(t.time / steps).toFixed(1).padStart(7)} ms  ×${(t.count / steps).toFixed(1)}  ${key}`);
  };
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { nodeId?: number; reason?: string };
  await tally((e) => (e.name === "Paint" && e.ph === "X" ? { node: data(e).nodeId, time: (e.dur ?? 0) / 1000 } : undefined), "paint per step, by element:");
  await tally((e) => (e.name === "LayoutInvalidationTracking" ? { node: data(e).nodeId, time: 0, why: data(e).reason } : undefined), "layout invalidations per step, by element:");
  await tally((e) => (e.name === "StyleRecalcInvalidationTracking" ? { node: data(e).nodeId, time: 0, why: data(e).reason } : undefined), "style invalidations per step, by element:");
}
