/**
 * Where the timeline ends: the bundled data's latest dated evidence (the Ifri article of 31 Mar
 * 2026), not the 31 Dec 2026 its "../2026" year ends allow; imports with no dated source end at
 * their latest date known to the month; data with year dates only, or none, still get a range.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDay, parseDay, parsePartialDate } from "../../src/model/dates";
import { evidenceHorizon, horizonReason, horizonWords, openEnds, openEndsWords, timelineRange } from "../../src/model/horizon";
import { loadDataSet } from "../../src/model/load";
import type { Relation } from "../../src/model/types";
import { importFiles } from "../../src/import/import-files";
import { readBundledData } from "../support/data";
import { rel } from "../support/relation";
import { taxonomy } from "../import/csv/csv-checks";

const bundled = (() => {
  const r = loadDataSet(readBundledData());
  if (!r.ok) throw new Error("bundled data does not load");
  return r.dataSet;
})();

/** A relation between a and b citing "doc", the source whose date the tests set. */
const relation = (id: string, ...periods: string[]): Relation => ({ ...rel(id, "a", "b", "t", periods), evidence: [{ source: "doc", quote: "q" }] });

describe("the evidence horizon", () => {
  test("the bundled data ends on 31 Mar 2026, its latest dated source, and says so; open ends run on beyond it", () => {
    const range = timelineRange(bundled, 0);
    expect(formatDay(range.first)).toBe("1 Jan 2001");
    expect(formatDay(range.last)).toBe("31 Mar 2026");
    expect(range.horizon?.by).toBe("source");
    expect(horizonWords(range.horizon!)).toBe("Evidence runs to 31 Mar 2026");
    expect(horizonReason(range.horizon!)).toMatch(/^The latest date of a cited source; /);
    expect(range.openingDay).toBeLessThanOrEqual(range.last);
    const ends = openEnds(bundled.relations, range.last);
    expect(ends.count).toBeGreaterThan(0);
    expect(ends.count).toBe(bundled.relations.filter((r) => r.periods.some((p) => p.last > range.last)).length);
    expect(openEndsWords(ends, "31 Mar 2026")).toMatch(/^\d+ relations may run on beyond 31 Mar 2026: \d+ ongoing, \d+ ending only at a later or coarser date$/);
  });

  test("a source that no relation cites does not move the horizon; a finer period date after the sources does", () => {
    const sources = [
      { id: "doc", title: "doc", date: parsePartialDate("2025-06") },
      { id: "uncited", title: "later", date: parsePartialDate("2027-01-05") },
    ];
    expect(formatDay(evidenceHorizon({ relations: [relation("r", "2024/2026")], sources })!.last)).toBe("30 Jun 2025");
    const later = evidenceHorizon({ relations: [relation("r", "2024/2026"), relation("s", "2025-09-03")], sources })!;
    expect([formatDay(later.last), later.by]).toEqual(["3 Sep 2025", "period"]);
    // One moment somewhere in 2026, written to the month: a guess's bound, no evidence of December.
    expect(formatDay(evidenceHorizon({ relations: [relation("r", "2024/2026"), relation("z", "[2026-01..2026-12]")], sources })!.last)).toBe("30 Jun 2025");
  });

  test("a CSV import with no dated source ends at its latest date known to the month, not at 31 Dec of an ongoing year", () => {
    const text = readFileSync("test/fixtures/import/csv/valid.csv", "utf8");
    const r = importFiles([{ name: "valid.csv", text }], taxonomy);
    if (!r.ok) throw new Error("the CSV fixture does not import");
    const range = timelineRange(r.dataSet, 0);
    expect([formatDay(range.first), formatDay(range.last), range.horizon?.by]).toEqual(["1 Jan 2015", "31 Mar 2026", "period"]);
  });

  test("data dated only to the year ends at its last year; data with no date at all gets the year up to today", () => {
    const years = timelineRange({ relations: [relation("r", "2019/2021")], sources: [] }, 0);
    expect([formatDay(years.first), formatDay(years.last), years.horizon]).toEqual(["1 Jan 2019", "31 Dec 2021", undefined]);
    const today = parseDay("2026-12-06");
    expect(timelineRange({ relations: [], sources: [] }, today)).toEqual({ first: today - 365, last: today, openingDay: today, horizon: undefined });
  });
});
