/**
 * A minimal store: one state value, changed only by producers, with subscribers told after
 * each change. The app root owns the only instance; nothing is created at module load.
 */
import type { Producer } from "./view-state";

export class Store<S> {
  private current: S;
  private readonly listeners = new Set<(state: S, previous: S) => void>();

  constructor(initial: S) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  update(producer: Producer<S>): void {
    const previous = this.current;
    const next = producer(previous);
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: (state: S, previous: S) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
