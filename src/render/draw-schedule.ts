/**
 * When the graph view draws a change: in the task that made it (after its other changes, in a
 * microtask), so the next frame the browser makes already shows it, rather than at the next
 * animation frame, which puts a frame between an input and its picture. A second change in the
 * same frame waits for the next animation frame, so a burst of inputs (keys held down, several
 * changes in one frame) still draws at most once a frame.
 */
export class DrawSchedule {
  private pending = false;
  /** The animation frame a deferred draw waits for. */
  private frame = 0;
  /** A draw happened since the last animation frame began. */
  private drewInFrame = false;
  private frameEnd = 0;
  private stopped = false;

  constructor(private readonly draw: () => void) {}

  /** A draw is asked for and not yet done. */
  get isPending(): boolean {
    return this.pending;
  }

  /** Asks for a draw of the latest state; several asks before it happens draw once. */
  request(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    if (this.drewInFrame) this.frame = requestAnimationFrame(() => this.now());
    else queueMicrotask(() => this.now());
  }

  /** Draws now when a draw is pending (for readers that need what the next frame shows). */
  now(): void {
    if (!this.pending || this.stopped) return;
    this.pending = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.drewInFrame = true;
    if (!this.frameEnd)
      this.frameEnd = requestAnimationFrame(() => {
        this.frameEnd = 0;
        this.drewInFrame = false;
      });
    this.draw();
  }

  /** No draw after this: the view is gone. */
  stop(): void {
    this.stopped = true;
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.frameEnd);
  }
}
