/**
 * What the import's progress bar says and how full it is, for each phase, with the total known
 * and unknown.
 */
import { expect, test } from "vitest";
import { phaseLabel, progressAmount, progressLabel } from "../../../src/ui/import-dialog/progress-label";

test("says the phase and how far, in megabytes while reading the file", () => {
  expect(progressLabel({ phase: "reading", done: 3_200_000, total: 10_000_000 })).toBe("Reading file… 3.2 of 10.0 MB");
  expect(progressLabel({ phase: "parsing", done: 1200, total: 5000 })).toBe("Reading records… 1,200 of 5,000");
  expect(progressLabel({ phase: "layout", done: 300, total: 600 })).toBe("Laying out… 300 of 600");
});

test("says only what it knows when the total is not known", () => {
  expect(progressLabel({ phase: "parsing", done: 0, total: 0 })).toBe("Reading records…");
  expect(progressLabel({ phase: "reading", done: 1_500_000, total: 0 })).toBe("Reading file… 1.5 MB");
  expect(progressLabel({ phase: "layout", done: 40, total: 0 })).toBe("Laying out… 40");
  expect(progressLabel(null)).toBe("Starting…");
});

test("the live region's phase carries no numbers", () => {
  expect([phaseLabel({ phase: "reading", done: 1, total: 2 }), phaseLabel({ phase: "layout", done: 1, total: 2 }), phaseLabel(null)]).toEqual(["Reading file…", "Laying out…", "Starting…"]);
});

test("the bar has a value and max only for a known total, kept within it", () => {
  expect(progressAmount({ phase: "layout", done: 300, total: 600 })).toEqual({ value: 300, max: 600 });
  expect(progressAmount({ phase: "layout", done: 700, total: 600 })).toEqual({ value: 600, max: 600 });
  expect(progressAmount({ phase: "parsing", done: 5, total: 0 })).toBeNull();
  expect(progressAmount(null)).toBeNull();
});

test("an event file's one phase counts its bytes and the rows read so far", () => {
  expect(progressLabel({ phase: "reading", done: 3_200_000, total: 60_000_000, events: 12_345 })).toBe("Reading events… 3.2 of 60.0 MB · 12,345 rows");
  expect(progressLabel({ phase: "reading", done: 100, total: 0, events: 1 })).toBe("Reading events… 0.0 MB · 1 row");
  expect(phaseLabel({ phase: "reading", done: 1, total: 2, events: 0 })).toBe("Reading events…");
});
