/**
 * Known and possible time (certainty.ts): how each shape of period is read, how lifetimes cut it,
 * and, for random periods and lifetimes, that the certain days are always among the possible
 * ones and that the relation index answers as a plain scan of the bounds does.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { isEmptySpan, lifetimeBounds, periodBounds, relationBounds, TimeBounds, type DaySpan } from "../../src/model/certainty";
import { applyFilters } from "../../src/model/filters";
import { maskOrdinals } from "../../src/model/activity-mask";
import { RelationIndex, scanActive } from "../../src/model/relation-index";
import type { Actor, Relation } from "../../src/model/types";
import { arbPeriod, boundaryDays, dataSetOf } from "../support/random-data";

const day = parseDay;
const span = (first: string, last: string): DaySpan => ({ first: day(first), last: day(last) });
const bounds = (text: string) => periodBounds(parsePeriod(text));
const relation = (periods: string[], source = "a", target = "b"): Relation => ({
  id: "r",
  source,
  target,
  type: "rivalry",
  directed: true,
  periods: periods.map(parsePeriod),
  confidence: "high",
  evidence: [],
});
const actor = (id: string, lifetime?: string): Actor => ({ id, label: id, kind: "state", aliases: [], ...(lifetime ? { lifetime: parsePeriod(lifetime) } : {}) });

describe("reading a period", () => {
  test("a span of months is possible over both months and certain between them", () => {
    const b = bounds("2025-10/2026-03");
    expect(b.possible).toEqual(span("2025-10-01", "2026-03-31"));
    expect(b.certain).toEqual(span("2025-10-31", "2026-03-01"));
  });

  test("a date coarser than a day, and one moment in a span, are certain on no day", () => {
    expect(isEmptySpan(bounds("2026-03").certain)).toBe(true);
    expect(bounds("2026-03").possible).toEqual(span("2026-03-01", "2026-03-31"));
    expect(isEmptySpan(bounds("[2021..2022]").certain)).toBe(true);
    expect(bounds("2025-10-09").certain).toEqual(span("2025-10-09", "2025-10-09"));
  });

  test("an unknown start is possible back to any date and certain on no day before its end", () => {
    const b = bounds("../2026-03");
    expect(b.possible.first).toBe(-Infinity);
    expect(isEmptySpan(b.certain)).toBe(true);
    expect(bounds("../2026-03-31").certain).toEqual(span("2026-03-31", "2026-03-31"));
  });

  test("an ongoing period is certain from the end of its start's span on", () => {
    const b = bounds("2025-05/..");
    expect(b.certain).toEqual({ first: day("2025-05-31"), last: Infinity });
    expect(b.possible).toEqual({ first: day("2025-05-01"), last: Infinity });
  });

  test("a qualified date may be off by one of its units: certain only beyond that, possible as written", () => {
    expect(bounds("2023?/..").certain.first).toBe(day("2024-12-31"));
    expect(bounds("2023?/..").possible.first).toBe(day("2023-01-01"));
    expect(bounds("2021~/2026-03-31").certain).toEqual(span("2022-12-31", "2026-03-31"));
    expect(bounds("2025-10/2026-03~").certain).toEqual(span("2025-10-31", "2026-02-01"));
    expect(bounds("2025-10-09/2025-10-19%").certain).toEqual(span("2025-10-09", "2025-10-18"));
    expect(bounds("1985/199X").certain).toEqual(span("1985-12-31", "1990-01-01"));
    expect(isEmptySpan(bounds("2025-10-09~").certain)).toBe(true);
  });
});

describe("lifetimes", () => {
  test("an unknown start reaches back only to when both actors existed", () => {
    const [b] = relationBounds(relation(["../2026-03"]), lifetimeBounds(actor("a")), lifetimeBounds(actor("b", "2014/..")));
    expect(b.possible).toEqual(span("2014-01-01", "2026-03-31"));
    expect(isEmptySpan(b.certain)).toBe(true);
  });

  test("an ongoing relation is not certain, nor possible, after an actor ceased to exist", () => {
    const [b] = relationBounds(relation(["2004/.."]), lifetimeBounds(actor("a", "../2009")), lifetimeBounds(actor("b")));
    expect(b.possible).toEqual(span("2004-01-01", "2009-12-31"));
    expect(b.certain).toEqual(span("2004-12-31", "2009-01-01"));
  });

  test("the data agrees with itself: a relation dated to a day of the year an actor died in is certain on that day", () => {
    const [b] = relationBounds(relation(["2009-06-15"]), lifetimeBounds(actor("a", "../2009")), lifetimeBounds(actor("b")));
    expect(b.certain).toEqual(span("2009-06-15", "2009-06-15"));
    const [month] = relationBounds(relation(["2009-06"]), lifetimeBounds(actor("a", "../2009-06-20")), lifetimeBounds(actor("b")));
    expect(isEmptySpan(month.certain)).toBe(true);
    expect(month.certainWithin).toEqual(span("2009-06-01", "2009-06-20"));
  });

  test("a lifetime's open start is open: a man who died in 2009 existed before any date", () => {
    const b = lifetimeBounds(actor("a", "../2009"));
    expect(b.certain.first).toBe(-Infinity);
  });

  test("a period wholly outside a lifetime is possible on no day", () => {
    const [b] = relationBounds(relation(["1990/2000"]), lifetimeBounds(actor("a", "2007/..")), lifetimeBounds(actor("b")));
    expect(isEmptySpan(b.possible)).toBe(true);
    expect(isEmptySpan(b.certain)).toBe(true);
  });
});

const within = (inner: DaySpan, outer: DaySpan) => isEmptySpan(inner) || (outer.first <= inner.first && inner.last <= outer.last);

describe("for random periods and lifetimes", () => {
  const arbLifetime = fc.option(arbPeriod, { nil: undefined });

  test("the certain days are among the possible ones, which are within the period and both lifetimes; a span to cover only when no day is certain", () => {
    fc.assert(
      fc.property(arbPeriod, arbLifetime, arbLifetime, (period, la, lb) => {
        const a = lifetimeBounds({ ...actor("a"), ...(la ? { lifetime: la } : {}) });
        const b = lifetimeBounds({ ...actor("b"), ...(lb ? { lifetime: lb } : {}) });
        const [got] = relationBounds({ ...relation([]), periods: [period] }, a, b);
        expect(within(got.certain, got.possible)).toBe(true);
        expect(within(got.possible, { first: period.first, last: period.last })).toBe(true);
        expect(within(got.possible, got.widest) && within(got.certainWithin, got.widest)).toBe(true);
        expect(isEmptySpan(got.certain) || isEmptySpan(got.certainWithin)).toBe(true);
        // Not within the lifetimes' certain days: a relation the data dates to a day of a year an
        // actor died in is certain on that day (see "lifetimes" above).
        for (const life of [a, b]) expect(within(got.possible, life.possible)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("the index's certain and possible masks agree with a scan of the bounds, and certain ⊆ possible", () => {
    const arbCase = fc.record({
      periods: fc.array(fc.array(arbPeriod, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 40 }),
      lifetimes: fc.array(arbLifetime, { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbCase, ({ periods, lifetimes }) => {
        const names = ["a", "b", "c"];
        const relations: Relation[] = periods.map((ps, i) => {
          const sorted = [...ps].sort((x, y) => x.first - y.first).filter((p, k, all) => k === 0 || all[k - 1].last < p.first);
          return { ...relation([], names[i % 3], names[(i + 1) % 3]), id: `r${i}`, periods: sorted };
        });
        const actors = names.map((id, i) => ({ ...actor(id), ...(lifetimes[i] ? { lifetime: lifetimes[i] } : {}) }));
        const index = new RelationIndex({ ...dataSetOf([...relations]), actors });
        const ordinal = (r: Relation) => relations.indexOf(r);
        const scan = new TimeBounds(actors);
        for (const d of boundaryDays(relations)) {
          const possible = [...maskOrdinals(index.activeMaskOn(d))];
          const certain = [...maskOrdinals(index.certainMaskOn(d))];
          expect(possible).toEqual(scanActive(relations, d, d, scan).map((r) => ordinal(r)));
          expect(certain).toEqual(scanActive(relations, d, d, scan, true).map((r) => ordinal(r)));
          expect(certain.every((i) => possible.includes(i))).toBe(true);
          const slice = applyFilters(index, [{ type: "asOf", day: d }]);
          expect(slice.relations.filter((r) => !slice.isPossibleOnly(r.id)).map((r) => ordinal(r))).toEqual(certain);
          expect(applyFilters(index, [{ type: "asOf", day: d }, { type: "certainty", shown: "certain" }]).relations.map((r) => ordinal(r))).toEqual(certain);
        }
      }),
      { numRuns: 150 },
    );
  });
});
