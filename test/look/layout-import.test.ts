/**
 * An import's positions: a small data set is laid out in full, exactly as before, and a large
 * one gets a first layout, flagged for the explorer to refine, with a finite place for every actor.
 */
import { expect, test } from "vitest";
import { layoutDataSet, layoutImport } from "../../src/look/layout-data-set";
import { parsePeriod } from "../../src/model/dates";
import { seededRandom } from "../../src/model/random";
import type { DataSet } from "../../src/model/types";
import { bundledDataSet } from "../support/data";

test("the bundled data set is laid out in full, as before, and not refined", () => {
  const dataSet = bundledDataSet();
  const laid = layoutImport(dataSet);
  expect(laid.refine).toBe(false);
  expect(laid.positions).toEqual(layoutDataSet(dataSet));
});

test("a large data set gets a first layout to refine, every actor placed, some named like Object's keys", () => {
  const bundled = bundledDataSet();
  const random = seededRandom(3);
  const actors = Array.from({ length: 1_200 }, (_, i) => ({ ...bundled.actors[0], id: i === 0 ? "__proto__" : i === 1 ? "constructor" : `a${i}`, label: `Actor ${i}` }));
  const period = parsePeriod("2020");
  const relations = Array.from({ length: 21_000 }, (_, i) => {
    const a = Math.floor(random() ** 2 * actors.length);
    return { ...bundled.relations[0], id: `r${i}`, source: actors[a].id, target: actors[(a + 1 + Math.floor(random() * 600)) % actors.length].id, periods: [period] };
  });
  const dataSet: DataSet = { ...bundled, actors, relations };
  const heard: number[] = [];
  const laid = layoutImport(dataSet, (done) => heard.push(done));
  expect(laid.refine).toBe(true);
  expect(heard.length).toBeGreaterThan(1);
  expect(new Set(actors.map((a) => laid.positions[a.id].join(","))).size).toBe(actors.length);
  for (const a of actors) expect(laid.positions[a.id].every(Number.isFinite)).toBe(true);
});
