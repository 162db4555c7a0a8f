/**
 * The film dialog's choices read into a FilmSpec: dates at the precision typed, widened to whole
 * steps; each wrong field said in words that name it, the text and what to type; formats the
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
  const full = readFilmChoices({ ...CHOICES, size: "full-hd", secondsPerStep: "2.5", fps: 24, captions: false }).spec!;
  expect([full.width, full.height, full.secondsPerStep, full.fps, full.captions]).toEqual([1920, 1080, 2.5, 24, false]);
});

test("a span that does not fall on whole steps is widened to them, and says so", () => {
  const reading = readFilmChoices({ ...CHOICES, from: "2025-03-05", to: "2025-03-20", step: "week" });
  expect([reading.spec?.from, reading.spec?.to]).toEqual([parseDay("2025-03-03"), parseDay("2025-03-23")]);
  expect(reading.widened).toBe("The film shows whole weeks (Monday to Sunday): 3 Mar 2025 to 23 Mar 2025.");
  expect(readFilmChoices({ ...CHOICES, from: "Feb 2021", step: "quarter" }).widened).toBe("The film shows whole quarters: 1 Jan 2021 to 31 Mar 2026.");
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
  expect(readFilmChoices({ ...CHOICES, secondsPerStep: "30" }).spec?.secondsPerStep).toBe(30);
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
