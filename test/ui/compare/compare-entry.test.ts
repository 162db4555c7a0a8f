/** Moment A typed: a day is that day, a month or a year the whole of it, never an invented day. */
import { expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import { compareEntry } from "../../../src/ui/compare/compare-entry";

const range = { first: parseDay("2001-01-01"), last: parseDay("2026-03-31") };

test("a day typed is that day", () => {
  expect(compareEntry("1 Sep 2021", range)).toEqual({ moment: { at: parseDay("2021-09-01") }, note: "" });
  expect(compareEntry("2021-09-01", range)).toEqual({ moment: { at: parseDay("2021-09-01") }, note: "" });
});

test("a month or a year typed is the whole of it, as a window", () => {
  expect(compareEntry("Sep 2021", range)).toEqual({ moment: { from: parseDay("2021-09-01"), to: parseDay("2021-09-30") }, note: "Sep 2021: the whole month" });
  expect(compareEntry("2021", range)).toMatchObject({ moment: { from: parseDay("2021-01-01"), to: parseDay("2021-12-31") } });
});

test("what is not a date, or lies outside the timeline, is refused and said", () => {
  expect(compareEntry("soon", range)).toMatchObject({ message: expect.stringMatching(/is not a date/) });
  expect(compareEntry("1990", range)).toMatchObject({ message: expect.stringMatching(/outside the timeline/) });
});
