/**
 * What a benchmark page records, read by the runner through `window.__bench`: main-thread tasks
 * over 50 ms, each frame sigma draws (how long its render took), and for each timeline input the
 * time until the frame that shows it (the first animation frame after sigma's next afterRender).
 * The same probe runs in the app page and the baseline pages, so their figures compare.
 */
import type Sigma from "sigma";
import { DRAW_MEASURE } from "../../src/render/graph-view";

export interface Span {
  readonly start: number;
  readonly duration: number;
}

export interface BenchProbe {
  /** Main-thread tasks over 50 ms (PerformanceObserver "longtask"). */
  readonly longTasks: Span[];
  /** Each sigma render, beforeRender to afterRender. */
  readonly renders: Span[];
  /**
   * Each redraw of the explorer's graph view as it measures it (sigma's refresh: the reducers,
   * its buffers and the render); empty on the baseline pages.
   */
  readonly draws: Span[];
  /** Input (keydown or input event on the page) to the frame showing it, ms. */
  readonly latencies: number[];
  /** Resolves once `latencies` holds at least `count` entries, or after `timeout` ms. */
  untilLatencies(count: number, timeout: number): Promise<boolean>;
  /** Animation-frame intervals over `ms` milliseconds. */
  frameIntervals(ms: number): Promise<number[]>;
  /** Starts timing one renderer's frames. */
  watch(sigma: Sigma): void;
  /** Free-form figures a page reports (e.g. data generation time). */
  readonly figures: Record<string, number>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export function installProbe(): BenchProbe {
  const longTasks: Span[] = [];
  const renders: Span[] = [];
  const draws: Span[] = [];
  const latencies: number[] = [];
  let waiting: { count: number; resolve: (ok: boolean) => void } | null = null;
  // The input the next drawn frame answers; an input arriving before that frame replaces it,
  // as a person only sees the latest.
  let pendingInput: number | null = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === DRAW_MEASURE) draws.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "measure" });
  const onInput = (e: Event) => {
    if (pendingInput === null) pendingInput = e.timeStamp;
  };
  addEventListener("keydown", onInput, { capture: true });
  addEventListener("input", onInput, { capture: true });
  const probe: BenchProbe = {
    longTasks,
    renders,
    draws,
    latencies,
    figures: {},
    untilLatencies(count, timeout) {
      if (latencies.length >= count) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting = null;
          pendingInput = null;
          resolve(false);
        }, timeout);
        waiting = {
          count,
          resolve: (ok) => {
            clearTimeout(timer);
            resolve(ok);
          },
        };
      });
    },
    frameIntervals(ms) {
      return new Promise((resolve) => {
        const intervals: number[] = [];
        let last = performance.now();
        const end = last + ms;
        const tick = (now: number) => {
          intervals.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(intervals);
        };
        requestAnimationFrame(tick);
      });
    },
    watch(sigma) {
      let start = 0;
      sigma.on("beforeRender", () => (start = performance.now()));
      sigma.on("afterRender", () => {
        renders.push({ start, duration: performance.now() - start });
        if (pendingInput === null) return;
        const input = pendingInput;
        pendingInput = null;
        requestAnimationFrame(() => {
          latencies.push(performance.now() - input);
          if (waiting && latencies.length >= waiting.count) {
            const w = waiting;
            waiting = null;
            w.resolve(true);
          }
        });
      });
    },
  };
  window.__bench = probe;
  return probe;
}
