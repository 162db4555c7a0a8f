/**
 * The balance series: month, quarter and year ends as the timeline lands on them; each date's
 * pairs and balance as computed on that date alone; camps that keep their labels while they
 * last; progress after each date and a stop between dates; and the bundled data's years.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { structuralBalance } from "../../src/model/balance";
import { balanceSeries, balanceSteps, pairCounts, seriesDays } from "../../src/model/balance-series";
import { monthOf } from "../../src/model/calendar-steps";
import { campsOf } from "../../src/model/camps";
import { dayToIso, formatDay, parseDay, parsePeriod } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { signedPairs } from "../../src/model/signed-pairs";
import type { DataSet, Relation } from "../../src/model/types";
import { readBundledData } from "../support/data";
import { arbWrittenGraph, SIGNED_TAXONOMY } from "../support/signed-graphs";

const days = (first: string, last: string, step: "month" | "quarter" | "year") => seriesDays(parseDay(first), parseDay(last), step).map(formatDay);

describe("series days", () => {
  test("month, quarter and year ends, the last cut to the day given", () => {
    expect(days("2025-11-15", "2026-03-31", "month")).toEqual(["30 Nov 2025", "31 Dec 2025", "31 Jan 2026", "28 Feb 2026", "31 Mar 2026"]);
    expect(days("2025-02-15", "2025-11-10", "quarter")).toEqual(["31 Mar 2025", "30 Jun 2025", "30 Sep 2025", "10 Nov 2025"]);
    expect(days("2001-01-01", "2026-03-31", "year").slice(-3)).toEqual(["31 Dec 2024", "31 Dec 2025", "31 Mar 2026"]);
    expect(days("2024-02-29", "2024-02-29", "month")).toEqual(["29 Feb 2024"]);
    expect(days("2024-03-01", "2024-02-29", "year")).toEqual([]);
  });

  test("every day but the last ends its month, in order, one month apart; 360 months are 360 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: parseDay("1990-01-01"), max: parseDay("2030-01-01") }), fc.integer({ min: 0, max: 400 }), (first, span) => {
        const list = seriesDays(first, first + span, "month");
        expect(list.at(-1)).toBe(first + span);
        list.slice(0, -1).forEach((d, i) => {
          expect(monthOf(d).last).toBe(d);
          if (i > 0) expect(monthOf(list[i - 1] + 1).last).toBe(d);
        });
        expect(list[0]).toBe(Math.min(monthOf(first).last, first + span));
      }),
      { seed: 20, numRuns: 200 },
    );
    expect(seriesDays(parseDay("1996-01-01"), parseDay("2025-12-31"), "month")).toHaveLength(360);
  });
});

/** A data set whose relations run over the given periods, between actors named by the test. */
function dated(actors: string[], relations: [string, string, "+" | "-", string][]): DataSet {
  return {
    taxonomy: SIGNED_TAXONOMY,
    actors: actors.map((id) => ({ id, label: id, kind: "state", aliases: [] })),
    relations: relations.map(([source, target, sign, period], i): Relation => ({
      id: `r${i}`, source, target, type: sign === "+" ? "alliance" : "armed-clash", directed: false,
      periods: [parsePeriod(period)], confidence: "high", evidence: [{ source: "doc", quote: "q" }],
    })),
    sources: [{ id: "doc", title: "doc", file: "doc.txt" }],
  };
}

