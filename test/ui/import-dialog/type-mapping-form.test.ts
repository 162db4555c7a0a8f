/**
 * The unknown-type form's logic: the taxonomy's types grouped by family for the select, the
 * answers it starts from, and the mapping it sends (null for "keep").
 */
import { expect, test } from "vitest";
import type { RelationType } from "../../../src/model/types";
import { initialChoices, KEEP, mappingOf, typeChoices } from "../../../src/ui/import-dialog/type-mapping-form";

const type = (id: string, family: string): RelationType => ({ id, label: id, family, sign: 0, directed: true, cameo: [], plover: null, mappingMilitants: null });
const families = [
  { id: "hostile", label: "Hostile" },
  { id: "empty", label: "Nothing in it" },
  { id: "mediating", label: "Mediating" },
];
const types = [type("airstrike", "hostile"), type("truce", "mediating"), type("rivalry", "hostile")];

test("offers the types under their families, in taxonomy order, without empty families", () => {
  expect(typeChoices(families, types).map((g) => [g.family.label, g.types.map((t) => t.id)])).toEqual([
    ["Hostile", ["airstrike", "rivalry"]],
    ["Mediating", ["truce"]],
  ]);
});

test("starts from the earlier answers; keep for no answer, null, or a type that is not there", () => {
  const choices = initialChoices(["Raid", "Drone strike", "Talks", "__proto__", "Odd"], { "Drone strike": "airstrike", Talks: null, Odd: "no-such-type" }, types);
  expect([...choices]).toEqual([
    ["Raid", KEEP],
    ["Drone strike", "airstrike"],
    ["Talks", KEEP],
    ["__proto__", KEEP],
    ["Odd", KEEP],
  ]);
});

test("sends the form's answers over the earlier ones, null for keep", () => {
  const mapping = mappingOf({ Earlier: "truce", Raid: "rivalry" }, new Map([["Raid", "airstrike"], ["Talks", KEEP], ["__proto__", "truce"]]));
  expect(mapping).toEqual({ Earlier: "truce", Raid: "airstrike", Talks: null, ["__proto__"]: "truce" });
  expect(Object.keys(mapping)).toEqual(["Earlier", "Raid", "Talks", "__proto__"]);
  expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
});
