/**
 * Events grouped into periods by the gap: small cases with their expected EDTF, every bound one
 * the model's parsePeriod reads and no day the events do not give; and, on any events, each
 * event's date inside exactly one period, periods apart and in order, none closer than the gap.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { enclosing, periodOver, periodsOf } from "../../../src/import/events/merge-periods";
import { parsePeriod, utcDay } from "../../../src/model/dates";

const ev = (edtf: string) => ({ period: parsePeriod(edtf) });
const edtfs = (events: string[], gap: number) => periodsOf(events.map(ev), gap).map((p) => p.period.edtf);

describe("periodsOf", () => {
  test("a single event's period is its own date", () => {
    expect(edtfs(["[2025-03-03..2025-03-09]"], 30)).toEqual(["[2025-03-03..2025-03-09]"]);
    expect(edtfs(["2025-10"], 30)).toEqual(["2025-10"]);
  });

  test("events at most the gap apart share a period from the first one's start to the last one's end", () => {
    expect(edtfs(["2025-03-20", "2025-03-01", "2025-03-31"], 30)).toEqual(["2025-03-01/2025-03-31"]);
    // 30 days from 1 March to 31 March: in; 31 days: out.
    expect(edtfs(["2025-03-01", "2025-03-31"], 30)).toEqual(["2025-03-01/2025-03-31"]);
    expect(edtfs(["2025-03-01", "2025-04-01"], 30)).toEqual(["2025-03-01", "2025-04-01"]);
    expect(edtfs(["2025-03-01", "2025-03-02"], 0)).toEqual(["2025-03-01", "2025-03-02"]);
    expect(edtfs(["2025-03-01", "2025-03-01"], 0)).toEqual(["2025-03-01"]);
  });

  test("a coarse event makes a coarse bound, never an invented day", () => {
    // One day in a week starts the period: its month, not the week's first day.
    expect(edtfs(["[2025-03-03..2025-03-09]", "2025-03-20"], 30)).toEqual(["2025-03/2025-03-20"]);
    expect(edtfs(["2025-01-10", "[2025-01-27..2025-02-02]"], 30)).toEqual(["2025-01-10/2025"]);
    expect(edtfs(["2025-02", "2025-03-10"], 30)).toEqual(["2025-02/2025-03-10"]);
    // A month holding a day of the same month: the month alone.
    expect(edtfs(["2025-03", "2025-03-10"], 30)).toEqual(["2025-03"]);
    expect(edtfs(["2019", "2020-01"], 30)).toEqual(["2019/2020-01"]);
    expect(edtfs(["2019", "2020-02"], 30)).toEqual(["2019", "2020-02"]);
  });

  test("a coarse bound reaching over the period before merges the two", () => {
    // 5 March, then one day in 24-30 March: 19 days apart, more than a gap of 10, but the
    // second period's start, written as its month, would reach back over the first.
    expect(edtfs(["2025-03-05", "[2025-03-24..2025-03-30]", "2025-03-31"], 10)).toEqual(["2025-03-05/2025-03-31"]);
  });
});

test("enclosing gives the smallest date holding the days", () => {
  const d = (s: string) => parsePeriod(s).first;
  expect(enclosing(d("2025-03-05"), d("2025-03-05"))).toBe("2025-03-05");
  expect(enclosing(d("2025-03-05"), d("2025-03-09"))).toBe("2025-03");
  expect(enclosing(d("2025-03-29"), d("2025-04-04"))).toBe("2025");
  expect(enclosing(d("2024-12-30"), d("2025-01-05"))).toBe("202X");
  expect(enclosing(d("2019-12-30"), d("2020-01-05"))).toBe("20XX");
  expect(enclosing(d("1999-12-27"), d("2000-01-02"))).toBeUndefined();
  expect(periodOver([ev("[1999-12-27..2000-01-02]"), ev("2000-01-20")]).edtf).toBe("../2000-01-20");
});

/** An event's date as the formats give them: a day, one day in a week, a month or a year. */
const eventDate = fc.tuple(fc.integer({ min: utcDay(1995, 0, 1), max: utcDay(2030, 0, 1) }), fc.constantFrom("day", "week", "month", "year")).map(([day, precision]) => {
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  if (precision === "day") return iso(day);
  if (precision === "week") return `[${iso(day)}..${iso(day + 6)}]`;
  return precision === "month" ? iso(day).slice(0, 7) : iso(day).slice(0, 4);
});

test("on any events: each in exactly one period, periods in order and apart, none closer than the gap", () => {
  fc.assert(
    fc.property(fc.array(eventDate, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 120 }), (dates, gap) => {
      const events = dates.map(ev);
      const periods = periodsOf(events, gap);
      for (const p of periods) expect(parsePeriod(p.period.edtf)).toEqual(p.period);
      for (const e of events) {
        const holding = periods.filter((p) => p.period.first <= e.period.first && e.period.last <= p.period.last);
        expect(holding.length).toBe(1);
        expect(holding[0].events).toContain(e);
      }
      expect(periods.flatMap((p) => p.events)).toHaveLength(events.length);
      for (let i = 1; i < periods.length; i++) {
        expect(periods[i].period.first).toBeGreaterThan(periods[i - 1].period.last);
        const lastBefore = Math.max(...periods[i - 1].events.map((e) => e.period.last));
        const firstAfter = Math.min(...periods[i].events.map((e) => e.period.first));
        expect(firstAfter - lastBefore).toBeGreaterThan(gap);
      }
    }),
    { numRuns: 500 },
  );
});
