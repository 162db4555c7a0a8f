/**
 * When each frame of a film is shown and how far it has moved from one step to the next. Every
 * step is on screen for the same number of frames; the first holds still, every later one opens
 * with a short eased transition from the step before (relations fading in and out, actors
 * growing and shrinking: tween.ts), then holds, so a reader sees the change and then reads it.
 */
import type { FilmFrame } from "./types";

/** How long a transition takes, in seconds, when the step is long enough: about as long as the eye needs to follow a fade. */
export const TRANSITION_SECONDS = 0.5;

/** Frames each step is on screen: never fewer than one. */
export const framesPerStep = (fps: number, secondsPerStep: number): number => Math.max(1, Math.round(fps * secondsPerStep));

/**
 * Frames of the transition opening a step of `perStep` frames: about TRANSITION_SECONDS, at most
 * half the step (so it still holds), at least one when the step has two frames or more.
 */
export function transitionFrames(perStep: number, fps: number): number {
  if (perStep < 2) return 0;
  return Math.min(Math.floor(perStep / 2), Math.max(1, Math.round(TRANSITION_SECONDS * fps)));
}

/** Eased in and out, so a fade starts and ends gently: 3u² − 2u³. */
const smoothstep = (u: number): number => u * u * (3 - 2 * u);

/**
 * Every frame of a film of `steps` steps. A transition of n frames moves through (i + 1)/(n + 1),
 * eased: never 0 (that frame would repeat the step before) and reaching 1 on the first frame
 * that holds. Timestamps are index / fps, so they add up without drift.
 */
export function filmFrames(steps: number, fps: number, secondsPerStep: number): FilmFrame[] {
  const perStep = framesPerStep(fps, secondsPerStep);
  const transition = transitionFrames(perStep, fps);
  const frames: FilmFrame[] = [];
  for (let step = 0; step < steps; step++)
    for (let i = 0; i < perStep; i++) {
      const index = frames.length;
      const t = step > 0 && i < transition ? smoothstep((i + 1) / (transition + 1)) : 1;
      frames.push({ index, step, t, timestamp: index / fps, duration: 1 / fps });
    }
  return frames;
}
