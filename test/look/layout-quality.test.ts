/** The readability figures of a layout, on layouts whose answers are known. */
import { expect, test } from "vitest";
import { distanceCorrelation, neighbourhoodPreservation, overlapShare, relatedDistanceRatio } from "../../src/look/layout-quality";
import { seededRandom } from "../../src/model/random";

const scatter = (n: number, seed: number) => {
  const random = seededRandom(seed);
  return { x: Array.from({ length: n }, () => random() * 1000), y: Array.from({ length: n }, () => random() * 1000), size: Array.from({ length: n }, () => 1) };
};

test("overlap share counts every actor whose disc meets another's", () => {
  expect(overlapShare({ x: [0, 3, 100, 200], y: [0, 0, 0, 0], size: [2, 2, 2, 2] })).toBe(0.5);
  expect(overlapShare({ x: [0, 5, 100, 200], y: [0, 0, 0, 0], size: [2, 2, 2, 2] })).toBe(0);
  // A large actor overlaps one that sits farther than the grid's own cell from its centre.
  expect(overlapShare({ x: [0, 25, 500], y: [0, 0, 0], size: [20, 6, 1] })).toBeCloseTo(2 / 3);
});

test("a layout turned, moved and scaled keeps every neighbourhood and distance; an unrelated one keeps few", () => {
  const a = scatter(2_000, 1);
  const turned = { x: a.x.map((x, i) => 3 * (x * 0.6 - a.y[i] * 0.8) + 50), y: a.x.map((x, i) => 3 * (x * 0.8 + a.y[i] * 0.6) - 20) };
  expect(neighbourhoodPreservation(a, turned)).toBe(1);
  expect(distanceCorrelation(a, turned)).toBeCloseTo(1, 6);
  const other = scatter(2_000, 2);
  expect(neighbourhoodPreservation(a, other)).toBeLessThan(0.05);
  expect(Math.abs(distanceCorrelation(a, other))).toBeLessThan(0.05);
});

test("related actors drawn close score low, unrelated placement about one", () => {
  const a = scatter(1_000, 3);
  const pairs: number[] = [];
  for (let i = 0; i + 1 < 1_000; i += 2) pairs.push(i, i + 1, 1);
  expect(relatedDistanceRatio(a, pairs)).toBeGreaterThan(0.9);
  expect(relatedDistanceRatio(a, pairs)).toBeLessThan(1.1);
  const close = { x: a.x.map((x, i) => (i % 2 ? a.x[i - 1] + 1 : x)), y: a.y.map((y, i) => (i % 2 ? a.y[i - 1] : y)) };
  expect(relatedDistanceRatio(close, pairs)).toBeLessThan(0.01);
});
