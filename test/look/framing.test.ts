import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { frameActors, keepInView, pointOnScreen, sameCameraPlace, type CameraPlace, type FramedActor, type Framing } from "../../src/look/framing";

const FRAMING: Framing = { width: 1000, height: 700, scale: 640, margin: 24, marginTop: 50, labelHeight: 16, labelGap: 3, minRatio: 0.25, maxRatio: 20 };

/** Every actor's disc, its label on the right and half a label's height above and below, inside the canvas less its margin. */
function inside(actors: readonly FramedActor[], camera: CameraPlace, f: Framing, labels = true): boolean {
  const grow = 1 / Math.sqrt(camera.ratio);
  return actors.every((a) => {
    const p = pointOnScreen(a, camera, f);
    const r = a.size * grow;
    const half = Math.max(r, labels && a.label ? f.labelHeight / 2 : 0);
    const right = p.x + r + (labels && a.label ? f.labelGap + a.label : 0);
    const eps = 1e-6;
    return p.x - r >= f.margin - eps && right <= f.width - f.margin + eps && p.y - half >= (f.marginTop ?? f.margin) - eps && p.y + half <= f.height - f.margin + eps;
  });
}

const arbActor = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), size: fc.double({ min: 1, max: 20, noNaN: true }), label: fc.integer({ min: 0, max: 160 }) });
const arbActors = fc.array(arbActor, { minLength: 1, maxLength: 60 });

describe("framing what is shown", () => {
  test("every actor and its label is inside the canvas less the margin, and the frame is tight on one axis", () => {
    fc.assert(
      fc.property(arbActors, (actors) => {
        const camera = frameActors(actors, FRAMING)!;
        expect(inside(actors, camera, FRAMING)).toBe(true);
        // Zoomed in a little more, something no longer fits (unless the frame is already at the closest zoom allowed).
        if (camera.ratio > FRAMING.minRatio * 1.001) {
          const closer = { ...camera, ratio: camera.ratio * 0.98 };
          const centred = frameActors(actors, { ...FRAMING, minRatio: closer.ratio, maxRatio: closer.ratio })!;
          expect(inside(actors, centred, FRAMING)).toBe(false);
        }
      }),
    );
  });

  test("a graph in the left part of the framed space is centred, not left where it was", () => {
    const actors = [0, 0.1, 0.2, 0.3].map((x, i) => ({ x, y: 0.5 + i * 0.05, size: 5, label: 60 }));
    const camera = frameActors(actors, FRAMING)!;
    const xs = actors.map((a) => pointOnScreen(a, camera, FRAMING).x);
    const left = Math.min(...xs) - 5;
    const right = Math.max(...xs) + 5 + 3 + 60;
    expect(Math.abs(left - FRAMING.margin - (FRAMING.width - FRAMING.margin - right))).toBeLessThan(1);
  });

  test("labels too wide to keep room for are given up before the actors", () => {
    const actors = [0, 1].map((x) => ({ x, y: 0.5, size: 5, label: 5000 }));
    const camera = frameActors(actors, FRAMING)!;
    expect(inside(actors, camera, FRAMING, false)).toBe(true);
  });

  test("a single actor is framed at the closest zoom allowed; nothing shown frames nothing", () => {
    expect(frameActors([{ x: 0.3, y: 0.7, size: 5, label: 40 }], FRAMING)).toMatchObject({ ratio: FRAMING.minRatio });
    expect(frameActors([], FRAMING)).toBeNull();
  });
});

describe("keeping a neighbourhood in view", () => {
  test("a neighbourhood already in view does not move the camera", () => {
    const camera = { x: 0.5, y: 0.5, ratio: 1 };
    const actors = [{ x: 0.45, y: 0.5, size: 5, label: 50 }, { x: 0.55, y: 0.55, size: 5, label: 50 }];
    expect(keepInView(camera, actors, FRAMING)).toEqual(camera);
  });

  test("any neighbourhood ends inside, never zoomed in, and zoomed out only when it cannot fit with its labels at the camera's ratio", () => {
    const arbCamera = fc.record({ x: fc.double({ min: -1, max: 2, noNaN: true }), y: fc.double({ min: -1, max: 2, noNaN: true }), ratio: fc.double({ min: 0.3, max: 3, noNaN: true }) });
    fc.assert(
      fc.property(arbCamera, arbActors, (camera, actors) => {
        const kept = keepInView(camera, actors, FRAMING);
        expect(kept.ratio).toBeGreaterThanOrEqual(camera.ratio);
        const labels = inside(actors, kept, FRAMING, true);
        expect(labels || inside(actors, kept, FRAMING, false)).toBe(true);
        if (kept.ratio > camera.ratio * 1.0001) {
          // Not fitting with their labels at the camera's own ratio, wherever it is centred.
          const there = frameActors(actors, { ...FRAMING, minRatio: camera.ratio, maxRatio: camera.ratio })!;
          expect(inside(actors, there, FRAMING, true)).toBe(false);
        }
      }),
    );
  });

  test("an actor off the left edge brings the camera left just far enough for it to sit at the margin", () => {
    const camera = { x: 0.5, y: 0.5, ratio: 1 };
    const actor = { x: -0.4, y: 0.5, size: 5, label: 0 };
    const kept = keepInView(camera, [actor, { x: 0.3, y: 0.5, size: 5, label: 0 }], FRAMING);
    expect(kept.ratio).toBe(1);
    expect(pointOnScreen(actor, kept, FRAMING).x - 5).toBeCloseTo(FRAMING.margin, 6);
  });
});

test("camera places the same within a hundredth of a pixel", () => {
  expect(sameCameraPlace({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.5 + 1e-9, y: 0.5, ratio: 1 })).toBe(true);
  expect(sameCameraPlace({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.51, y: 0.5, ratio: 1 })).toBe(false);
  expect(sameCameraPlace({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.5, y: 0.5, ratio: 1.01 })).toBe(false);
});
