/**
 * The legend's pure logic: grouping types by family, which type rows are listed, toggling ids.
 */
import { describe, expect, test } from "vitest";
import type { RelationType } from "../../../src/model/types";
import { groupByFamily, listedTypes, toggled, unlistedCount } from "../../../src/ui/legend/legend-model";

const type = (id: string, family: string): RelationType => ({ id, label: id, family, sign: 0, directed: true, cameo: [], plover: null, mappingMilitants: null });
const families = [
  { id: "hostile", label: "Hostile" },
  { id: "mediating", label: "Mediating" },
];
const types = [type("airstrike", "hostile"), type("truce", "mediating"), type("rivalry", "hostile"), type("odd", "custom")];

describe("groupByFamily", () => {
  test("keeps taxonomy order, and gives types of an unlisted family a group of their own", () => {
    const groups = groupByFamily(families, types);
    expect(groups.map((g) => [g.family.id, g.types.map((t) => t.id)])).toEqual([
      ["hostile", ["airstrike", "rivalry"]],
      ["mediating", ["truce"]],
      ["custom", ["odd"]],
    ]);
    expect(groups[2].family.label).toBe("custom");
  });

  test("keeps a family with no types", () => {
    expect(groupByFamily(families, []).map((g) => g.types.length)).toEqual([0, 0]);
  });
});

describe("listedTypes", () => {
  const counts = { airstrike: 3, rivalry: 0 };
  test("lists active types and hidden ones, unless all are asked for", () => {
    expect(listedTypes(types, counts, [], false).map((t) => t.id)).toEqual(["airstrike"]);
    expect(listedTypes(types, counts, ["truce"], false).map((t) => t.id)).toEqual(["airstrike", "truce"]);
    expect(listedTypes(types, counts, [], true)).toHaveLength(4);
    expect(unlistedCount(types, counts, ["truce"])).toBe(2);
  });
});

describe("toggled", () => {
  test("adds an absent id at the end and removes a present one, keeping order", () => {
    expect(toggled(["a", "b"], "c")).toEqual(["a", "b", "c"]);
    expect(toggled(["a", "b", "c"], "b")).toEqual(["a", "c"]);
    const list = ["a"] as const;
    toggled(list, "a");
    expect(list).toEqual(["a"]);
  });
});
