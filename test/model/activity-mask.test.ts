/**
 * Activity masks hold exactly the relations a plain scan finds: on every period boundary and the
 * days beside it, in windows, at any checkpoint spacing, with open starts and ends, several
 * periods per relation (touching and overlapping ones included), and year and decade precision.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ActivityMasks, maskCount, maskHas, maskOrdinals } from "../../src/model/activity-mask";
import { RelationIndex, scanActive } from "../../src/model/relation-index";
import type { Period } from "../../src/model/dates";
import type { Relation } from "../../src/model/types";
import { arbRelations, arbRichPeriod, boundaryDays, dataSetOf, withoutOverlaps } from "../support/random-data";

type Interval = [first: number, last: number, owner: number];

const scan = (intervals: Interval[], from: number, to: number) =>
  [...new Set(intervals.filter(([a, b]) => a <= to && b >= from).map(([, , o]) => o))].sort((x, y) => x - y);

const build = (intervals: Interval[], owners: number, checkpointEvery?: number) =>
  ActivityMasks.build(
    intervals.map((x) => x[0]),
    intervals.map((x) => x[1]),
    intervals.map((x) => x[2]),
    owners,
    { checkpointEvery },
  );

const list = (mask: Uint32Array) => Array.from(maskOrdinals(mask));

/** Every interval's ends and the days beside them, plus days far before and after. */
const daysAround = (intervals: Interval[]) => [
  -1e6,
  1e6,
  ...new Set(intervals.flatMap(([a, b]) => [a - 1, a, a + 1, b - 1, b, b + 1]).filter(Number.isFinite)),
];

/** Intervals of up to 70 owners; an owner's intervals may overlap or touch, either end may be open. */
const arbIntervals = fc.array(
  fc.tuple(fc.oneof(fc.integer({ min: -50, max: 80 }), fc.constant(-Infinity)), fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(Infinity)), fc.integer({ min: 0, max: 69 })),
  { maxLength: 400 },
).map((xs) => xs.map(([start, length, owner]): Interval => (start === -Infinity ? [start, length === Infinity ? Infinity : length - 20, owner] : [start, start + length, owner])));

describe("masks by hand", () => {
  test("count, membership and ordinals across word boundaries", () => {
    const mask = new Uint32Array(3);
    for (const i of [0, 31, 32, 33, 64, 95]) mask[i >>> 5] |= 1 << (i & 31);
    expect(list(mask)).toEqual([0, 31, 32, 33, 64, 95]);
    expect(maskCount(mask)).toBe(6);
    expect([0, 1, 31, 63, 95].map((i) => maskHas(mask, i))).toEqual([true, false, true, false, true]);
    expect(maskCount(new Uint32Array([0xffffffff]))).toBe(32);
  });

  test("open starts, open ends, touching periods and an empty index", () => {
    const masks = build(
      [
        [-Infinity, 4, 0],
        [10, Infinity, 1],
        [0, 4, 2],
        [5, 9, 2],
        [-Infinity, Infinity, 3],
      ],
      4,
      3,
    );
    expect(list(masks.maskOn(-100))).toEqual([0, 3]);
    expect(list(masks.maskOn(0))).toEqual([0, 2, 3]);
    expect(list(masks.maskOn(5))).toEqual([2, 3]);
    expect(list(masks.maskOn(10))).toEqual([1, 3]);
    expect(list(masks.maskIn(5, 10))).toEqual([1, 2, 3]);
    expect(list(masks.maskIn(10, 5))).toEqual([]);
    expect(list(build([], 0).maskOn(0))).toEqual([]);
    expect(list(build([], 40).maskIn(0, 9))).toEqual([]);
  });
});

describe("masks agree with a plain scan (property)", () => {
  test("on every boundary ±1 day and in windows, at checkpoint spacings 1, 2, 3, 7, 40 and the default", () => {
    fc.assert(
      fc.property(arbIntervals, fc.constantFrom(1, 2, 3, 7, 40, undefined), fc.integer({ min: 0, max: 45 }), (intervals, every, width) => {
        const masks = build(intervals, 70, every);
        const reused = new Uint32Array(masks.words);
        for (const day of daysAround(intervals)) {
          expect(list(masks.maskOn(day))).toEqual(scan(intervals, day, day));
          expect(list(masks.maskOn(day, reused))).toEqual(scan(intervals, day, day));
          expect(list(masks.maskIn(day, day + width, reused))).toEqual(scan(intervals, day, day + width));
        }
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  test("toggles spread over a wide span of days (sorted by key, or by comparison past 2^53)", () => {
    fc.assert(
      fc.property(arbIntervals, fc.constantFrom(100_000, 10 ** 13), (intervals, scale) => {
        const wide = intervals.map(([a, b, o]): Interval => [a * scale, b * scale, o]);
        const masks = build(wide, 70);
        for (const day of daysAround(wide)) expect(list(masks.maskOn(day))).toEqual(scan(wide, day, day));
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  test("on every day around every checkpoint", () => {
    fc.assert(
      fc.property(arbIntervals, fc.integer({ min: 1, max: 9 }), (intervals, every) => {
        const masks = build(intervals, 70, every);
        const first = Math.min(...intervals.flatMap(([a, b]) => [a, b + 1]).filter(Number.isFinite));
        for (let c = 0; c < masks.checkpointCount + 1; c++)
          for (const day of [first + c * every - 1, first + c * every, first + c * every + 1]) expect(list(masks.maskOn(day))).toEqual(scan(intervals, day, day));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe("RelationIndex masks agree with activeOn, activeIn and the plain scan (property)", () => {
  const ordinals = (relations: Relation[], found: Relation[]) => found.map((r) => relations.indexOf(r));
  const check = (relations: Relation[], width: number) => {
    const index = new RelationIndex(dataSetOf(relations));
    for (const day of boundaryDays(relations)) {
      const expected = ordinals(relations, scanActive(relations, day, day));
      expect(list(index.activeMaskOn(day))).toEqual(expected);
      expect(list(index.activeMaskOn(day))).toEqual(Array.from(index.activeOn(day)));
      expect(list(index.activeMaskIn(day, day + width))).toEqual(ordinals(relations, scanActive(relations, day, day + width)));
      expect(list(index.activeMaskIn(day, day + width))).toEqual(Array.from(index.activeIn(day, day + width)));
    }
  };

  test("day, month and year precision, open starts and ends, several periods per relation", () => {
    fc.assert(
      fc.property(arbRelations(150), fc.integer({ min: 0, max: 400 }), check),
      { numRuns: 100, seed: 42 },
    );
  });

  test("decades, qualified dates and one-moment spans", () => {
    const arbRich = fc.array(fc.array(arbRichPeriod, { minLength: 1, maxLength: 4 }), { maxLength: 80 }).map(relationsWith);
    fc.assert(fc.property(arbRich, fc.integer({ min: 0, max: 4000 }), check), { numRuns: 60, seed: 11 });
  });
});

/** One relation per list of periods, overlapping periods dropped as the loader would refuse them. */
function relationsWith(periodLists: Period[][]): Relation[] {
  return periodLists.map((periods, i) => ({
    id: `r${i}`,
    source: "a",
    target: "b",
    type: "trade",
    directed: true,
    periods: withoutOverlaps(periods),
    confidence: "low",
    evidence: [{ source: "doc", quote: "q" }],
  }));
}
