/**
 * The one rule for a data set's extent in time, as the command line's statistics and the
 * explorer's timeline both use it: every finite date counts unless the caller names the
 * coarsest precision it keeps (the timeline keeps years, so a "19XX" does not stretch it over a
 * century), and a timeline's range can start on a whole year.
 */
import { describe, expect, test } from "vitest";
import { dayToIso, parsePeriod } from "../../src/model/dates";
import { timeExtent } from "../../src/model/timeline";
import type { Relation } from "../../src/model/types";

const relation = (id: string, ...periods: string[]): Relation => ({
  id,
  source: "a",
  target: "b",
  type: "t",
  directed: true,
  periods: periods.map(parsePeriod),
  confidence: "high",
  evidence: [],
});

const iso = (extent: ReturnType<typeof timeExtent>) => extent && { first: dayToIso(extent.first), last: dayToIso(extent.last), latestStart: extent.latestStart?.edtf };

describe("the extent of a data set in time", () => {
  const relations = [relation("decade", "19XX/2021-05"), relation("precise", "2019-03-04/2022-12-31"), relation("open", "../2020"), relation("late", "2023-06/..")];

  test("every finite date counts by default, decades included", () => {
    expect(iso(timeExtent(relations))).toEqual({ first: "1900-01-01", last: "2023-06-30", latestStart: "2023-06" });
  });

  test("a timeline keeps year-or-finer dates only, and starts on the 1st of January of the first", () => {
    expect(iso(timeExtent(relations, { coarsest: "year", wholeYears: true }))).toEqual({ first: "2019-01-01", last: "2023-06-30", latestStart: "2023-06" });
    expect(iso(timeExtent(relations, { coarsest: "year" }))?.first).toBe("2019-03-04");
  });

  test("a start known only to the decade is not the data's latest start when decades do not count", () => {
    const late = [relation("precise", "2019-03-04/2022-12-31"), relation("decade", "202X/..")];
    expect(timeExtent(late)?.latestStart?.edtf).toBe("202X");
    expect(timeExtent(late, { coarsest: "year" })?.latestStart?.edtf).toBe("2019-03-04");
  });

  test("nothing to count gives no extent", () => {
    expect(timeExtent([])).toBeUndefined();
    expect(timeExtent([relation("decade", "19XX/..")], { coarsest: "year" })).toBeUndefined();
  });
});
