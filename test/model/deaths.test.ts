/** Deaths a relation's evidence counts in a window: dated evidence when its date meets it, undated always, none is not zero. */
import { describe, expect, test } from "vitest";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { deathsEver, deathsIn, deathsOfDataSet } from "../../src/model/deaths";
import type { Evidence } from "../../src/model/types";

const day = parseDay;
const event = (date: string | null, fatalities?: number): Evidence => ({
  source: "acled",
  quote: "Clashes",
  ...(date ? { date: parsePeriod(date) } : {}),
  ...(fatalities === undefined ? {} : { fatalities }),
});
const relation = (...evidence: Evidence[]) => ({ evidence });

describe("deathsIn", () => {
  const clashes = relation(event("2025-10-09", 12), event("2025-10-20", 3), event("2025-11", 5), event("2024", 40));

  test("sums the deaths of the evidence whose date meets the window", () => {
    expect(deathsIn(clashes, day("2025-10-01"), day("2025-10-31"))).toBe(15);
    expect(deathsIn(clashes, day("2025-10-09"), day("2025-10-09"))).toBe(12);
    expect(deathsIn(clashes, day("2024-01-01"), day("2025-12-31"))).toBe(60);
  });

  test("a month's event counts on each of its days and in any window meeting the month, never on a day outside it", () => {
    expect(deathsIn(clashes, day("2025-11-30"), day("2025-11-30"))).toBe(5);
    expect(deathsIn(clashes, day("2025-10-25"), day("2025-11-01"))).toBe(5);
    expect(deathsIn(clashes, day("2025-12-01"), day("2025-12-31"))).toBeNull();
  });

  test("one day somewhere in a week counts in a window meeting the week", () => {
    const week = relation(event("[2025-03-03..2025-03-09]", 7));
    expect(deathsIn(week, day("2025-03-09"), day("2025-03-31"))).toBe(7);
    expect(deathsIn(week, day("2025-03-10"), day("2025-03-31"))).toBeNull();
  });

  test("undated evidence counts in any window: its relation's periods date it", () => {
    expect(deathsIn(relation(event(null, 4), event("2020", 1)), day("2026-01-01"), day("2026-01-01"))).toBe(4);
  });

  test("evidence that counts no deaths is no count at all; a count of zero is zero", () => {
    const words = relation(event("2025-10-09"), event(null));
    expect(deathsIn(words, day("2025-01-01"), day("2025-12-31"))).toBeNull();
    expect(deathsIn(relation(event("2025-10-09", 0), event("2025-10-10")), day("2025-10-01"), day("2025-10-31"))).toBe(0);
    expect(deathsIn(relation(), -Infinity, Infinity)).toBeNull();
  });

  test("over all time, every count is summed", () => {
    expect(deathsEver(clashes)).toBe(60);
  });
});

describe("deathsOfDataSet", () => {
  test("the most one relation counts over all time, and whether any counts", () => {
    const dataSet = { relations: [relation(event("2025-10-09", 12), event("2025-10-10", 30)), relation(event("2025-10-09", 41)), relation(event("2025"))] };
    expect(deathsOfDataSet(dataSet)).toEqual({ counted: true, largest: 42 });
    expect(deathsOfDataSet({ relations: [relation(event("2025-10-09"))] })).toEqual({ counted: false, largest: 0 });
    expect(deathsOfDataSet({ relations: [relation(event("2025-10-09", 0))] })).toEqual({ counted: true, largest: 0 });
  });
});
