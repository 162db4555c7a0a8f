/**
 * Change days against a brute-force scan (every day of the data's years: does any relation's
 * state, certainly active, only possibly active or not, differ from the day before?), the words
 * at the precision of the date that made a change, and stepping from change to change.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TimeBounds } from "../../src/model/certainty";
import { changeDays, changeMarks, changesBetween, changeWhen, nextChange, previousChange } from "../../src/model/change-days";
import { parseDay, parsePeriod } from "../../src/model/dates";
import type { Relation } from "../../src/model/types";
import { arbRelations, dataSetOf } from "../support/random-data";

const relation = (id: string, ...periods: string[]): Relation => ({
  id,
  source: "a",
  target: "b",
  type: "airstrike",
  directed: true,
  periods: periods.map(parsePeriod),
  confidence: "high",
  evidence: [],
});

function bruteForce(relations: Relation[], bounds: TimeBounds, certainOnly: boolean): number[] {
  const state = (r: Relation, d: number) => (bounds.activeIn(r, d, d, true) ? 2 : !certainOnly && bounds.activeIn(r, d, d) ? 1 : 0);
  const days: number[] = [];
  for (let d = parseDay("2018-12-01"); d <= parseDay("2024-02-01"); d++) if (relations.some((r) => state(r, d) !== state(r, d - 1))) days.push(d);
  return days;
}

describe("changeDays", () => {
  test("are exactly the days a brute-force scan finds the view changing, with and without possible relations", () => {
    fc.assert(
      fc.property(arbRelations(12), fc.boolean(), (relations, certainOnly) => {
        const bounds = new TimeBounds(dataSetOf(relations).actors);
        expect(changeDays(relations, bounds, certainOnly).map((c) => c.day)).toEqual(bruteForce(relations, bounds, certainOnly));
      }),
      { numRuns: 60 },
    );
  });

  test("say what changes, at the precision of the date that made it", () => {
    const clash = relation("clash", "2026-02-27");
    const war = relation("war", "2025-10/2026-03");
    const talks = relation("talks", "2025-05/..");
    const days = changeDays([clash, war, talks], new TimeBounds([]), false);
    const read = days.map((c) => [changeWhen(c), c.changes.map((x) => `${x.relation.id} ${x.kind}`).join(", ")]);
    expect(read).toEqual([
      ["May 2025", "talks starts"],
      ["May 2025", "talks becomes certain"],
      ["Oct 2025", "war starts"],
      ["Oct 2025", "war becomes certain"],
      ["27 Feb 2026", "clash starts"],
      ["28 Feb 2026", "clash ends"],
      ["Mar 2026", "war is no longer certain"],
      ["after Mar 2026", "war ends"],
    ]);
    const certainOnly = changeDays([clash, war], new TimeBounds([]), true);
    expect(certainOnly.map((c) => [changeWhen(c), c.changes.map((x) => `${x.relation.id} ${x.kind}`).join()])).toEqual([
      ["Oct 2025", "war starts"],
      ["27 Feb 2026", "clash starts"],
      ["28 Feb 2026", "clash ends"],
      ["after Mar 2026", "war ends"],
    ]);
    // One day, even a single one, is never stepped over.
    expect(nextChange(certainOnly, parseDay("2025-10-31"))?.day).toBe(parseDay("2026-02-27"));
    expect(previousChange(certainOnly, parseDay("2026-02-28"))?.day).toBe(parseDay("2026-02-27"));
    expect(previousChange(certainOnly, parseDay("2025-10-31"))).toBeUndefined();
    expect(nextChange(certainOnly, parseDay("2026-03-02"))).toBeUndefined();
    const marks = changeMarks(certainOnly, (r) => `the ${r.id}`);
    expect(marks[1]).toEqual({ day: parseDay("2026-02-27"), when: "27 Feb 2026", what: "the clash starts", count: 1 });
    expect(changesBetween(marks, parseDay("2025-01-01"), parseDay("2026-02-28"))).toBe(3);
    expect(changesBetween(marks, parseDay("2026-02-27"), parseDay("2026-02-28"))).toBe(1);
    const together = changeMarks(changeDays([relation("a", "2026-02-27"), relation("b", "2026-02-27")], new TimeBounds([]), true), (r) => r.id);
    expect(together[0]).toMatchObject({ what: "a starts and 1 more", count: 2 });
  });

  test("two periods that abut are no change", () => {
    const days = changeDays([relation("r", "2025-01-01/2025-01-31", "2025-02-01/2025-02-10")], new TimeBounds([]), true);
    expect(days.map((c) => c.day)).toEqual([parseDay("2025-01-01"), parseDay("2025-02-11")]);
  });
});
