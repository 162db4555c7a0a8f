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
 * A task's drawing is the sigma renders (beforeRender → afterRender: processing the display data
 * into WebGL buffers, and drawing) that started inside it; the rest is ours: the slice, the
 * reducers, Lit, the layout's copying of positions.
 */
export function describeTasks(phase: { longTasks: readonly Span[]; renders: readonly Span[] }): TaskSummary {
  const { longTasks, renders } = phase;
  if (!longTasks.length) return { text: "none", otherThanDrawing: 0 };
  let drawing = 0;
  let otherThanDrawing = 0;
  for (const task of longTasks) {
    const inside = renders.filter((r) => r.start >= task.start && r.start < task.start + task.duration).reduce((t, r) => t + r.duration, 0);
    if (inside >= 50) drawing++;
    otherThanDrawing = Math.max(otherThanDrawing, task.duration - inside);
  }
  const longest = Math.max(...longTasks.map((t) => t.duration));
  return {
    text: `${longTasks.length}, longest ${ms(longest)} ms; ${drawing} long from sigma's render alone; longest time outside it ${ms(otherThanDrawing)} ms`,
    otherThanDrawing,
  };
}
