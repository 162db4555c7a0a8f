/**
 * The interval index finds exactly what a plain scan finds, for any intervals and any query.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IntervalIndex } from "../../bench/interval-index";

const scan = (intervals: [number, number][], from: number, to: number) =>
  intervals.flatMap(([a, b], i) => (a <= to && b >= from ? [i] : [])).sort((x, y) => x - y);

const hits = (index: IntervalIndex, from: number, to: number) => {
  const out: number[] = [];
  index.overlapping(from, to, (i) => out.push(i));
  return out.sort((x, y) => x - y);
};

const build = (intervals: [number, number][]) =>
  IntervalIndex.build(
    intervals.map((x) => x[0]),
    intervals.map((x) => x[1]),
    intervals.map((_, i) => i),
  );

const arbInterval = fc.tuple(fc.oneof(fc.integer({ min: -60, max: 60 }), fc.constant(-Infinity)), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(Infinity))).map(([start, length]): [number, number] => [start, start === -Infinity ? Math.min(length, 60) - 30 : start + length]);

describe("IntervalIndex", () => {
  test("small cases by hand", () => {
    const index = build([
      [0, 0],
      [0, 10],
      [5, Infinity],
      [-Infinity, 2],
    ]);
    expect(hits(index, 0, 0)).toEqual([0, 1, 3]);
    expect(hits(index, 3, 4)).toEqual([1]);
    expect(hits(index, 11, 11)).toEqual([2]);
    expect(hits(index, -1000, -1000)).toEqual([3]);
    expect(hits(build([]), 0, 0)).toEqual([]);
  });

  test("agrees with a plain scan on random intervals, open ends and single days included", () => {
    fc.assert(
      fc.property(fc.array(arbInterval, { maxLength: 700 }), fc.integer({ min: -80, max: 120 }), fc.integer({ min: 0, max: 30 }), (intervals, from, width) => {
        const index = build(intervals);
        expect(hits(index, from, from)).toEqual(scan(intervals, from, from));
        expect(hits(index, from, from + width)).toEqual(scan(intervals, from, from + width));
      }),
      { numRuns: 300, seed: 20260331 },
    );
  });

  test("agrees with a plain scan at every size from 0 to 70 (all tree shapes)", () => {
    for (let n = 0; n <= 70; n++) {
      const intervals = Array.from({ length: n }, (_, i): [number, number] => [(i * 7) % 23, ((i * 7) % 23) + (i % 5) * 3]);
      for (let day = -1; day <= 40; day++) expect(hits(build(intervals), day, day)).toEqual(scan(intervals, day, day));
    }
  });
});
