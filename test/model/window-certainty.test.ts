/**
 * Certainty over a window of days (certainty.ts): an event dated only to a month is certain on
 * no day of it, but certainly active at some time in a window holding the whole month. Inline
 * periods first, each asked of the bounds, the relation index and a slice alike; then, for
 * random periods and lifetimes, that all three answer as a plain reading of the dates does
 * (test/support/certainty.ts), and that what it calls certain holds in every reading of them.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDay, parsePeriod, type Period } from "../../src/model/dates";
import { TimeBounds } from "../../src/model/certainty";
import { applyFilters } from "../../src/model/filters";
import { maskHas, maskOrdinals } from "../../src/model/activity-mask";
import { RelationIndex } from "../../src/model/relation-index";
import type { Actor, Relation } from "../../src/model/types";
import { loadDataSet } from "../../src/model/load";
import { certainlyActiveIn, readings } from "../support/certainty";
import { readBundledData } from "../support/data";
import { arbRichPeriod, dataSetOf } from "../support/random-data";

const day = parseDay;
const relation = (periods: Period[], id = "r", source = "a", target = "b"): Relation => ({
  id,
  source,
  target,
  type: "rivalry",
  directed: true,
  periods,
  confidence: "high",
  evidence: [],
});
const actor = (id: string, lifetime?: Period): Actor => ({ id, label: id, kind: "state", aliases: [], ...(lifetime ? { lifetime } : {}) });

type Standing = "certain" | "possible" | "inactive";

/**
 * How one relation stands in [from, to] (or on a day when `from` is a day alone), asked of the
 * bounds, the index and a slice, which must agree, and of the plain reading, which must too.
 */
function standing(periods: string, window: string | [string, string], lifetimes: { a?: string; b?: string } = {}): Standing {
  const r = relation(periods.split(" ").map(parsePeriod));
  const actors = [actor("a", lifetimes.a ? parsePeriod(lifetimes.a) : undefined), actor("b", lifetimes.b ? parsePeriod(lifetimes.b) : undefined)];
  const index = new RelationIndex({ ...dataSetOf([r]), actors });
  const [from, to] = typeof window === "string" ? [day(window), day(window)] : window.map(day);
  const byBounds: Standing = index.bounds.activeIn(r, from, to, true) ? "certain" : index.bounds.activeIn(r, from, to) ? "possible" : "inactive";
  const byIndex: Standing = maskHas(index.certainMaskIn(from, to), 0) ? "certain" : maskHas(index.activeMaskIn(from, to), 0) ? "possible" : "inactive";
  const time = typeof window === "string" ? { type: "asOf" as const, day: from } : { type: "window" as const, from, to };
  const slice = applyFilters(index, [time]);
  const bySlice: Standing = slice.relations.length === 0 ? "inactive" : slice.isPossibleOnly(r.id) ? "possible" : "certain";
  expect({ byIndex, bySlice }).toEqual({ byIndex: byBounds, bySlice: byBounds });
  if (byBounds !== "inactive") expect(certainlyActiveIn(r, actors, from, to)).toBe(byBounds === "certain");
  return byBounds;
}

