/** Widths by deaths: a log scale from the thinnest (none counted, or none) to the data set's most, with a key of two or three numbers. */
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../src/model/dates";
import { parseDay } from "../../src/model/dates";
import {
  deathsChanged,
  deathsInWords,
  deathsKey,
  deathsOfLine,
  deathsWidth,
  DEATHS_WIDTH,
  deathWidthsOf,
  NO_DEATHS_COUNTED,
  referenceDeaths,
} from "../../src/look/relation-width";
import type { ViewSlice } from "../../src/state/view-slice";

const { thinnest, widest } = DEATHS_WIDTH;

describe("deathsWidth", () => {
  test("none counted and zero are the thinnest line, the data set's most the widest, never wider", () => {
    expect(deathsWidth(null, 1000)).toBe(thinnest);
    expect(deathsWidth(0, 1000)).toBe(thinnest);
    expect(deathsWidth(1000, 1000)).toBeCloseTo(widest);
    expect(deathsWidth(5000, 1000)).toBe(widest);
  });

  test("on a log scale: each tenfold more deaths widens the line by about as much", () => {
    const [w9, w99, w999] = [9, 99, 999].map((n) => deathsWidth(n, 999));
    expect(w99 - w9).toBeCloseTo(w999 - w99, 5);
    expect(w9 - thinnest).toBeCloseTo(w99 - w9, 5);
  });

  test("a data set that counts no deaths draws every line thinnest", () => {
    expect(deathsWidth(3, 0)).toBe(thinnest);
  });
});

test("reference counts: the largest to one figure and the powers of ten under it, three at most", () => {
  expect(referenceDeaths(5321)).toEqual([100, 1000, 5000]);
  expect(referenceDeaths(1000)).toEqual([10, 100, 1000]);
  expect(referenceDeaths(42)).toEqual([1, 10, 40]);
  expect(referenceDeaths(7)).toEqual([1, 7]);
  expect(referenceDeaths(1)).toEqual([1]);
  expect(referenceDeaths(0)).toEqual([]);
});

test("the key names the thinnest line 'no deaths counted' and gives each reference its width", () => {
  const key = deathsKey(1200);
  expect(key.entries.map((e) => e.label)).toEqual([NO_DEATHS_COUNTED, "10 deaths", "100 deaths", "1,000 deaths"]);
  expect(key.entries[0].width).toBe(thinnest);
  expect(key.entries[3].width).toBeCloseTo(deathsWidth(1000, 1200));
  const widths = key.entries.map((e) => e.width);
  expect(widths).toEqual([...widths].sort((a, b) => a - b));
  expect(deathsInWords(1)).toBe("1 death");
});

/** A slice of three relations, all shown: r1 counts deaths in Oct 2025, r2 in 2024, r3 none. */
const relations = [
  { id: "r1", evidence: [{ source: "s", quote: "q", date: parsePeriod("2025-10-09"), fatalities: 12 }, { source: "s", quote: "q", date: parsePeriod("2025-10"), fatalities: 3 }] },
  { id: "r2", evidence: [{ source: "s", quote: "q", date: parsePeriod("2024-05-01"), fatalities: 0 }] },
  { id: "r3", evidence: [{ source: "s", quote: "q" }] },
];
const slice = { ordinals: { relations: Uint32Array.of(0, 1, 2), vocabulary: { relations, relationIds: relations.map((r) => r.id) } } } as unknown as ViewSlice;

describe("deathWidthsOf", () => {
  test("the deaths each shown relation counts in the time shown, those counting none left out", () => {
    const oct = deathWidthsOf(slice, parseDay("2025-10-01"), parseDay("2025-10-31"), 15);
    expect([...oct.deaths]).toEqual([["r1", 15]]);
    const day = deathWidthsOf(slice, parseDay("2025-10-20"), parseDay("2025-10-20"), 15);
    expect([...day.deaths]).toEqual([["r1", 3]]);
    const all = deathWidthsOf(slice, -Infinity, Infinity, 15);
    expect([...all.deaths]).toEqual([
      ["r1", 15],
      ["r2", 0],
    ]);
    expect(deathsChanged(oct, day)).toEqual(["r1"]);
    expect(deathsChanged(day, all).sort()).toEqual(["r1", "r2"]);
    expect(deathsChanged(all, day).sort()).toEqual(["r1", "r2"]);
  });

  test("a line for several relations counts their deaths together; none when none of them counts any", () => {
    const all = deathWidthsOf(slice, -Infinity, Infinity, 15);
    expect(deathsOfLine(all, ["r1", "r2", "r3"])).toBe(15);
    expect(deathsOfLine(all, ["r2", "r3"])).toBe(0);
    expect(deathsOfLine(all, ["r3"])).toBeNull();
  });
});
