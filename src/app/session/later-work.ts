/**
 * What a data set's first frame does not need: the timeline's histogram, the change days, the
 * balance series' start. Opening a large data set draws the graph first and does these after
 * it, each in a task of its own so the page can answer between them; the parts that show them
 * say "being counted" meanwhile, never a value that is not yet known.
 *
 * A data set shown again, or one whose first frame is already drawn, does its work at once.
 */

/** A value made once: in the background when its turn comes, or at once when asked for first. */
export class Later<T> {
  private made: { readonly value: T } | undefined;

  constructor(private readonly make: () => T) {}

  /** The value once made; undefined until then. */
  get ready(): T | undefined {
    return this.made?.value;
  }

  /** The value, made now if it was not yet. */
  get(): T {
    this.made ??= { value: this.make() };
    return this.made.value;
  }
}

/** The user-timing measure each piece of work after the first frame is recorded under. */
export const LATER_MEASURE = "faultlines:after-first-frame";

export class LaterWork {
  /** Whether the first frame of the data set has been drawn (or given up waiting for). */
  private drawnYet = false;
  private readonly queue = new Map<string, () => void>();

  get drawn(): boolean {
    return this.drawnYet;
  }

  /** Whether the work named `name` waits for its turn. */
  waiting(name: string): boolean {
    return this.queue.has(name);
  }

  /**
   * Runs `work`, named `name`, after the first frame, in a task of its own; at once if the first
   * frame is drawn and nothing of that name waits. Work of a name already waiting replaces it.
   */
  after(name: string, work: () => void): void {
    if (this.drawnYet && !this.queue.has(name)) work();
    else this.queue.set(name, work);
  }

  /**
   * The first frame is drawn: the waiting work runs, one piece a task, `done` after each (the page
   * shows what it made). Once `shown()` says the data set is no longer on screen, what is left is
   * dropped: it is done at once if the data set is shown again.
   */
  firstFrameDrawn(shown: () => boolean, done: () => void): void {
    if (this.drawnYet) return;
    this.drawnYet = true;
    const next = () => {
      const [first] = this.queue;
      if (!first) return;
      if (!shown()) return this.queue.clear();
      const [name, work] = first;
      this.queue.delete(name);
      const start = performance.now();
      work();
      performance.measure(LATER_MEASURE, { start, end: performance.now(), detail: name });
      done();
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }
}