describe("over a window", () => {
  test("an event dated to a month is certain in a window holding the month, possible in one holding part of it, on any day of it", () => {
    expect(standing("2025-10", ["2025-10-01", "2025-10-31"])).toBe("certain");
    expect(standing("2025-10", ["2025-09-15", "2025-11-15"])).toBe("certain");
    expect(standing("2025-10", ["2025-10-01", "2025-10-15"])).toBe("possible");
    expect(standing("2025-10", ["2025-10-02", "2025-10-31"])).toBe("possible");
    expect(standing("2025-10", ["2025-10-01", "2025-10-01"])).toBe("possible");
    expect(standing("2025-10", "2025-10-09")).toBe("possible");
  });

  test("an event dated to a day is certain in any window holding that day", () => {
    expect(standing("2025-10-09", "2025-10-09")).toBe("certain");
    expect(standing("2025-10-09", ["2025-10-01", "2025-10-31"])).toBe("certain");
    expect(standing("2025-10-09", ["2025-10-10", "2025-10-31"])).toBe("inactive");
  });

  test("a span of months is certain in a window holding all of its first month, which its start may take up", () => {
    expect(standing("2025-10/2026-03", ["2025-10-01", "2025-10-31"])).toBe("certain");
    expect(standing("2025-10/2026-03", ["2025-10-01", "2025-10-30"])).toBe("possible");
    expect(standing("2025-10/2026-03", ["2026-03-02", "2026-03-31"])).toBe("possible");
    expect(standing("2025-10/2026-03", ["2026-03-01", "2026-03-31"])).toBe("certain");
  });

  test("an unknown start is certain in a window holding all of its end, and on no day unless the end is one", () => {
    expect(standing("../2026-03", ["2026-03-01", "2026-03-31"])).toBe("certain");
    expect(standing("../2026-03", ["2020-01-01", "2026-03-30"])).toBe("possible");
    expect(standing("../2026-03", "2026-03-01")).toBe("possible");
    expect(standing("../2026-03-31", "2026-03-31")).toBe("certain");
  });

  test("one moment in a span is certain in a window holding the whole span", () => {
    expect(standing("[2021..2022]", ["2021-01-01", "2022-12-31"])).toBe("certain");
    expect(standing("[2021..2022]", ["2021-01-01", "2021-12-31"])).toBe("possible");
  });

  test("a qualified date may be off by one of its units: the window must hold every reading", () => {
    expect(standing("2023?", ["2023-01-01", "2023-12-31"])).toBe("possible");
    expect(standing("2023?", ["2022-01-01", "2024-12-31"])).toBe("certain");
    expect(standing("2023?", ["2022-01-02", "2024-12-31"])).toBe("possible");
    expect(standing("2023?/..", ["2022-01-01", "2024-12-30"])).toBe("possible");
    expect(standing("2023?/..", "2024-12-31")).toBe("certain");
  });

  test("a period starting on a day is certain on that day, even when its end's month holds the day", () => {
    // It ended some day of October, and not before it began on the 9th: it was active on the 9th.
    expect(standing("2025-10-09/2025-10", "2025-10-09")).toBe("certain");
    expect(standing("2025-10-09/2025-10", ["2025-10-09", "2025-10-09"])).toBe("certain");
    expect(standing("2025-10-09/2025-10", "2025-10-10")).toBe("possible");
  });

  test("lifetimes cut the span a window must hold: an event of a month happened while both actors existed", () => {
    expect(standing("2025-10", ["2025-10-15", "2025-10-31"], { b: "2025-10-15/.." })).toBe("certain");
    expect(standing("2025-10", ["2025-10-16", "2025-10-31"], { b: "2025-10-15/.." })).toBe("possible");
    expect(standing("2025-10", ["2025-10-01", "2025-10-20"], { a: "../2025-10-20" })).toBe("certain");
    expect(standing("../2026-03", ["2026-03-01", "2026-03-31"], { b: "2014/.." })).toBe("certain");
    // Born some day of 2014: "../2014-06" may have run from any day of 2014 up to June.
    expect(standing("../2014-06", ["2014-06-01", "2014-06-30"], { a: "2014/.." })).toBe("certain");
    expect(standing("1990/2000", ["1980-01-01", "2020-12-31"], { a: "2007/.." })).toBe("inactive");
  });

  test("in the bundled data, the Kabul airstrikes of Oct 2025 are certain in the window of October, possible on each of its days", () => {
    const loaded = loadDataSet(readBundledData());
    if (!loaded.ok) throw new Error("the bundled data set does not load");
    const index = new RelationIndex(loaded.dataSet);
    const id = "pakistan-airstrikes-kabul-2025-10";
    const october = applyFilters(index, [{ type: "window", from: day("2025-10-01"), to: day("2025-10-31") }]);
    expect(october.relations.map((r) => r.id)).toContain(id);
    expect(october.isPossibleOnly(id)).toBe(false);
    const firstHalf = applyFilters(index, [{ type: "window", from: day("2025-10-01"), to: day("2025-10-15") }]);
    expect(firstHalf.isPossibleOnly(id)).toBe(true);
    expect(applyFilters(index, [{ type: "asOf", day: day("2025-10-31") }]).isPossibleOnly(id)).toBe(true);
  });

  test("several periods: one certain within the window is enough", () => {
    expect(standing("2019-03 2025-10", ["2025-10-01", "2025-10-31"])).toBe("certain");
    expect(standing("2019-03 2025-10", ["2019-03-01", "2025-10-30"])).toBe("certain");
    expect(standing("2019-03 2025-10", ["2019-03-02", "2025-10-30"])).toBe("possible");
  });
});

/** Whole days of the years the random periods use, and the decades "201X" and "202X" reach. */
const arbDayIn = fc.integer({ min: day("2008-01-01"), max: day("2032-12-31") });
const arbWindow = fc.oneof(
  fc.tuple(arbDayIn, fc.constantFrom(0, 1, 27, 30, 364, 365, 730, 3652)).map(([from, width]) => [from, from + width] as const),
  fc.tuple(fc.integer({ min: 2008, max: 2032 }), fc.integer({ min: 0, max: 11 })).map(([y, m]) => [Date.UTC(y, m, 1) / 86_400_000, Date.UTC(y, m + 1, 1) / 86_400_000 - 1] as const),
  fc.integer({ min: 2008, max: 2032 }).map((y) => [Date.UTC(y, 0, 1) / 86_400_000, Date.UTC(y + 1, 0, 1) / 86_400_000 - 1] as const),
  fc.tuple(arbDayIn, arbDayIn).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  arbDayIn.map((d) => [-Infinity, d] as const),
  fc.constant([-Infinity, Infinity] as const),
);
const [FAR_PAST, FAR_FUTURE] = [day("1900-01-01"), day("2100-01-01")];
const arbLifetime = fc.option(arbRichPeriod, { nil: undefined });

