/**
 * Reading a Chrome trace of a timeline drag (bench/browser/profile.ts --trace): where each step's
 * time goes on every thread of the page (the page's main thread, the compositor, raster workers,
 * the GPU thread), by trace event, per drag step; and the frames' pipeline stages as Chromium's
 * own frame reporter times them (main frame, commit, raster, activation, drawing, presentation).
 * For finding what the explorer does per step that a baseline does not, not for the table.
 */

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly id2?: { local?: string; global?: string };
  readonly args?: Record<string, unknown>;
}

/** Time by event name on one thread, ms, of events inside the window. */
export interface ThreadTimes {
  readonly thread: string;
  /** Time covered by the thread's outermost events. */
  readonly busy: number;
  /** Each event name's own time (its duration less its children's). */
  readonly self: Map<string, number>;
  /** Each event name's inclusive time and count. */
  readonly total: Map<string, { time: number; count: number }>;
}

const MAIN_THREADS = /CrRendererMain|Compositor|CompositorTileWorker|VizCompositorThread|CrGpuMain|GpuMain|ThreadPoolForegroundWorker|CrBrowserMain/;

/** Per thread of interest, where its time went between `from` and `to` (trace microseconds). */
export function threadTimes(events: readonly TraceEvent[], from: number, to: number): ThreadTimes[] {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const byThread = new Map<string, { start: number; end: number; name: string }[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!MAIN_THREADS.test(names.get(key) ?? "")) continue;
    let span: { start: number; end: number; name: string } | undefined;
    if (e.ph === "X" && e.dur !== undefined) span = { start: e.ts, end: e.ts + e.dur, name: e.name };
    else if (e.ph === "B") (open.get(key) ?? open.set(key, []).get(key)!).push(e);
    else if (e.ph === "E") {
      const b = open.get(key)?.pop();
      if (b) span = { start: b.ts, end: e.ts, name: b.name };
    }
    if (!span || span.end < from || span.start > to) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(span);
  }
  const result: ThreadTimes[] = [];
  for (const [key, spans] of byThread) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const self = new Map<string, number>();
    const total = new Map<string, { time: number; count: number }>();
    const stack: { end: number; name: string; children: number; start: number }[] = [];
    let busy = 0;
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1].end <= upTo) {
        const s = stack.pop()!;
        const d = s.end - s.start;
        self.set(s.name, (self.get(s.name) ?? 0) + (d - s.children) / 1000);
        if (stack.length) stack[stack.length - 1].children += d;
        else busy += d / 1000;
      }
    };
    for (const s of spans) {
      close(s.start);
      const t = total.get(s.name) ?? { time: 0, count: 0 };
      total.set(s.name, { time: t.time + (s.end - s.start) / 1000, count: t.count + 1 });
      stack.push({ ...s, children: 0 });
    }
    close(Infinity);
    result.push({ thread: `${names.get(key)} (${key})`, busy, self, total });
  }
  return result.sort((a, b) => b.busy - a.busy);
}

/**
 * The frames Chromium's frame reporter ("PipelineReporter") saw in the window: each frame's
 * stages and their durations, ms.
 */
export function frameStages(events: readonly TraceEvent[], from: number, to: number): { frames: number; stages: Map<string, number[]> } {
  const begins = new Map<string, TraceEvent>();
  const stages = new Map<string, number[]>();
  let frames = 0;
  for (const e of events) {
    if (!e.cat.includes("benchmark") && !e.cat.includes("cc")) continue;
    const id = `${e.name}:${e.id ?? e.id2?.local ?? e.id2?.global}`;
    if (e.ph === "b") begins.set(id, e);
    else if (e.ph === "e") {
      const b = begins.get(id);
      begins.delete(id);
      if (!b || b.ts < from || e.ts > to) continue;
      if (e.name === "PipelineReporter") frames++;
      else (stages.get(e.name) ?? stages.set(e.name, []).get(e.name)!).push((e.ts - b.ts) / 1000);
    }
  }
  return { frames, stages };
}

/** The times the drag's steps were sent, as the page's input events (EventDispatch "input"). */
export function inputTimes(events: readonly TraceEvent[]): number[] {
  return events.filter((e) => e.name === "EventDispatch" && (e.args?.data as { type?: string } | undefined)?.type === "input").map((e) => e.ts);
}

/** A readable summary of a drag's trace, per step. */
export function describeTrace(events: readonly TraceEvent[], steps: number): string {
  const inputs = inputTimes(events);
  if (!inputs.length) return "trace: no input events found";
  const [from, to] = [inputs[0], inputs[inputs.length - 1] + 1_000_000];
  const per = (t: number) => (t / Math.max(steps, 1)).toFixed(1);
  const lines = [`trace: ${inputs.length} input events, per step (of ${steps}):`];
  for (const t of threadTimes(events, from, to)) {
    if (t.busy / steps < 0.5) continue;
    lines.push(`  ${t.thread}: busy ${per(t.busy)} ms`);
    const top = [...t.self].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [name, time] of top) if (time / steps >= 0.2) lines.push(`    ${per(time).padStart(7)} ms self  ${per(t.total.get(name)!.time).padStart(7)} ms total  ×${(t.total.get(name)!.count / steps).toFixed(1)}  ${name}`);
  }
  const { frames, stages } = frameStages(events, from, to);
  lines.push(`  frames reported: ${frames}; median stage times:`);
  for (const [name, times] of [...stages].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 14)) {
    const sorted = [...times].sort((a, b) => a - b);
    lines.push(`    ${sorted[Math.floor(sorted.length / 2)].toFixed(1).padStart(7)} ms  (×${times.length})  ${name}`);
  }
  return lines.join("\n");
}

export type { TraceEvent };
