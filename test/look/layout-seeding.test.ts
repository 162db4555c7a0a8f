/**
 * Laying out a data set around actors that keep their places: those of a data set on screen that
 * files were added to stay exactly where they were, and the new ones are laid out near them.
 */
import { expect, test } from "vitest";
import { layoutDataSet } from "../../src/look/layout-data-set";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data set does not load");
const dataSet = loaded.dataSet;
const whole = layoutDataSet(dataSet);
// The data set on screen had all but the last three actors, where the user had moved them (a shift and a stretch).
const fresh = dataSet.actors.slice(-3).map((a) => a.id);
const kept = Object.fromEntries(dataSet.actors.slice(0, -3).map((a) => [a.id, [whole[a.id][0] * 2 + 500, whole[a.id][1] * 2 - 300] as const]));

test("kept actors stay exactly where they were; the others get places of their own among them", () => {
  const positions = layoutDataSet(dataSet, undefined, kept);
  for (const [id, at] of Object.entries(kept)) expect(positions[id]).toEqual(at);
  const xs = Object.values(kept).map((p) => p[0]);
  const ys = Object.values(kept).map((p) => p[1]);
  const reach = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  for (const id of fresh) {
    const [x, y] = positions[id];
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // Within the picture (give or take its own size), not flung off or left at the origin of another layout.
    expect(x).toBeGreaterThan(Math.min(...xs) - reach);
    expect(x).toBeLessThan(Math.max(...xs) + reach);
    expect(y).toBeGreaterThan(Math.min(...ys) - reach);
    expect(y).toBeLessThan(Math.max(...ys) + reach);
  }
  expect(new Set(fresh.map((id) => positions[id].join(","))).size).toBe(fresh.length);
});

test("the same input gives the same places", () => {
  expect(layoutDataSet(dataSet, undefined, kept)).toEqual(layoutDataSet(dataSet, undefined, kept));
});

test("with no usable kept position it lays out the whole data set, as before", () => {
  expect(layoutDataSet(dataSet, undefined, { [dataSet.actors[0].id]: [Number.NaN, 0] })).toEqual(whole);
});
