/**
 * The lanes chart's layout, on small inline stories: lanes in taxonomy order, rows shared by
 * relations that do not overlap, certain days apart from possible ones, a single day as a point,
 * an axis reaching only as far as the dates as written, and ticks never finer than the dates.
 */
import { describe, expect, test } from "vitest";
import { TimeBounds } from "../../../src/model/certainty";
import { parseDay, type Precision } from "../../../src/model/dates";
import type { Relation } from "../../../src/model/types";
import { lanesChart, ticksFor, type LaneRelation } from "../../../src/ui/story/lanes-model";
import { rel } from "../../support/relation";

const bounds = new TimeBounds([]);
const lane = (r: Relation, family: string, precision: Precision = "year"): LaneRelation => ({
  id: r.id,
  lane: family,
  title: r.id,
  periods: r.periods.map((p, i) => ({ bounds: bounds.of(r)[i], stated: { first: p.start?.first ?? null, last: p.end?.last ?? null } })),
  precision,
});
const ORDER = ["hostile", "cooperative", "mediating"];

describe("lanesChart", () => {
  test("one lane per family in taxonomy order, whatever the story's order", () => {
    const chart = lanesChart(
      [lane(rel("talks", "a", "b", "t", ["2021"]), "mediating"), lane(rel("war", "a", "b", "w", ["2020/2022"]), "hostile"), lane(rel("odd", "a", "b", "o", ["2020"]), "zz-own")],
      ORDER,
      (f) => f.toUpperCase(),
      null,
    );
    expect(chart.lanes.map((l) => [l.key, l.label, l.firstRow])).toEqual([
      ["hostile", "HOSTILE", 0],
      ["mediating", "MEDIATING", 1],
      ["zz-own", "ZZ-OWN", 2],
    ]);
    expect(chart.rowCount).toBe(3);
  });

  test("relations that do not overlap share a row; those that do get one each", () => {
    const chart = lanesChart(
      [lane(rel("a", "x", "y", "t", ["2010/2011"]), "hostile"), lane(rel("b", "x", "y", "t", ["2011/2013"]), "hostile"), lane(rel("c", "x", "y", "t", ["2015/2016"]), "hostile")],
      ORDER,
      String,
      null,
    );
    const rowOf = (id: string) => chart.bars.find((b) => b.relation === id)!.row;
    expect([rowOf("a"), rowOf("b"), rowOf("c")]).toEqual([0, 1, 0]);
    expect(chart.lanes[0].rows).toBe(2);
  });

  test("a period's possible days and its certain days are two bars; a single day is a point", () => {
    const chart = lanesChart([lane(rel("run", "x", "y", "t", ["2025-10/2026-03"]), "hostile", "month"), lane(rel("strike", "x", "y", "t", ["2026-02-27"]), "hostile", "day")], ORDER, String, null);
    const run = chart.bars.filter((b) => b.relation === "run");
    // Possible from 1 Oct 2025 to 31 Mar 2026; certain from 31 Oct 2025 to 1 Mar 2026 (bars end the day after their last).
    expect(run.map((b) => [b.certain, b.from, b.to])).toEqual([
      [false, parseDay("2025-10-01"), parseDay("2026-04-01")],
      [true, parseDay("2025-10-31"), parseDay("2026-03-02")],
    ]);
    expect(chart.points).toEqual([expect.objectContaining({ relation: "strike", day: parseDay("2026-02-27") })]);
    expect(chart.bars.some((b) => b.relation === "strike")).toBe(false);
  });

  test("an open start reaches no further back than the dates as written; the time shown is on the axis", () => {
    const chart = lanesChart([lane(rel("ties", "x", "y", "t", ["../2022"]), "cooperative"), lane(rel("view", "x", "y", "t", ["2021"]), "cooperative")], ORDER, String, { first: parseDay("2026-03-01"), last: parseDay("2026-03-01") });
    expect(chart.domain[0]).toBeLessThan(parseDay("2021-01-01"));
    expect(chart.domain[0]).toBeGreaterThan(parseDay("2020-06-01"));
    expect(chart.domain[1]).toBeGreaterThan(parseDay("2026-03-01"));
    const ties = chart.bars.find((b) => b.relation === "ties" && !b.certain)!;
    expect(ties.from).toBe(chart.domain[0]);
    // Its start unknown, no day of it is certain but its end's: nothing certain is drawn before 2022.
    expect(chart.bars.filter((b) => b.relation === "ties" && b.certain).every((b) => b.from >= parseDay("2022-01-01"))).toBe(true);
  });
});

describe("ticksFor", () => {
  const span = (from: string, to: string) => [parseDay(from), parseDay(to)] as const;
  test("never finer than the data's dates", () => {
    expect(ticksFor({ domain: span("2025-01-01", "2026-06-01"), finest: "year" }, 300)).toEqual({ ticks: "year", tickFormat: "%Y" });
    expect(ticksFor({ domain: span("2025-01-01", "2026-06-01"), finest: "month" }, 300)).toEqual({ ticks: "3 months", tickFormat: "%b %Y" });
  });
  test("coarser as the span grows against the width", () => {
    expect(ticksFor({ domain: span("2006-01-01", "2026-06-01"), finest: "day" }, 250).ticks).toBe("5 years");
    expect(ticksFor({ domain: span("2021-01-01", "2026-06-01"), finest: "day" }, 250).ticks).toBe("year");
    expect(ticksFor({ domain: span("2026-02-01", "2026-03-15"), finest: "day" }, 300)).toEqual({ ticks: "week", tickFormat: "%-d %b" });
  });
});
