/** Typed dates: every form at every precision the data uses, and bad entries with a message saying what to type. */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { parseDateEntry } from "../../src/model/date-entry";

const read = (text: string) => {
  const r = parseDateEntry(text);
  if (!r.ok) throw new Error(r.message);
  return { precision: r.date.precision, first: r.date.first, last: r.date.last };
};
const day = (iso: string) => ({ precision: "day", first: parseDay(iso), last: parseDay(iso) });

describe("parseDateEntry", () => {
  test.each(["2026-02-27", "27 Feb 2026", "27 February 2026", "Feb 27, 2026", "February 27 2026", "27 feb. 2026", "  27  FEB  2026 "])("%s is 27 Feb 2026", (text) => {
    expect(read(text)).toEqual(day("2026-02-27"));
  });

  test.each(["2025-10", "Oct 2025", "October 2025", "oct, 2025"])("%s is the whole of October 2025, a month", (text) => {
    expect(read(text)).toEqual({ precision: "month", first: parseDay("2025-10-01"), last: parseDay("2025-10-31") });
  });

  test("a year is the whole year; February of a leap year ends on the 29th", () => {
    expect(read("2021")).toEqual({ precision: "year", first: parseDay("2021-01-01"), last: parseDay("2021-12-31") });
    expect(read("Feb 2024").last).toBe(parseDay("2024-02-29"));
    expect(read("Sept 2025").first).toBe(parseDay("2025-09-01"));
  });

  test.each([
    ["Febuary 2026", '"Febuary 2026" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["30 Feb 2026", '"30 Feb 2026" is not a date (not a valid calendar date): type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["2026-13", '"2026-13" is not a date (there is no month 13): type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["", "Type a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026"],
    ["yesterday", '"yesterday" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["2026-02-27T10:00", '"2026-02-27T10:00" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["201X", '"201X" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
    ["2025~", '"2025~" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026'],
  ])("%j is refused: %s", (text, message) => {
    expect(parseDateEntry(text)).toEqual({ ok: false, message });
  });

  test("a long entry is cut short in the message", () => {
    const r = parseDateEntry("x".repeat(500));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.length).toBeLessThan(120);
  });
});
