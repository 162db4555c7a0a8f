/** A film's frames: how many, when, and how far each has moved from the step before. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { filmFrames, framesPerStep, transitionFrames } from "../../../src/look/film/timing";

describe("film timing", () => {
  test("each step is on screen fps × seconds frames; the first holds, later ones open with an eased transition", () => {
    const frames = filmFrames(3, 4, 2);
    expect(frames).toHaveLength(24);
    expect(frames.filter((f) => f.step === 0).map((f) => f.t)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // 0.5 s at 4 fps: two frames of transition, at 1/3 and 2/3 eased, then held.
    const second = frames.filter((f) => f.step === 1).map((f) => f.t);
    expect(second[0]).toBeCloseTo(7 / 27);
    expect(second[1]).toBeCloseTo(20 / 27);
    expect(second.slice(2)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(frames.at(-1)).toMatchObject({ index: 23, step: 2, t: 1, timestamp: 23 / 4, duration: 0.25 });
  });

  test("a transition is at most half a step, at least one frame when the step has two, none with one", () => {
    expect(transitionFrames(10, 30)).toBe(5);
    expect(transitionFrames(60, 30)).toBe(15);
    expect(transitionFrames(2, 1)).toBe(1);
    expect(transitionFrames(1, 1)).toBe(0);
    expect(framesPerStep(1, 0.1)).toBe(1);
    expect(filmFrames(3, 1, 0.1).map((f) => f.t)).toEqual([1, 1, 1]);
  });

  test("counts, timestamps and t hold for any film", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.1, max: 4, noNaN: true }), (steps, fps, seconds) => {
        const frames = filmFrames(steps, fps, seconds);
        const perStep = framesPerStep(fps, seconds);
        expect(frames).toHaveLength(steps * perStep);
        frames.forEach((f, i) => {
          expect(f.index).toBe(i);
          expect(f.step).toBe(Math.floor(i / perStep));
          expect(f.timestamp).toBe(i / fps);
          expect(f.duration).toBe(1 / fps);
          expect(f.t).toBeGreaterThan(0);
          expect(f.t).toBeLessThanOrEqual(1);
          // Within a step t never goes back, and every step ends fully arrived.
          if (i && frames[i - 1].step === f.step) expect(f.t).toBeGreaterThanOrEqual(frames[i - 1].t);
          if (i % perStep === perStep - 1) expect(f.t).toBe(1);
          if (f.step > 0 && perStep >= 2 && i % perStep === 0) expect(f.t).toBeLessThan(1);
        });
        const last = frames.at(-1);
        if (last) expect(last.timestamp + last.duration).toBeCloseTo((steps * perStep) / fps, 9);
      }),
    );
  });
});