describe("for random periods, lifetimes and windows", () => {
  test("the index, the bounds and a slice answer as a plain reading of the dates, certain within possible", () => {
    const arbCase = fc.record({
      periods: fc.array(fc.array(arbRichPeriod, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 30 }),
      lifetimes: fc.array(arbLifetime, { minLength: 3, maxLength: 3 }),
      windows: fc.array(arbWindow, { minLength: 1, maxLength: 25 }),
    });
    fc.assert(
      fc.property(arbCase, ({ periods, lifetimes, windows }) => {
        const names = ["a", "b", "c"];
        const relations = periods.map((ps, i) => {
          const sorted = [...ps].sort((x, y) => x.first - y.first).filter((p, k, all) => k === 0 || all[k - 1].last < p.first);
          return relation(sorted, `r${i}`, names[i % 3], names[(i + 1) % 3]);
        });
        const actors = names.map((id, i) => actor(id, lifetimes[i]));
        const index = new RelationIndex({ ...dataSetOf(relations), actors });
        const bounds = new TimeBounds(actors);
        for (const [from, to] of windows) {
          const certain = [...maskOrdinals(index.certainMaskIn(from, to))];
          const possible = [...maskOrdinals(index.activeMaskIn(from, to))];
          const plain = relations.flatMap((r, i) => (certainlyActiveIn(r, actors, from, to) ? [i] : []));
          expect(certain).toEqual(plain);
          expect(relations.flatMap((r, i) => (bounds.activeIn(r, from, to, true) ? [i] : []))).toEqual(plain);
          expect(certain.every((i) => possible.includes(i))).toBe(true);
          const slice = applyFilters(index, [{ type: "window", from, to }]);
          expect(slice.relations.filter((r) => !slice.isPossibleOnly(r.id)).map((r) => relations.indexOf(r))).toEqual(plain);
          // A window of one day answers as that day does.
          expect([...maskOrdinals(index.certainMaskIn(from, from))]).toEqual([...maskOrdinals(index.certainMaskOn(from))]);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("what the plain reading calls certain within a window holds in every reading of the dates that agrees with itself", () => {
    /** One reading of a period: a first and a last day its dates allow, picked by `pick` (0 the earliest, 1 the latest). */
    const read = (p: Period, lifetime: boolean, pick: [number, number]): [number, number] | null => {
      const at = ([lo, hi]: [number, number], t: number) => Math.round(lo + t * (hi - lo));
      const point = p.uncertainPoint || (p.start && p.start === p.end);
      const whole: [number, number] = [readings(p.start ?? p.end!)[0], readings(p.end ?? p.start!)[1]];
      const last = at(point ? whole : p.end ? readings(p.end) : [FAR_FUTURE, FAR_FUTURE], pick[1]);
      // An unknown start may be any day up to the end; a lifetime's open start is before any date.
      const first = at(point ? whole : p.start ? readings(p.start) : lifetime ? [FAR_PAST, FAR_PAST] : [FAR_PAST, last], pick[0]);
      return first <= last ? [first, last] : null;
    };
    const arbT = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
    const arbPick = fc.tuple(arbT, arbT);
    fc.assert(
      fc.property(arbRichPeriod, arbLifetime, arbLifetime, arbWindow, fc.array(fc.tuple(arbPick, arbPick, arbPick), { minLength: 30, maxLength: 30 }), (period, la, lb, [from, to], picks) => {
        const r = relation([period]);
        const actors = [actor("a", la), actor("b", lb)];
        if (!certainlyActiveIn(r, actors, from, to)) return;
        for (const [pr, pa, pb] of picks) {
          const all = [read(period, false, pr), la ? read(la, true, pa) : [-Infinity, Infinity], lb ? read(lb, true, pb) : [-Infinity, Infinity]];
          if (all.some((x) => x === null)) continue;
          // Active from the latest beginning to the earliest end; a reading where that is no day disagrees with the data.
          const first = Math.max(...all.map((x) => x![0]));
          const last = Math.min(...all.map((x) => x![1]));
          if (first > last) continue;
          expect(first <= to && last >= from, `${period.edtf} (${la?.edtf}, ${lb?.edtf}) read as ${first}..${last}, window ${from}..${to}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
