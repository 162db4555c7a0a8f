/**
 * "Show only this" on the legend's entries: the filter change of "only" on a family, a type and a
 * kind, when an entry counts as shown alone, and the change that shows its group again.
 */
import { describe, expect, test } from "vitest";
import { shownTypes } from "../../../src/model/filter-presets";
import type { RelationType } from "../../../src/model/types";
import { allFamilies, allTypes, familyAlone, kindAlone, onlyFamily, onlyKind, onlyType, typeAlone } from "../../../src/ui/legend/show-only";

const type = (id: string, family: string): RelationType => ({ id, label: id, family, sign: 0, directed: true, cameo: [], plover: null, mappingMilitants: null });
const taxonomy = {
  families: ["hostile", "cooperative", "mediating", "empty"].map((id) => ({ id, label: id })),
  types: [type("airstrike", "hostile"), type("rivalry", "hostile"), type("aid", "cooperative"), type("mediation", "mediating"), type("truce", "mediating"), type("odd", "custom")],
};
const none = { hiddenTypes: [], hiddenFamilies: [] };

describe("a family alone", () => {
  test("only hides the other families with types, clears hides of its own types, keeps the rest", () => {
    const filter = { hiddenTypes: ["truce", "rivalry"], hiddenFamilies: ["cooperative"] };
    const only = onlyFamily(taxonomy, filter, "mediating");
    expect(only).toEqual({ hiddenFamilies: ["hostile", "cooperative"], hiddenTypes: ["rivalry", "odd"] });
    expect(shownTypes(taxonomy, only)).toEqual(["mediation", "truce"]);
    expect(familyAlone(taxonomy, only, "mediating")).toBe(true);
    expect(familyAlone(taxonomy, only, "hostile")).toBe(false);
  });

  test("is not alone while one of its types is hidden, or another family shows", () => {
    expect(familyAlone(taxonomy, none, "mediating")).toBe(false);
    expect(familyAlone(taxonomy, { hiddenFamilies: ["hostile", "cooperative"], hiddenTypes: ["odd", "truce"] }, "mediating")).toBe(false);
    expect(familyAlone(taxonomy, { hiddenFamilies: ["hostile"], hiddenTypes: ["odd"] }, "mediating")).toBe(false);
    expect(familyAlone(taxonomy, none, "empty")).toBe(false);
  });

  test("show all brings back every family and leaves hidden types hidden", () => {
    expect(allFamilies()).toEqual({ hiddenFamilies: [] });
  });
});

describe("a type alone", () => {
  test("only shows just that type, even from a hidden family", () => {
    const only = onlyType(taxonomy, "truce");
    expect(shownTypes(taxonomy, only)).toEqual(["truce"]);
    expect(only.hiddenFamilies).toEqual(["hostile", "cooperative"]);
    expect(typeAlone(taxonomy, only, "truce")).toBe(true);
    expect(typeAlone(taxonomy, only, "mediation")).toBe(false);
    expect(typeAlone(taxonomy, none, "truce")).toBe(false);
  });

  test("show all shows every type", () => {
    expect(shownTypes(taxonomy, allTypes())).toEqual(taxonomy.types.map((t) => t.id));
  });
});

describe("a kind alone", () => {
  const kinds = [{ id: "state" }, { id: "armed-group" }, { id: "person" }];
  test("only hides every other kind, and clears its own hide", () => {
    expect(onlyKind(kinds, "armed-group")).toEqual(["state", "person"]);
    expect(kindAlone(kinds, ["state", "person"], "armed-group")).toBe(true);
    expect(kindAlone(kinds, ["state"], "armed-group")).toBe(false);
    expect(kindAlone(kinds, ["state", "person", "armed-group"], "armed-group")).toBe(false);
  });
});
