/**
 * The film dialog's own count of steps, frames and running time, and the size of a saved file:
 * whole calendar steps (weeks Monday to Sunday) cover the span, the first holding From and the
 * last holding To.
 */
import { expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import { durationWords, fileSizeWords, filmSummary, stepsCovering } from "../../../src/ui/film-dialog/film-summary";

const day = parseDay;

test("months: Jan 2021 to Mar 2026 is 63 whole months", () => {
  expect(stepsCovering(day("2021-01-01"), day("2026-03-31"), "month")).toEqual({ first: day("2021-01-01"), last: day("2026-03-31"), count: 63 });
  // A span inside one month is one step, the whole month.
  expect(stepsCovering(day("2024-02-10"), day("2024-02-12"), "month")).toEqual({ first: day("2024-02-01"), last: day("2024-02-29"), count: 1 });
});

test("quarters and years widen to whole ones", () => {
  expect(stepsCovering(day("2021-02-15"), day("2026-03-31"), "quarter")).toEqual({ first: day("2021-01-01"), last: day("2026-03-31"), count: 21 });
  expect(stepsCovering(day("2021-11-01"), day("2022-01-31"), "quarter")).toEqual({ first: day("2021-10-01"), last: day("2022-03-31"), count: 2 });
  expect(stepsCovering(day("2021-01-01"), day("2026-03-31"), "year")).toEqual({ first: day("2021-01-01"), last: day("2026-12-31"), count: 6 });
});

test("weeks run Monday to Sunday", () => {
  // 1 Jan 2021 was a Friday, 31 Mar 2026 a Tuesday.
  const weeks = stepsCovering(day("2021-01-01"), day("2026-03-31"), "week");
  expect(weeks.first).toBe(day("2020-12-28"));
  expect(weeks.last).toBe(day("2026-04-05"));
  expect(weeks.count).toBe((day("2026-04-05") + 1 - day("2020-12-28")) / 7);
  // A Monday to the Sunday after is one week; to the Monday after, two.
  expect(stepsCovering(day("2025-03-03"), day("2025-03-09"), "week")).toEqual({ first: day("2025-03-03"), last: day("2025-03-09"), count: 1 });
  expect(stepsCovering(day("2025-03-03"), day("2025-03-10"), "week").count).toBe(2);
  // Before 1970 too: 1 Jan 1969 was a Wednesday.
  expect(stepsCovering(day("1969-01-01"), day("1969-01-01"), "week").first).toBe(day("1968-12-30"));
});

test("a span that ends before it starts has no steps", () => {
  expect(stepsCovering(day("2022-01-01"), day("2021-01-01"), "month").count).toBe(0);
});

test("frames: seconds times frames per second, at least one per step", () => {
  expect(filmSummary(63, 1, 4)).toBe("63 steps · 252 frames · 1 min 3 s");
  expect(filmSummary(1, 2, 12)).toBe("1 step · 24 frames · 2 s");
  expect(filmSummary(275, 2, 24)).toBe("275 steps · 13,200 frames · 9 min 10 s");
});

test("running time in words", () => {
  expect(durationWords(2.5)).toBe("2.5 s");
  expect(durationWords(0.25)).toBe("0.3 s");
  expect(durationWords(45)).toBe("45 s");
  expect(durationWords(120)).toBe("2 min");
  expect(durationWords(3840)).toBe("1 h 4 min");
  expect(durationWords(3600)).toBe("1 h");
});

test("file sizes in decimal units", () => {
  expect(fileSizeWords(1)).toBe("1 byte");
  expect(fileSizeWords(812)).toBe("812 bytes");
  expect(fileSizeWords(34_400)).toBe("34 KB");
  expect(fileSizeWords(999_700)).toBe("1.0 MB");
  expect(fileSizeWords(4_200_000)).toBe("4.2 MB");
});
