/**
 * Overlap removal gives graphology-layout-noverlap's positions bit for bit, on random graphs
 * dense enough to collide for many iterations (nodes on the very same spot, so its jitter, and
 * nodes with no size included), and stops as the library does.
 */
import fc from "fast-check";
import Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import { afterEach, describe, expect, test, vi } from "vitest";
import { seededRandom } from "../../src/model/random";
import { assignOverlapMatrix, overlapMatrix, removeOverlaps } from "../../src/look/layout";
import { NOVERLAP_DEFAULTS, OVERLAP_OPTIONS, overlapSettings, overlapStep, removeOverlapsIn } from "../../src/look/overlap-removal";

/** A graph of `order` nodes scattered over a square `spread` wide; some stacked, some without a size. */
function scattered(order: number, spread: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph();
  for (let i = 0; i < order; i++) {
    const stacked = i > 0 && random() < 0.1;
    const [x, y] = stacked ? [graph.getNodeAttribute(`n${i - 1}`, "x"), graph.getNodeAttribute(`n${i - 1}`, "y")] : [(random() - 0.5) * spread, (random() - 0.5) * spread];
    graph.addNode(`n${i}`, random() < 0.1 ? { x, y } : { x, y, size: 1 + random() * 12 });
  }
  return graph;
}

/** Runs `lay` with Math.random replaced by a seeded sequence, so both sides jitter alike. */
function withSeededJitter<T>(seed: number, lay: () => T): T {
  const spy = vi.spyOn(Math, "random").mockImplementation(seededRandom(seed));
  try {
    return lay();
  } finally {
    spy.mockRestore();
  }
}

const positions = (graph: Graph) => graph.mapNodes((_, a) => [a.x, a.y]);

afterEach(() => vi.restoreAllMocks());

describe("removeOverlaps", () => {
  test("starts from the library's own defaults", async () => {
    // @ts-expect-error untyped
    const { default: defaults } = await import("graphology-layout-noverlap/defaults.js");
    expect(NOVERLAP_DEFAULTS).toEqual(defaults);
  });

  test("moves every node exactly where the library's noverlap does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2000 }), fc.integer(), (order, spread, seed) => {
        const ours = scattered(order, spread, seed);
        const theirs = ours.copy();
        withSeededJitter(seed, () => removeOverlaps(ours));
        withSeededJitter(seed, () => noverlap.assign(theirs, OVERLAP_OPTIONS));
        expect(positions(ours)).toEqual(positions(theirs));
        for (const [x, y] of positions(ours)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("the same as the library's iteration step by step, on a crowd of 3,000", () => {
    const graph = scattered(3000, 600, 11);
    const ours = overlapMatrix(graph);
    const theirs = ours.slice();
    const settings = overlapSettings(OVERLAP_OPTIONS.settings);
    for (let i = 0; i < 20; i++) {
      // A fresh graph each step, so the library reads exactly what this step starts from.
      const step = graph.copy();
      assignOverlapMatrix(step, theirs);
      withSeededJitter(i, () => noverlap.assign(step, { maxIterations: 1, settings: OVERLAP_OPTIONS.settings }));
      theirs.set(overlapMatrix(step));
      const converged = withSeededJitter(i, () => overlapStep(settings, ours));
      expect(ours).toEqual(theirs);
      expect(converged).toBe(false);
    }
  });

  test("stops at the first iteration with no collision", () => {
    const apart = new Float32Array([0, 0, 1, 100, 0, 1, 0, 100, 1]);
    expect(removeOverlapsIn(apart.slice())).toBe(1);
    const close = new Float32Array([0, 0, 6, 10, 0, 6]);
    const iterations = removeOverlapsIn(close);
    expect(iterations).toBeGreaterThan(1);
    expect(iterations).toBeLessThan(OVERLAP_OPTIONS.maxIterations);
    expect(close[3] - close[0]).toBeGreaterThanOrEqual(2 * (6 * 1.3 + 4));
  });

  test("a position that is not a number fails, naming the node", () => {
    expect(() => removeOverlapsIn(new Float32Array([0, 0, 1, NaN, 0, 1]))).toThrow(/overlap-removal: node \d is at .*every x and y must be a finite number/);
  });
});
