/** Whole calendar periods: the one holding a day, the run covering a span, their labels and count. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { periodCount, periodOf, periodsCovering, type PeriodUnit } from "../../src/model/calendar-periods";
import { dayToIso, parseDay } from "../../src/model/dates";

const iso = (p: { from: number; to: number; label: string }) => [dayToIso(p.from), dayToIso(p.to), p.label];
const UNITS: PeriodUnit[] = ["week", "month", "quarter", "year"];

describe("calendar periods", () => {
  test("weeks run Monday to Sunday and say their days at day precision", () => {
    expect(iso(periodOf(parseDay("2025-03-05"), "week"))).toEqual(["2025-03-03", "2025-03-09", "3–9 Mar 2025"]);
    expect(iso(periodOf(parseDay("2025-03-03"), "week"))).toEqual(["2025-03-03", "2025-03-09", "3–9 Mar 2025"]);
    expect(iso(periodOf(parseDay("2025-03-09"), "week"))).toEqual(["2025-03-03", "2025-03-09", "3–9 Mar 2025"]);
    expect(periodOf(parseDay("2025-05-01"), "week").label).toBe("28 Apr – 4 May 2025");
    expect(iso(periodOf(parseDay("2026-01-01"), "week"))).toEqual(["2025-12-29", "2026-01-04", "29 Dec 2025 – 4 Jan 2026"]);
    // Before 1970 too: the weekday sum must not go negative.
    expect(iso(periodOf(parseDay("1969-12-31"), "week"))).toEqual(["1969-12-29", "1970-01-04", "29 Dec 1969 – 4 Jan 1970"]);
  });

  test("months, quarters and years are whole and labelled at their precision", () => {
    expect(iso(periodOf(parseDay("2024-02-10"), "month"))).toEqual(["2024-02-01", "2024-02-29", "Feb 2024"]);
    expect(iso(periodOf(parseDay("2025-05-31"), "quarter"))).toEqual(["2025-04-01", "2025-06-30", "Q2 2025"]);
    expect(iso(periodOf(parseDay("2025-12-31"), "quarter"))).toEqual(["2025-10-01", "2025-12-31", "Q4 2025"]);
    expect(iso(periodOf(parseDay("2025-07-04"), "year"))).toEqual(["2025-01-01", "2025-12-31", "2025"]);
  });

  test("the periods covering a span run from the one holding its start to the one holding its end", () => {
    const months = periodsCovering(parseDay("2021-01-15"), parseDay("2021-04-02"), "month");
    expect(months.map((p) => p.label)).toEqual(["Jan 2021", "Feb 2021", "Mar 2021", "Apr 2021"]);
    expect(dayToIso(months[0].from)).toBe("2021-01-01");
    expect(dayToIso(months[3].to)).toBe("2021-04-30");
    expect(periodsCovering(parseDay("2021-01-01"), parseDay("2026-03-31"), "month")).toHaveLength(63);
    expect(periodsCovering(parseDay("2025-11-20"), parseDay("2026-02-01"), "quarter").map((p) => p.label)).toEqual(["Q4 2025", "Q1 2026"]);
    expect(periodsCovering(parseDay("2026-01-02"), parseDay("2025-01-01"), "year")).toEqual([]);
    expect(() => periodsCovering(-Infinity, 0, "year")).toThrow(/finite day/);
  });

  test("periods tile the span without gap or overlap, and periodCount counts them", () => {
    const day = fc.integer({ min: -40_000, max: 40_000 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 900 }), fc.constantFrom(...UNITS), (from, length, unit) => {
        const periods = periodsCovering(from, from + length, unit);
        expect(periods[0].from).toBeLessThanOrEqual(from);
        expect(periods.at(-1)!.to).toBeGreaterThanOrEqual(from + length);
        periods.forEach((p, i) => {
          expect(p.to).toBeGreaterThanOrEqual(p.from);
          if (i) expect(p.from).toBe(periods[i - 1].to + 1);
          expect(periodOf(p.from, unit)).toEqual(p);
          expect(periodOf(p.to, unit)).toEqual(p);
        });
        expect(periodCount(from, from + length, unit)).toBe(periods.length);
      }),
    );
    expect(periodCount(10, 9, "week")).toBe(0);
  });
});
