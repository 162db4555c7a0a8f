/**
 * What the explorer's Observable Plot charts share (a story's lanes, the balance line, the camp
 * chart, an actor's rank): Plot itself, loaded on first use so the page's first load does not
 * carry it, and a controller that redraws a chart when its width changes.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export type PlotModule = typeof import("@observablehq/plot");
let plotModule: Promise<PlotModule> | undefined;
export const loadPlot = (): Promise<PlotModule> => (plotModule ??= import("@observablehq/plot"));

/**
 * Watches the element a chart is drawn in and calls `redraw` when its width has moved more than
 * a few pixels from the width the chart was last drawn at: Plot draws at a fixed width, and a
 * redraw on every pixel of a panel's resize would be wasted.
 */
export class ChartWidth implements ReactiveController {
  private drawnAt = 0;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly measure: () => number,
    redraw: () => void,
  ) {
    host.addController(this);
    this.observer = new ResizeObserver(() => {
      if (Math.abs(this.measure() - this.drawnAt) > 8) redraw();
    });
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** The width to draw at now, or `fallback` before the element is laid out; remembered. */
  take(fallback: number): number {
    return (this.drawnAt = this.measure() || fallback);
  }
}
