/**
 * The shared label placement: on random scenes (fast-check), no two placed labels overlap, none
 * leaves the frame and none covers another actor's disc; a free label goes right of its actor,
 * and a crowded one moves to a free side or is left out rather than drawn over another.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { boxesOverlap, boxInside, labelBox, LabelPlacer, type Box, type LabelRequest } from "../../src/look/label-placement";

const FRAME: Box = { x: 0, y: 0, width: 400, height: 300 };

const request = fc.record({
  x: fc.double({ min: 0, max: 400, noNaN: true }),
  y: fc.double({ min: 0, max: 300, noNaN: true }),
  radius: fc.double({ min: 1, max: 12, noNaN: true }),
  width: fc.double({ min: 10, max: 120, noNaN: true }),
  height: fc.double({ min: 8, max: 20, noNaN: true }),
});

describe("label placement", () => {
  test("a lone label goes right of its actor, a gap from its disc", () => {
    const placer = new LabelPlacer(FRAME, 3);
    const placed = placer.place({ x: 100, y: 100, radius: 5, width: 40, height: 12 });
    expect(placed).toEqual({ side: "right", box: { x: 108, y: 94, width: 40, height: 12 } });
  });

  test("a side asked first (where a film's name stood the step before) is kept while free, and given up when taken", () => {
    const placer = new LabelPlacer(FRAME, 3);
    const actor: LabelRequest = { x: 200, y: 100, radius: 5, width: 40, height: 12 };
    expect(placer.place(actor, "below")?.side).toBe("below");
    // The same place again: below is now taken, so the usual order takes over.
    expect(placer.place(actor, "below")?.side).toBe("right");
    expect(placer.place(actor, "left")?.side).toBe("left");
  });

  test("a label that would run off the right edge goes left", () => {
    const placer = new LabelPlacer(FRAME, 3);
    expect(placer.place({ x: 390, y: 100, radius: 5, width: 40, height: 12 })?.side).toBe("left");
  });

  test("a label whose right side is taken moves to another side, and is left out when none is free", () => {
    const placer = new LabelPlacer(FRAME, 3);
    const first = placer.place({ x: 100, y: 100, radius: 5, width: 60, height: 12 });
    expect(first?.side).toBe("right");
    // An actor right of the first label: its right side is free; then more on the same spot
    // take left, below and above in turn, and the last is left out.
    const crowd: LabelRequest = { x: 250, y: 100, radius: 6, width: 60, height: 12 };
    const sides = [placer.place(crowd), placer.place(crowd), placer.place(crowd), placer.place(crowd), placer.place(crowd)];
    expect(sides.map((s) => s?.side ?? null)).toEqual(["right", "left", "below", "above", null]);
    for (const s of sides) if (s) expect(boxesOverlap(s.box, first!.box)).toBe(false);
  });

  test("a label whose four sides are covered by neighbours takes a corner", () => {
    const placer = new LabelPlacer(FRAME, 3);
    placer.avoidDiscs([
      { x: 230, y: 150, radius: 5 },
      { x: 170, y: 150, radius: 5 },
      { x: 200, y: 165, radius: 5 },
      { x: 200, y: 135, radius: 5 },
    ]);
    expect(placer.place({ x: 200, y: 150, radius: 6, width: 40, height: 12 })?.side).toBe("above-right");
  });

  test("labels do not cover other actors' discs", () => {
    const placer = new LabelPlacer(FRAME, 3);
    placer.avoidDiscs([{ x: 100, y: 100, radius: 5 }, { x: 130, y: 100, radius: 8 }]);
    const placed = placer.place({ x: 100, y: 100, radius: 5, width: 60, height: 12 });
    expect(placed?.side).not.toBe("right");
  });

  test("on random scenes no two labels overlap, none leaves the frame or covers another actor", () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 120 }), (requests) => {
        const placer = new LabelPlacer(FRAME, 3, 32);
        placer.avoidDiscs(requests);
        const placed = requests.map((r) => placer.place(r));
        const boxes = placed.filter((p) => p !== null).map((p) => p!.box);
        for (let i = 0; i < boxes.length; i++) {
          expect(boxInside(boxes[i], FRAME)).toBe(true);
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j])).toBe(false);
        }
        placed.forEach((p, i) => {
          if (!p) return;
          for (const [j, d] of requests.entries()) {
            if (j === i || (d.x === requests[i].x && d.y === requests[i].y)) continue;
            const nx = Math.max(p.box.x, Math.min(d.x, p.box.x + p.box.width));
            const ny = Math.max(p.box.y, Math.min(d.y, p.box.y + p.box.height));
            expect((nx - d.x) ** 2 + (ny - d.y) ** 2).toBeGreaterThanOrEqual(d.radius ** 2 - 1e-9);
          }
        });
        expect(placer.boxes()).toEqual(boxes);
      }),
      { numRuns: 200 },
    );
  });

  test("the first label always finds a place when it fits on some side", () => {
    const placer = new LabelPlacer(FRAME, 3);
    const r: LabelRequest = { x: 200, y: 150, radius: 4, width: 50, height: 12 };
    expect(placer.place(r)?.box).toEqual(labelBox(r, "right", 3));
  });
});
