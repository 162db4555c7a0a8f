/**
 * The balance line's data and its name: points with gaps where no triad decides, steps in words
 * at the series' precision, the sentence a screen reader hears, and the step a click lands on.
 */
import { expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import { balancePoints, balanceSummary, nearestStep, stepInWords } from "../../../src/ui/balance-line/balance-line-model";
import type { AlignmentSeries } from "../../../src/ui/balance-line/balance-series";

const step = (iso: string, ratio: number | null, balanced = 0, unbalanced = 0) => ({ day: parseDay(iso), ratio, balanced, unbalanced, campOf: [] });
const monthly: AlignmentSeries = {
  step: "month",
  actorIds: [],
  steps: [step("2020-12-31", null), step("2021-01-31", 0.8, 4, 1), step("2021-02-28", 0.5, 1, 1), step("2021-03-31", 0.75, 3, 1)],
};

test("points keep the gaps, and each says its month, ratio and counts", () => {
  const points = balancePoints(monthly);
  expect(points.map((p) => p.ratio)).toEqual([null, 0.8, 0.5, 0.75]);
  expect(points[0].title).toBe("Dec 2020: no triad of three signed pairs");
  expect(points[2].title).toBe("Feb 2021: balance 0.50 (1 balanced, 1 unbalanced)");
});

test("a step is said at the series' precision: a month, or a year, never a day", () => {
  expect(stepInWords(parseDay("2021-02-28"), "month")).toBe("Feb 2021");
  expect(stepInWords(parseDay("2021-12-31"), "year")).toBe("2021");
});

test("the summary gives the balance on the date shown, where the series starts, and its lowest point", () => {
  expect(balanceSummary({ ratio: 0.62, when: "on 1 Mar 2026" }, monthly)).toBe("Balance 0.62 on 1 Mar 2026, from 0.80 in Jan 2021, lowest 0.50 in Feb 2021 (monthly steps)");
  expect(balanceSummary({ ratio: null, when: "on 1 Mar 2026" }, null)).toBe("Balance: no triad of three signed pairs on 1 Mar 2026");
  const flat: AlignmentSeries = { ...monthly, step: "year", steps: [step("2020-12-31", null)] };
  expect(balanceSummary({ ratio: null, when: "on 1 Mar 2026" }, flat)).toBe("Balance: no triad of three signed pairs on 1 Mar 2026; no triad to balance at any year step");
});

test("a click goes to the nearest step", () => {
  expect(nearestStep(monthly, parseDay("2021-02-20"))).toBe(parseDay("2021-02-28"));
  expect(nearestStep(monthly, parseDay("2019-01-01"))).toBe(parseDay("2020-12-31"));
  expect(nearestStep({ ...monthly, steps: [] }, 0)).toBeNull();
});
