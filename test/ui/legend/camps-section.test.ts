/** The legend's camps count the actors shown in each camp and those in none, never the hidden. */
import { expect, test } from "vitest";
import { campLegend } from "../../../src/ui/legend/camps-section";

test("camps in label order with the shown actors in each; shown actors in none counted apart", () => {
  const ids = ["a", "b", "c", "d", "e"];
  expect(campLegend(Int32Array.from([2, 0, 2, -1, 0]), ids, new Set(["a", "b", "c", "d"]))).toEqual({
    camps: [
      { label: 0, count: 1 },
      { label: 2, count: 2 },
    ],
    unaligned: 1,
  });
});
