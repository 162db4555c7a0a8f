/**
 * Actor sizes: by degree, continuous and bounded for hubs; scaled down for data sets of many
 * actors.
 */
import { describe, expect, test } from "vitest";
import { actorScale, actorSize } from "../../src/look/actor-size";

describe("actorSize", () => {
  test("grows with degree, continuously, and stays within a few dozen pixels for hubs", () => {
    const sizes = Array.from({ length: 5001 }, (_, d) => actorSize(d));
    expect(sizes.every((s, d) => d === 0 || s > sizes[d - 1])).toBe(true);
    expect(actorSize(25.000001) - actorSize(25)).toBeLessThan(1e-3);
    expect(actorSize(0)).toBe(4);
    expect(actorSize(3000)).toBeLessThan(35);
  });
});

describe("actorScale", () => {
  test("full size for a few hundred actors, smaller for more, never below a quarter", () => {
    expect([actorScale(19), actorScale(400)]).toEqual([1, 1]);
    expect(actorScale(1600)).toBeCloseTo(0.5);
    expect(actorScale(20_000)).toBe(0.25);
  });
});
