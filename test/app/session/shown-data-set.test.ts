/**
 * A data set ready to show: its graph is the model's and holds no positions (where actors are
 * drawn is the view's own), its layout places every actor, and its timeline runs over the
 * year-or-finer dates from the 1st of January of the first, opening on the latest start.
 */
import { describe, expect, test } from "vitest";
import { dayToIso, parsePeriod } from "../../../src/model/dates";
import type { DataSet } from "../../../src/model/types";
import { prepare } from "../../../src/app/session/shown-data-set";

function dataSetWith(...periods: string[]): DataSet {
  return {
    taxonomy: {
      families: [{ id: "hostile", label: "Hostile" }],
      types: [{ id: "attack", label: "Attack", family: "hostile", sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null }],
      kinds: [{ id: "state", label: "State" }],
    },
    actors: ["a", "b", "c"].map((id) => ({ id, label: id, kind: "state", aliases: [] })),
    relations: periods.map((period, i) => ({ id: `r${i}`, source: "a", target: i % 2 ? "c" : "b", type: "attack", directed: true, periods: [parsePeriod(period)], confidence: "high" as const, evidence: [] })),
    sources: [],
  };
}

function prepared(dataSet: DataSet, stored?: Record<string, readonly [number, number]>) {
  const made = prepare("test data", dataSet, stored);
  if (!made.ok) throw new Error(made.problem);
  return made.prepared;
}

describe("a data set ready to show", () => {
  test("its graph holds no positions; its layout is the stored one, for every actor", () => {
    const data = prepared(dataSetWith("2020-05/2021"), { a: [1, 2], b: [3, 4], c: [5, 6] });
    data.graph.forEachNode((_, a) => expect([a.x, a.y]).toEqual([undefined, undefined]));
    expect([...data.layout]).toEqual([
      ["a", { x: 1, y: 2 }],
      ["b", { x: 3, y: 4 }],
      ["c", { x: 5, y: 6 }],
    ]);
  });

  test("the timeline runs over year-or-finer dates from a whole year, and opens on the latest start", () => {
    const data = prepared(dataSetWith("19XX/2021-05", "2019-03-04/2022-12-31", "2023-06/.."));
    expect([data.first, data.last, data.openingDay].map(dayToIso)).toEqual(["2019-01-01", "2023-06-30", "2023-06-30"]);
    // The histogram waits for the first frame, or for whoever asks first.
    expect(data.histogram.ready).toBeUndefined();
    expect(data.histogram.get()[0].label).toBe("2019-01");
    expect(data.histogram.ready).toBe(data.histogram.get());
  });

  test("with no dated start it opens on the last day; with no year-or-finer date, on today, a year wide", () => {
    const ends = prepared(dataSetWith("../2021-05"));
    expect([ends.first, ends.last, ends.openingDay].map(dayToIso)).toEqual(["2021-01-01", "2021-05-31", "2021-05-31"]);
    const today = Math.floor(Date.now() / 86_400_000);
    const undated = prepared(dataSetWith("19XX/.."));
    expect([undated.first, undated.last, undated.openingDay]).toEqual([today - 365, today, today]);
  });
});
