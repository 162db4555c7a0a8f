/**
 * The film dialog's choices read into a FilmSpec: from the first day From covers to the last day
 * To covers, the whole steps shown said when they reach beyond; each wrong field said in words that name it, the text and what to type; formats the
 * browser cannot write passed over.
 */
import { expect, test } from "vitest";
import { DATE_ENTRY_HELP } from "../../../src/model/date-entry";
import { parseDay } from "../../../src/model/dates";
import { readFilmChoices, usableFormat, type FilmChoices, type FilmSupport } from "../../../src/ui/film-dialog/film-form";

const CHOICES: FilmChoices = {
  title: "  Afghanistan–Pakistan, 2021–2026 ",
  from: "2021-01",
  to: "Mar 2026",
  step: "month",
  secondsPerStep: "1",
  fps: 12,
  size: "hd",
  background: "light",
  format: "webm",
  captions: true,
};

test("a span of months reads to its first and last days, no day invented", () => {
  const reading = readFilmChoices(CHOICES);
  expect(reading.problems).toEqual({});
  expect(reading.widened).toBeNull();
  expect(reading.spec).toEqual({
    from: parseDay("2021-01-01"),
    to: parseDay("2026-03-31"),
    step: "month",
    secondsPerStep: 1,
    fps: 12,
    width: 1280,
    height: 720,
    background: "light",
    title: "Afghanistan–Pakistan, 2021–2026",
    format: "webm",
    captions: true,
  });
  expect(reading.steps?.count).toBe(63);
});

test("years and days keep their precision; sizes are the ones offered", () => {
  const years = readFilmChoices({ ...CHOICES, from: "2021", to: "2025", step: "year", size: "square", background: "dark" }).spec!;
  expect([years.from, years.to, years.width, years.height, years.background]).toEqual([parseDay("2021-01-01"), parseDay("2025-12-31"), 1080, 1080, "dark"]);
  const days = readFilmChoices({ ...CHOICES, from: "3 Mar 2025", to: "2025-03-09", step: "week" }).spec!;
  expect([days.from, days.to]).toEqual([parseDay("2025-03-03"), parseDay("2025-03-09")]);
  const full = readFilmChoices({ ...CHOICES, size: "full-hd", secondsPerStep: "2.5", fps: 24, captions: false }).spec!;
  expect([full.width, full.height, full.secondsPerStep, full.fps, full.captions]).toEqual([1920, 1080, 2.5, 24, false]);
});

test("a span that does not fall on whole steps is sent as typed, and the whole steps shown are said", () => {
  const reading = readFilmChoices({ ...CHOICES, from: "2025-03-05", to: "2025-03-20", step: "week" });
  expect([reading.spec?.from, reading.spec?.to]).toEqual([parseDay("2025-03-05"), parseDay("2025-03-20")]);
  expect(reading.steps?.count).toBe(3);
  expect(reading.widened).toBe("The film shows whole weeks (Monday to Sunday): 3 Mar 2025 to 23 Mar 2025.");
  const quarters = readFilmChoices({ ...CHOICES, from: "Feb 2021", step: "quarter" });
  expect([quarters.spec?.from, quarters.spec?.to]).toEqual([parseDay("2021-02-01"), parseDay("2026-03-31")]);
  expect(quarters.widened).toBe("The film shows whole quarters: 1 Jan 2021 to 31 Mar 2026.");
});

test("a film too long to make in the page is refused, saying what to change", () => {
  // The weeks of Jan 2007 – Mar 2026 (1 Jan 2007 a Monday, 31 Mar 2026 a Tuesday): more steps than the page keeps.
  const weeks = readFilmChoices({ ...CHOICES, from: "2007-01", step: "week" });
  expect(weeks.spec).toBeNull();
  expect(weeks.problems).toEqual({ length: "1,005 steps are more than 1,000, each kept in memory while the film is made: choose a longer step or a shorter span" });
  // 63 months of 14 s at 24 fps: 21,168 frames; of 13.2 s, 19,971.
  const frames = readFilmChoices({ ...CHOICES, secondsPerStep: "14", fps: 24 });
  expect(frames.problems).toEqual({ length: "21,168 frames are more than 20,000, each drawn in this page: lower the seconds per step or the frames per second, or choose a longer step" });
  expect(readFilmChoices({ ...CHOICES, secondsPerStep: "13.2", fps: 24 }).spec).not.toBeNull();
  // Just within: 1,000 steps of 20 frames.
  expect(readFilmChoices({ ...CHOICES, from: "1943-08", to: "2026-11", secondsPerStep: "5", fps: 4 }).spec).not.toBeNull();
});

test("a bad date is refused, naming the field, the text and what to type", () => {
  const reading = readFilmChoices({ ...CHOICES, from: "2021-13", to: "someday" });
  expect(reading.spec).toBeNull();
  expect(reading.problems.from).toBe(`From: "2021-13" is not a date (there is no month 13): ${DATE_ENTRY_HELP}`);
  expect(reading.problems.to).toBe(`To: "someday" is not a date: ${DATE_ENTRY_HELP}`);
  expect(readFilmChoices({ ...CHOICES, to: " " }).problems).toEqual({ to: `To is empty: ${DATE_ENTRY_HELP}` });
});

test("To before From is refused; a To inside From's year is not", () => {
  const reading = readFilmChoices({ ...CHOICES, from: "Mar 2021", to: "2020-01" });
  expect(reading.spec).toBeNull();
  expect(reading.steps).toBeNull();
  expect(reading.problems).toEqual({ to: "To (Jan 2020) is before From (Mar 2021): type a later To or an earlier From" });
  expect(readFilmChoices({ ...CHOICES, from: "2021-06", to: "2021" }).spec?.to).toBe(parseDay("2021-12-31"));
});

test("seconds per step must be a number from 0.1 to 30", () => {
  for (const seconds of ["0", "0.05", "31", "abc", "-1"])
    expect(readFilmChoices({ ...CHOICES, secondsPerStep: seconds }).problems).toEqual({ seconds: `Seconds per step: "${seconds}" is not a number from 0.1 to 30` });
  expect(readFilmChoices({ ...CHOICES, secondsPerStep: "" }).problems).toEqual({ seconds: "Seconds per step is empty: type a number from 0.1 to 30" });
  expect(readFilmChoices({ ...CHOICES, secondsPerStep: "0.1" }).spec?.secondsPerStep).toBe(0.1);
  expect(readFilmChoices({ ...CHOICES, to: "2021-06", secondsPerStep: "30" }).spec?.secondsPerStep).toBe(30);
});

test("a format the browser cannot write gives way to one it can; none at all is said", () => {
  const noWebm: FilmSupport = { webm: { ok: false, note: "No VP8 or VP9 encoder here" }, mp4: { ok: true, codec: "avc", note: "" }, gif: { ok: true, note: "" } };
  expect(usableFormat("webm", noWebm)).toBe("mp4");
  expect(usableFormat("gif", noWebm)).toBe("gif");
  expect(usableFormat("webm", null)).toBe("webm");
  expect(readFilmChoices({ ...CHOICES, format: "webm" }, noWebm).spec?.format).toBe("mp4");
  const none: FilmSupport = { webm: { ok: false, note: "" }, mp4: { ok: false, note: "" }, gif: { ok: false, note: "" } };
  const reading = readFilmChoices(CHOICES, none);
  expect(reading.spec).toBeNull();
  expect(reading.problems.format).toMatch(/^This browser can write none of these formats/);
});
