/**
 * Turning what a page recorded into the table's figures: percentiles, and long tasks split into
 * those sigma's own render would make long by itself and the rest.
 */
import { ms } from "../measure";
import type { Span } from "../pages/probe";

export const sizeName = (s: { actors: number; relations: number }) => `${s.actors.toLocaleString("en")} / ${s.relations.toLocaleString("en")}`;

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export interface TaskSummary {
  readonly text: string;
  /** The longest time a long task spent outside sigma's render, ms (0 when none). */
  readonly otherThanDrawing: number;
}

/**
 * A task's drawing is the renderer's share of it: on the explorer, each redraw of its graph view
 * (sigma's refresh: the reducers turning the slice into display data, the buffers, the render);
 * on a page without those measures, sigma's renders (beforeRender → afterRender). The rest is
 * ours: the slice, the display graph's patch, Lit, the layout's copying of positions.
 */
export function describeTasks(phase: { longTasks: readonly Span[]; renders: readonly Span[]; draws: readonly Span[] }): TaskSummary {
  const { longTasks } = phase;
  const drawing = phase.draws.length ? phase.draws : phase.renders;
  if (!longTasks.length) return { text: "none", otherThanDrawing: 0 };
  let longFromDrawing = 0;
  let otherThanDrawing = 0;
  for (const task of longTasks) {
    const inside = drawing.filter((r) => r.start >= task.start && r.start < task.start + task.duration).reduce((t, r) => t + r.duration, 0);
    if (inside >= 50) longFromDrawing++;
    otherThanDrawing = Math.max(otherThanDrawing, task.duration - inside);
  }
  const longest = Math.max(...longTasks.map((t) => t.duration));
  return {
    text: `${longTasks.length}, longest ${ms(longest)} ms; ${longFromDrawing} long from drawing alone; longest time outside drawing ${ms(otherThanDrawing)} ms`,
    otherThanDrawing,
  };
}
