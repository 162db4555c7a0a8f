/**
 * What the details panel says of a piece of evidence's date and deaths, a relation's total, and
 * how a long list of evidence is put in the page a page at a time.
 */
import { expect, test } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import type { Evidence } from "../../../src/model/types";
import { deathsWords, EVIDENCE_MORE, EVIDENCE_PAGE, evidenceDateWords, moreEvidence, relationDeathsWords } from "../../../src/ui/details/evidence-model";

test("a date reads at the precision the source gives, never finer", () => {
  expect(evidenceDateWords(parsePeriod("2025-03-04"))).toBe("4 Mar 2025");
  expect(evidenceDateWords(parsePeriod("2025-03"))).toBe("Mar 2025");
  expect(evidenceDateWords(parsePeriod("2025"))).toBe("2025");
  expect(evidenceDateWords(parsePeriod("[2025-03-03..2025-03-09]"))).toBe("one day in 3–9 Mar 2025");
  expect(evidenceDateWords(parsePeriod("[2025-03-30..2025-04-05]"))).toBe("one day in 30 Mar – 5 Apr 2025");
});

test("deaths are counted in words, and none counted is said as none", () => {
  expect([deathsWords(0), deathsWords(1), deathsWords(3), deathsWords(12_000)]).toEqual(["no deaths", "1 death", "3 deaths", "12,000 deaths"]);
});

const piece = (fatalities?: number): Evidence => ({ source: "acled", quote: "q", ...(fatalities === undefined ? {} : { fatalities }) });

test("a relation's deaths are the sum its evidence counts, saying how much of it counts any", () => {
  expect(relationDeathsWords([piece(), piece()])).toBeNull();
  expect(relationDeathsWords([piece(3)])).toBe("3 deaths, as its source counts them");
  expect(relationDeathsWords([piece(3), piece(0), piece(9)])).toBe("12 deaths, in all 3 pieces of evidence");
  expect(relationDeathsWords([piece(3), piece(), piece(1)])).toBe("4 deaths, counted in 2 of 3 pieces of evidence");
});

test("a long list is shown a page at a time, each step saying how many it adds", () => {
  expect(EVIDENCE_PAGE).toBeLessThan(100);
  expect(moreEvidence(EVIDENCE_PAGE, 12_000)).toEqual({ next: EVIDENCE_PAGE + EVIDENCE_MORE, label: `Show ${EVIDENCE_MORE} more` });
  expect(moreEvidence(20, 50)).toEqual({ next: 50, label: "Show the other 30" });
  expect(moreEvidence(20, 20)).toBeNull();
  expect(moreEvidence(20, 3)).toBeNull();
});
