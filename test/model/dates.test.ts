/**
 * Partial dates keep their precision, cover whole units when slicing, and display as written.
 */
import { describe, expect, test } from "vitest";
import { addMonths, DateError, dayToIso, formatDay, formatPeriod, parseDay, parsePartialDate, parsePeriod } from "../../src/model/dates";

const iso = (p: { first: number; last: number }) => [p.first, p.last].map((d) => (Number.isFinite(d) ? dayToIso(d) : String(d)));

describe("parsePartialDate", () => {
  test.each([
    ["2025-10-09", "day", ["2025-10-09", "2025-10-09"], "9 Oct 2025"],
    ["2025-10", "month", ["2025-10-01", "2025-10-31"], "Oct 2025"],
    ["2024-02", "month", ["2024-02-01", "2024-02-29"], "Feb 2024"],
    ["2025", "year", ["2025-01-01", "2025-12-31"], "2025"],
    ["201X", "decade", ["2010-01-01", "2019-12-31"], "2010s"],
    ["19XX", "century", ["1900-01-01", "1999-12-31"], "1900s"],
    ["2019~", "year", ["2019-01-01", "2019-12-31"], "c. 2019"],
    ["2025-11?", "month", ["2025-11-01", "2025-11-30"], "Nov 2025?"],
    ["2014%", "year", ["2014-01-01", "2014-12-31"], "c. 2014?"],
  ])("%s is a %s covering %j, shown as %s", (text, precision, span, shown) => {
    const date = parsePartialDate(text);
    expect(date.precision).toBe(precision);
    expect(iso(date)).toEqual(span);
    expect(formatPeriod(parsePeriod(text))).toBe(shown);
  });

  test.each([
    ["October 2025", /not a date this tool reads/],
    ["2025-13", /there is no month 13/],
    ["2025-02-29", /no day 29 in Feb 2025/],
    ["2025-21", /seasons and quarters/],
    ["2025-10-09T10:00", /times of day/],
    ["", /not a date/],
  ])("%j is refused: %s", (text, problem) => {
    expect(() => parsePartialDate(text)).toThrow(DateError);
    expect(() => parsePartialDate(text)).toThrow(problem);
  });
});

describe("parsePeriod", () => {
  test.each([
    ["2025-10-09/2025-10-19", ["2025-10-09", "2025-10-19"], "9–19 Oct 2025"],
    ["2026-02/2026-03", ["2026-02-01", "2026-03-31"], "Feb–Mar 2026"],
    ["2025-10-09/2025-11-03", ["2025-10-09", "2025-11-03"], "9 Oct – 3 Nov 2025"],
    ["2008/2011", ["2008-01-01", "2011-12-31"], "2008–2011"],
    ["2025-05/..", ["2025-05-01", "Infinity"], "since May 2025"],
    ["../2018", ["-Infinity", "2018-12-31"], "until 2018"],
    ["[2014..2015]", ["2014-01-01", "2015-12-31"], "2014/2015"],
    ["2015~/2019", ["2015-01-01", "2019-12-31"], "c. 2015 – 2019"],
    ["2024-12/2025-01", ["2024-12-01", "2025-01-31"], "Dec 2024 – Jan 2025"],
  ])("%s covers %j and reads %s", (text, span, shown) => {
    const period = parsePeriod(text);
    expect(iso(period)).toEqual(span);
    expect(formatPeriod(period)).toBe(shown);
  });

  test("a month-precision end covers the whole month, a start inside it is fine", () => {
    expect(iso(parsePeriod("2025-10-15/2025-10"))).toEqual(["2025-10-15", "2025-10-31"]);
  });

  test.each([
    ["2026-03/2026-02", /end Feb 2026 is before the start Mar 2026/, /Swap/],
    ["2025-05/", /end is missing/, /"2025-05\/\.\." if it is ongoing/],
    ["/2025", /start is missing/, /"\.\.\/end"/],
    ["../..", /both ends are open/, /at least a start or an end/],
    ["2020/2021/2022", /one slash/, /start\/end/],
  ])("%s is refused", (text, problem, fix) => {
    try {
      parsePeriod(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DateError);
      expect((e as DateError).problem).toMatch(problem);
      expect((e as DateError).fix).toMatch(fix);
    }
  });
});

test("parseDay wants a whole day and says how to get a month", () => {
  expect(dayToIso(parseDay("2026-02-27"))).toBe("2026-02-27");
  expect(() => parseDay("2026-02")).toThrow(/a single day is needed/);
});

test("formatDay and addMonths", () => {
  expect(formatDay(parseDay("2026-02-27"))).toBe("27 Feb 2026");
  expect(dayToIso(addMonths(parseDay("2026-01-31"), 1))).toBe("2026-02-28");
  expect(dayToIso(addMonths(parseDay("2024-01-31"), 1))).toBe("2024-02-29");
  expect(dayToIso(addMonths(parseDay("2026-03-15"), -14))).toBe("2025-01-15");
  expect(dayToIso(addMonths(parseDay("2025-12-10"), 1))).toBe("2026-01-10");
});
