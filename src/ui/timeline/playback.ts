/**
 * Playback as a reactive controller: while the host says it is playing, call `tick` once a
 * frame. The first frame comes 1000/speed ms after play; each later one after `hold()` ms, which
 * the host makes longer for a frame that passed many changes (change-steps.ts frameDuration). It
 * follows the host's properties after every update, restarts when the speed changes, and stops
 * when the host leaves the page, so no timer outlives the element.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface PlaybackOptions {
  /** Whether the host is playing now (read after each update). */
  readonly playing: () => boolean;
  /** Frames per second; anything not a positive number counts as 1. */
  readonly speed: () => number;
  /** Advance one frame (or stop playback when at the end). */
  readonly tick: () => void;
  /** How long to show the frame just made, in ms; 1000/speed when not given. */
  readonly hold?: () => number;
}

/** Milliseconds between frames at a speed in frames per second. */
export const frameInterval = (speed: number): number => 1000 / (Number.isFinite(speed) && speed > 0 ? speed : 1);

export class PlaybackController implements ReactiveController {
  private readonly options: PlaybackOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The speed the running timer was set for; a new speed restarts it. */
  private speed = 0;

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
    if (!this.options.playing()) return this.stop();
    const speed = this.options.speed();
    if (this.timer !== undefined && speed === this.speed) return;
    this.stop();
    this.speed = speed;
    this.schedule(frameInterval(speed));
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.options.tick();
      // The tick may have stopped playback (at the end) or left the page.
      if (this.options.playing() && this.timer === undefined) this.schedule(this.options.hold?.() ?? frameInterval(this.speed));
    }, ms);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.speed = 0;
  }
}
