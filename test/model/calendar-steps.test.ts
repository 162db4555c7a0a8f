/** Steps by day, month and year: month ends without drift, and property checks against the calendar. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dayToIso, formatDay, parseDay } from "../../src/model/dates";
import { monthOf, stepDay, type StepUnit } from "../../src/model/calendar-steps";

const walk = (iso: string, unit: StepUnit, counts: number[], anchor: "start" | "end" = "end") => {
  const out: string[] = [];
  let day = parseDay(iso);
  for (const n of counts) out.push(formatDay((day = stepDay(day, unit, n, anchor))));
  return out;
};

describe("stepDay", () => {
  test("month steps from a month end land on month ends: 31 Mar, 28 Feb, 31 Jan, and back up to 31 Mar", () => {
    expect(walk("2026-03-31", "month", [-1, -1, 1, 1])).toEqual(["28 Feb 2026", "31 Jan 2026", "28 Feb 2026", "31 Mar 2026"]);
    expect(walk("2024-01-31", "month", [1, 1])).toEqual(["29 Feb 2024", "31 Mar 2024"]);
  });

  test("from mid-month a month step goes to the end of the target month", () => {
    expect(walk("2026-03-15", "month", [1])).toEqual(["30 Apr 2026"]);
    expect(walk("2026-03-15", "month", [-1])).toEqual(["28 Feb 2026"]);
  });

  test("a window's start lands on the first day of the target month", () => {
    expect(walk("2025-10-01", "month", [1, 1, -3], "start")).toEqual(["1 Nov 2025", "1 Dec 2025", "1 Sep 2025"]);
    expect(walk("2025-10-17", "year", [-1], "start")).toEqual(["1 Oct 2024"]);
  });

  test("year steps keep the month and land on its end; 29 Feb 2024 goes to 28 Feb 2025", () => {
    expect(walk("2024-02-29", "year", [1, 3])).toEqual(["28 Feb 2025", "29 Feb 2028"]);
    expect(walk("2026-03-31", "year", [-5])).toEqual(["31 Mar 2021"]);
  });

  test("day steps move one day, across months and leap days", () => {
    expect(walk("2024-02-28", "day", [1, 1, -2])).toEqual(["29 Feb 2024", "1 Mar 2024", "28 Feb 2024"]);
  });

  const arbDay = fc.integer({ min: parseDay("1900-01-01"), max: parseDay("2100-12-31") });

  test("a month or year step lands on the last (or first) day of the month that many months away", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -30, max: 30 }), fc.constantFrom<StepUnit>("month", "year"), fc.constantFrom("start" as const, "end" as const), (day, n, unit, anchor) => {
        const landed = stepDay(day, unit, n, anchor);
        const month = monthOf(landed);
        expect(landed).toBe(anchor === "end" ? month.last : month.first);
        const [y0, m0] = dayToIso(day).split("-").map(Number);
        const [y1, m1] = dayToIso(landed).split("-").map(Number);
        expect(y1 * 12 + m1 - (y0 * 12 + m0)).toBe(unit === "year" ? 12 * n : n);
      }),
    );
  });

  test("no drift: from a month end, any walk of month steps lands where one step of their sum does", () => {
    fc.assert(
      fc.property(arbDay, fc.array(fc.integer({ min: -14, max: 14 }), { maxLength: 12 }), (day, steps) => {
        const start = monthOf(day).last;
        const walked = steps.reduce((d, n) => stepDay(d, "month", n), start);
        expect(walked).toBe(stepDay(start, "month", steps.reduce((a, b) => a + b, 0)));
      }),
    );
  });
});
