/** A film's spec checked in words, the span a person typed, and the film's file name. */
import { describe, expect, test } from "vitest";
import { filmFileName, filmSpanOf, filmSpecProblems } from "../../../src/look/film/film-spec";
import type { FilmSpec } from "../../../src/look/film/types";
import { dayToIso, parseDay, parsePartialDate } from "../../../src/model/dates";
import { parseDateEntry } from "../../../src/model/date-entry";

const spec = (change: Partial<FilmSpec> = {}): FilmSpec => ({
  from: parseDay("2021-01-01"),
  to: parseDay("2026-03-31"),
  step: "month",
  secondsPerStep: 1,
  fps: 4,
  width: 1280,
  height: 720,
  background: "light",
  title: "Pakistan and the TTP",
  format: "webm",
  captions: false,
  ...change,
});

describe("film spec", () => {
  test("a good spec has no problem", () => {
    expect(filmSpecProblems(spec())).toEqual([]);
    expect(filmSpecProblems(spec({ width: 3840, height: 16, fps: 60, secondsPerStep: 0.1 }))).toEqual([]);
  });

  test("each problem names the field, the bad value and a fix", () => {
    expect(filmSpecProblems(spec({ width: 1281 }))).toEqual(["width 1281 should be even: video encoders need even sizes; try 1280"]);
    expect(filmSpecProblems(spec({ height: 4000 }))[0]).toMatch(/^height 4000 should be between 16 and 3,840 pixels.*try 3840$/);
    expect(filmSpecProblems(spec({ height: 9 }))[0]).toMatch(/^height 9 .*try 16$/);
    expect(filmSpecProblems(spec({ width: 720.5 }))[0]).toBe("width 720.5 should be a whole number of pixels; try 720");
    expect(filmSpecProblems(spec({ fps: 0 }))).toEqual(["fps 0 should be between 1 and 60 frames a second; try 1"]);
    expect(filmSpecProblems(spec({ fps: NaN }))[0]).toMatch(/^fps NaN .*try 1$/);
    expect(filmSpecProblems(spec({ secondsPerStep: 45 }))).toEqual(["secondsPerStep 45 should be between 0.1 and 30 seconds; try 30"]);
    expect(filmSpecProblems(spec({ from: parseDay("2026-04-01") }))).toEqual(["from 1 Apr 2026 is after to 31 Mar 2026: the film would have no step; swap them"]);
    expect(filmSpecProblems(spec({ from: -Infinity }))[0]).toMatch(/^from -Infinity and to \d+ should both be calendar days/);
  });

  test("too many steps or frames is refused, saying why", () => {
    const weekly = filmSpecProblems(spec({ from: parseDay("2000-01-01"), step: "week", secondsPerStep: 0.1, fps: 10 }));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toMatch(/^1,371 week steps from 1 Jan 2000 to 31 Mar 2026 are over 1,000: each step's picture is kept in memory/);
    const long = filmSpecProblems(spec({ fps: 60, secondsPerStep: 10 }));
    expect(long).toEqual([expect.stringMatching(/^37,800 frames \(63 steps of 10 s at 60 fps\) are over 20,000: every frame is drawn and encoded in the page/)]);
    expect(filmSpecProblems(spec({ from: parseDay("1025-01-01"), to: parseDay("2025-12-31"), step: "year", fps: 1 }))[0]).toMatch(/^1,001 year steps/);
    // 1,000 steps and 20,000 frames are allowed.
    expect(filmSpecProblems(spec({ from: parseDay("1026-01-01"), to: parseDay("2025-12-31"), step: "year", fps: 20, secondsPerStep: 1 }))).toEqual([]);
  });

  test("a typed span covers all of each end at its precision", () => {
    const entry = (text: string) => {
      const e = parseDateEntry(text);
      if (!e.ok) throw new Error(e.message);
      return e.date;
    };
    const span = filmSpanOf(entry("Jan 2021"), entry("2026-03"));
    expect([dayToIso(span.from), dayToIso(span.to)]).toEqual(["2021-01-01", "2026-03-31"]);
    const years = filmSpanOf(parsePartialDate("2021"), parsePartialDate("2024"));
    expect([dayToIso(years.from), dayToIso(years.to)]).toEqual(["2021-01-01", "2024-12-31"]);
  });

  test("the file name says the span at the steps' precision, never an invented day", () => {
    expect(filmFileName("Pakistan and the TTP", spec())).toBe("pakistan-and-the-ttp-2021-01_2026-03.webm");
    expect(filmFileName("", spec({ format: "gif" }))).toBe("faultlines-2021-01_2026-03.gif");
    expect(filmFileName("Région", spec({ step: "quarter", to: parseDay("2026-06-30"), format: "mp4" }))).toBe("region-2021-Q1_2026-Q2.mp4");
    expect(filmFileName("x", spec({ step: "year", to: parseDay("2025-12-31") }))).toBe("x-2021_2025.webm");
    // Years asked, but the span ends in March: named by months, the finest it needs.
    expect(filmFileName("x", spec({ step: "year" }))).toBe("x-2021-01_2026-03.webm");
    expect(filmFileName("x", spec({ step: "week" }))).toBe("x-2021-01_2026-03.webm");
    expect(filmFileName("x", spec({ step: "week", from: parseDay("2025-03-03"), to: parseDay("2025-03-30") }))).toBe("x-2025-03-03_2025-03-30.webm");
  });
});