describe("the balance series", () => {
  test("each date's pairs and balance are those of its slice alone; the camps' counts describe their labels", () => {
    fc.assert(
      fc.property(arbWrittenGraph(9, 0.6), ({ n, pairs }) => {
        // The same pairs, each relation over a random-looking span of 2019–2021 so dates differ.
        const relations: [string, string, "+" | "-", string][] = pairs.flatMap(({ a, b, said }, i) =>
          said.filter((s) => s === "+" || s === "-").map((s) => [`x${a}`, `x${b}`, s as "+" | "-", `2019-${String(1 + (i % 12)).padStart(2, "0")}-01/2021-${String(1 + ((i * 5) % 12)).padStart(2, "0")}-28`]));
        const index = new RelationIndex(dated(Array.from({ length: n }, (_, i) => `x${i}`), relations));
        const list = seriesDays(parseDay("2018-12-01"), parseDay("2022-02-01"), "quarter");
        for (const step of balanceSeries(index, [], list)) {
          const graph = signedPairs(index, applyFilters(index, [{ type: "asOf", day: step.day }]));
          expect(step.pairs).toEqual(pairCounts(graph));
          expect(step.balance).toEqual(structuralBalance(graph));
          const counted = campsOf(graph, step.camps.campOf);
          expect([step.camps.frustration, step.camps.labels, step.camps.sizes]).toEqual([counted.frustration, counted.labels, counted.sizes]);
        }
      }),
      { seed: 20, numRuns: 40 },
    );
  });

  test("camps keep their labels while they last; a camp that forms later takes a new one", () => {
    const actors = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2"];
    const index = new RelationIndex(
      dated(actors, [
        ["a1", "a2", "+", "2019-01-01/.."], ["a2", "a3", "+", "2019-01-01/.."],
        ["b1", "b2", "+", "2019-01-01/.."], ["b2", "b3", "+", "2019-01-01/.."],
        ["a1", "b1", "-", "2019-01-01/.."], ["a3", "b3", "-", "2019-01-01/.."],
        // From mid-2020 a third group, hostile to both; b3 leaves its camp for the new one.
        ["c1", "c2", "+", "2020-06-01/.."], ["c1", "a2", "-", "2020-06-01/.."], ["c2", "b1", "-", "2020-06-01/.."], ["c1", "b2", "-", "2020-06-01/.."],
        ["b3", "c2", "+", "2020-06-01/.."], ["b3", "c1", "+", "2020-06-01/.."],
      ]),
    );
    const steps = balanceSeries(index, [], seriesDays(parseDay("2019-01-01"), parseDay("2021-12-31"), "quarter"), { seed: 7 });
    const campOf = (k: number, actor: string) => steps[k].camps.campOf[index.actorOrdinal.get(actor)!];
    const [a, b] = [campOf(0, "a1"), campOf(0, "b1")];
    expect(a).not.toBe(b);
    for (let k = 0; k < steps.length; k++) {
      expect(["a1", "a2", "a3"].map((x) => campOf(k, x))).toEqual([a, a, a]);
      expect(["b1", "b2"].map((x) => campOf(k, x))).toEqual([b, b]);
    }
    const later = steps.findIndex((s) => s.day >= parseDay("2020-06-30"));
    expect(campOf(later - 1, "b3")).toBe(b);
    for (const k of [later, steps.length - 1]) expect(["c1", "c2", "b3"].map((x) => campOf(k, x))).toEqual([2, 2, 2]);
  });

  test("a camp that ends leaves its label unused: a camp formed later is another camp", () => {
    const index = new RelationIndex(
      dated(["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2"], [
        ["a1", "a2", "+", "2019-01-01/.."], ["b1", "b2", "+", "2019-01-01/.."], ["a1", "b1", "-", "2019-01-01/.."],
        ["c1", "c2", "+", "2019-04-01/2019-09-30"], ["c1", "a1", "-", "2019-04-01/2019-09-30"], ["c2", "b1", "-", "2019-04-01/2019-09-30"],
        ["d1", "d2", "+", "2020-04-01/.."], ["d1", "a2", "-", "2020-04-01/.."], ["d2", "b2", "-", "2020-04-01/.."],
      ]),
    );
    const steps = balanceSeries(index, [], seriesDays(parseDay("2019-01-01"), parseDay("2020-12-31"), "quarter"));
    expect(steps.map((s) => s.camps.labels)).toEqual([[0, 1], [0, 1, 2], [0, 1, 2], [0, 1], [0, 1], [0, 1, 3], [0, 1, 3], [0, 1, 3]]);
  });

  test("filters narrow each date's slice; filters that slice time are refused", () => {
    const index = new RelationIndex(dated(["p", "q", "r"], [["p", "q", "+", "2019-01-01/.."], ["q", "r", "-", "2019-01-01/.."]]));
    const [step] = balanceSeries(index, [{ type: "relationTypes", shown: "hidden", names: ["armed-clash"] }], [parseDay("2020-01-01")]);
    expect([step.pairs.positive, step.pairs.negative]).toEqual([1, 0]);
    expect(() => balanceSeries(index, [{ type: "window", from: 0 }], [parseDay("2020-01-01")])).toThrow(/slices time/);
  });

  test("progress after each date; a consumer may stop between dates", () => {
    const index = new RelationIndex(dated(["p", "q"], [["p", "q", "+", "2019-01-01/.."]]));
    const seen: [number, number][] = [];
    const list = seriesDays(parseDay("2019-01-01"), parseDay("2019-12-31"), "month");
    for (const step of balanceSteps(index, [], list, { onStep: (done, total) => seen.push([done, total]) })) if (step.day >= parseDay("2019-03-01")) break;
    expect(seen).toEqual([[1, 12], [2, 12], [3, 12]]);
  });
});

describe("the bundled data, year by year", () => {
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data does not load");
  const index = new RelationIndex(loaded.dataSet);
  const steps = balanceSeries(index, [], seriesDays(parseDay("2001-01-01"), parseDay("2026-03-31"), "year"));
  const camp = (iso: string, actor: string) => steps.find((s) => dayToIso(s.day) === iso)!.camps.campOf[index.actorOrdinal.get(actor)!];

  test("from 2007, when the TTP's insurgency is dated, Pakistan and the TTP are in opposite camps that keep their labels", () => {
    const years = steps.filter((s) => s.day >= parseDay("2007-12-31"));
    const [pakistan, ttp] = [camp("2007-12-31", "pakistan"), camp("2007-12-31", "ttp")];
    expect(pakistan).not.toBe(ttp);
    for (const s of years) expect([s.camps.campOf[index.actorOrdinal.get("pakistan")!], s.camps.campOf[index.actorOrdinal.get("ttp")!]]).toEqual([pakistan, ttp]);
    // By the end of March 2026 the Afghan Taliban are in the TTP's camp, at war with Pakistan.
    expect(camp("2026-03-31", "afghan-taliban")).toBe(ttp);
  });

  test("the ratio is null with no triad and 1 when each is balanced; no date of the bundled data has an unbalanced triad", () => {
    expect(steps[0].balance.ratio).toBeNull();
    expect(steps.at(-1)!.balance.ratio).toBe(1);
    expect(steps.every((s) => s.balance.unbalanced === 0)).toBe(true);
  });
});
