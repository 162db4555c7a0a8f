/**
 * Playback as a reactive controller: while the host says it is playing, call `tick` every
 * 1000/speed ms (speed in months per second, one tick = one month). It follows the host's
 * properties after every update, restarts when the speed changes, and stops when the host
 * leaves the page, so no timer outlives the element.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface PlaybackOptions {
  /** Whether the host is playing now (read after each update). */
  readonly playing: () => boolean;
  /** Months per second; anything not a positive number counts as 1. */
  readonly speed: () => number;
  /** Advance one month (or stop playback when at the end). */
  readonly tick: () => void;
}

/** Milliseconds between frames at a speed in months per second. */
export const frameInterval = (speed: number): number => 1000 / (Number.isFinite(speed) && speed > 0 ? speed : 1);

export class PlaybackController implements ReactiveController {
  private readonly options: PlaybackOptions;
  private timer: ReturnType<typeof setInterval> | undefined;
  private interval = 0;

  constructor(host: ReactiveControllerHost, options: PlaybackOptions) {
    this.options = options;
    host.addController(this);
  }

  /** True while a timer is running. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    const wanted = this.options.playing() ? frameInterval(this.options.speed()) : 0;
    if (wanted === this.interval) return;
    this.stop();
    if (wanted > 0) {
      this.interval = wanted;
      this.timer = setInterval(() => this.options.tick(), wanted);
    }
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.interval = 0;
  }
}
