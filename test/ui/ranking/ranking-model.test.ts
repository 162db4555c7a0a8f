/**
 * The ranking's words: scores shown with as many decimals as keep different ranks apart, what a
 * measure left unranked, ordinals, the chart's years cut to the timeline, and its summary.
 */
import { describe, expect, test } from "vitest";
import { ranked, type SliceCentrality } from "../../../src/model/centrality";
import { formatDay, parseDay } from "../../../src/model/dates";
import { leftOutWords, ordinal, scopeWords, scoreWords, seriesWords, yearsOf } from "../../../src/ui/ranking/ranking-model";

const centralityWith = (ties: Record<string, number>) => ({ ties: new Map(Object.entries(ties)) }) as unknown as SliceCentrality;

describe("scores in words", () => {
  test("ties are counted; bridges and influence gain decimals only where two ranks would read alike", () => {
    const c = centralityWith({ a: 3, b: 1 });
    expect(scoreWords(c, "degree", ranked({ a: 0.75, b: 0.25 }))).toEqual(["3 ties", "1 tie"]);
    expect(scoreWords(c, "betweenness", ranked({ a: 0.4, b: 0.13, c: 0.13, d: 0 }))).toEqual(["40% of chains", "13% of chains", "13% of chains", "0% of chains"]);
    expect(scoreWords(c, "betweenness", ranked({ a: 0.4, b: 0.0004, c: 0 }))).toEqual(["40.00% of chains", "0.04% of chains", "0.00% of chains"]);
    expect(scoreWords(c, "eigenvector", ranked({ a: 0.5, b: 0.15, c: 0.149 }))).toEqual(["100.0 of 100", "30.0 of 100", "29.8 of 100"]);
  });

  test("what a measure leaves out, and the possible relations left out, in words", () => {
    expect(scopeWords({ kind: "all" })).toBeNull();
    expect(scopeWords({ kind: "main-group", scored: 12, leftOut: 2, groups: 1 })).toBe(
      "Influence is measured within the largest connected group (12 actors); 2 actors in 1 smaller group apart from it are not ranked.",
    );
    expect(scopeWords({ kind: "too-large", actors: 9777, limit: 2500 })).toMatch(/^Bridges are not computed for more than 2,500 actors \(9,777 here\)/);
    expect(leftOutWords(0, "as of 1 Mar 2026")).toBeNull();
    expect(leftOutWords(1, "as of 1 Mar 2026")).toBe("1 relation only possibly active as of 1 Mar 2026 is left out: a rank counts only what the dates say.");
  });

  test("ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]);
  });
});

describe("the rank chart's years", () => {
  test("each calendar year the timeline touches, cut to its first and last day", () => {
    const years = yearsOf(parseDay("2024-06-15"), parseDay("2026-03-31"));
    expect(years.map((y) => [y.year, formatDay(y.from), formatDay(y.to)])).toEqual([
      [2024, "15 Jun 2024", "31 Dec 2024"],
      [2025, "1 Jan 2025", "31 Dec 2025"],
      [2026, "1 Jan 2026", "31 Mar 2026"],
    ]);
  });

  test("the summary names the best rank with its years as runs, the latest rank and the years without a tie", () => {
    const point = (year: number, rank: number | null, of = 10) => ({ year, time: 0, rank, ranked: of });
    expect(seriesWords("TTP", [point(2019, null), point(2020, 1), point(2021, 1), point(2022, 2), point(2023, 1), point(2024, 3, 14)])).toBe(
      "TTP: best 1st by ties (2020–2021, 2023); 3rd of 14 in 2024; no certain tie in 1 year.",
    );
    expect(seriesWords("X", [point(2020, null)])).toBe("X has no certain tie in any year shown.");
  });
});
