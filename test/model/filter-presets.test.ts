/**
 * Named filter presets read from a taxonomy's CAMEO codes: what each picks in the bundled
 * taxonomy (listed by name, so a change to the taxonomy shows here), in a small CAMEO-coded one
 * and in one without codes; the filter state that shows a set of types, and which preset a
 * filter state equals.
 */
import { describe, expect, test } from "vitest";
import { cameoRoot, filterPresets, filterShowing, isDiplomatic, isKinetic, presetOf, shownTypes, type PresetName } from "../../src/model/filter-presets";
import { loadDataSet } from "../../src/model/load";
import type { RelationType, Taxonomy } from "../../src/model/types";
import { readBundledData } from "../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const bundled = loaded.dataSet.taxonomy;

const type = (id: string, family: string, cameo: string[] = []): RelationType => ({ id, label: id, family, sign: 0, directed: true, cameo, plover: null, mappingMilitants: null });
const families = ["hostile", "cooperative", "mediating", "structural"].map((id) => ({ id, label: id }));
/** CAMEO-coded, with the edges of each rule: 18 and 20 as roots, 09–13 words, 06–08 deeds, a code of 05 beside one of 19. */
const coded: Pick<Taxonomy, "families" | "types"> = {
  families,
  types: [
    type("bombing", "hostile", ["183"]),
    type("battle", "hostile", ["190"]),
    type("massacre", "hostile", ["202"]),
    type("threat", "hostile", ["138"]),
    type("demand", "hostile", ["100"]),
    type("statement", "cooperative", ["010"]),
    type("appeal", "cooperative", ["020"]),
    type("consult", "cooperative", ["040", "043"]),
    type("aid", "cooperative", ["070"]),
    type("armed-alliance", "cooperative", ["057", "190"]),
    type("truce", "mediating", ["0871"]),
    type("talks", "mediating"),
    type("rivalry", "hostile"),
    type("affiliation", "structural"),
  ],
};
/** A hand-made taxonomy with no CAMEO codes at all, and no mediating family. */
const uncoded: Pick<Taxonomy, "families" | "types"> = {
  families: [{ id: "conflict", label: "Conflict" }, { id: "friendship", label: "Friendship" }],
  types: [type("fight", "conflict"), type("help", "friendship")],
};

const picks = (taxonomy: Pick<Taxonomy, "families" | "types">) =>
  Object.fromEntries(filterPresets(taxonomy).map((p) => [p.name, p.types])) as Record<PresetName, readonly string[]>;

describe("what each preset picks", () => {
  test("in the bundled taxonomy: force is CAMEO 18–20; diplomacy is 01–05 and mediation", () => {
    const { all, kinetic, diplomatic } = picks(bundled);
    expect(kinetic).toEqual(["armed-clash", "airstrike", "ground-assault", "military-operation", "terrorist-attack", "insurgency", "targeted-killing"]);
    expect(diplomatic).toEqual(["political-support", "defence-pact", "rapprochement", "diplomatic-visit", "request", "mediation", "negotiation", "truce"]);
    expect(all).toEqual(bundled.types.map((t) => t.id));
  });

  test("in a small CAMEO-coded taxonomy", () => {
    const { all, kinetic, diplomatic } = picks(coded);
    expect(kinetic).toEqual(["bombing", "battle", "massacre", "armed-alliance"]);
    // Verbal conflict (09–13), material cooperation (06–08) and standing ties are not diplomacy;
    // a type with a code of force is kinetic, not diplomatic; a mediating type is, coded or not.
    expect(diplomatic).toEqual(["statement", "appeal", "consult", "truce", "talks"]);
    expect(all).toHaveLength(coded.types.length);
    expect(filterPresets(coded).every((p) => p.unavailable === null)).toBe(true);
  });

  test("in a taxonomy without CAMEO codes, kinetic and diplomatic pick nothing and say why", () => {
    const [all, kinetic, diplomatic] = filterPresets(uncoded);
    expect(all).toMatchObject({ name: "all", types: ["fight", "help"], unavailable: null });
    expect(kinetic).toMatchObject({ name: "kinetic", types: [], unavailable: "no relation type here has a CAMEO code of force (18–20)" });
    expect(diplomatic).toMatchObject({ name: "diplomatic", types: [], unavailable: "no relation type here is mediating or has a CAMEO code from 01 to 05" });
  });

  test("a code's root is its first two digits, a short code padded", () => {
    expect(["195", "0841", "20", "5", "2041", "x19"].map(cameoRoot)).toEqual([19, 8, 20, 5, 20, NaN]);
    expect(isKinetic({ cameo: ["1"] })).toBe(false);
    expect(isKinetic({ cameo: ["174", "186"] })).toBe(true);
    expect(isDiplomatic({ cameo: ["060"], family: "cooperative" })).toBe(false);
  });
});

describe("filter states", () => {
  test("showing a set hides other families whole and the others of kept families one by one", () => {
    expect(filterShowing(coded, ["battle", "massacre", "truce"])).toEqual({
      hiddenFamilies: ["cooperative", "structural"],
      hiddenTypes: ["bombing", "threat", "demand", "talks", "rivalry"],
    });
    expect(filterShowing(coded, coded.types.map((t) => t.id))).toEqual({ hiddenFamilies: [], hiddenTypes: [] });
  });

  test("a family the taxonomy does not list is hidden type by type, and an empty family is left alone", () => {
    const odd = { families: [...families, { id: "empty", label: "empty" }], types: [...coded.types, type("stray", "custom", ["190"])] };
    const state = filterShowing(odd, ["battle"]);
    expect(state.hiddenFamilies).toEqual(["cooperative", "mediating", "structural"]);
    expect(state.hiddenTypes).toContain("stray");
    expect(shownTypes(odd, state)).toEqual(["battle"]);
  });

  test("what a filter state shows round-trips through filterShowing", () => {
    for (const shown of [["bombing"], ["aid", "talks"], [], coded.types.map((t) => t.id)]) expect(shownTypes(coded, filterShowing(coded, shown))).toEqual(shown);
  });

  test("the preset a filter state equals is read from what it shows, however reached", () => {
    const empty = { hiddenTypes: [], hiddenFamilies: [] };
    expect(presetOf(bundled, empty)?.name).toBe("all");
    const kinetic = filterShowing(bundled, picks(bundled).kinetic);
    expect(presetOf(bundled, kinetic)?.name).toBe("kinetic");
    // The same types shown by hiding every other type one by one.
    const typeByType = { hiddenFamilies: [], hiddenTypes: bundled.types.filter((t) => !picks(bundled).kinetic.includes(t.id)).map((t) => t.id) };
    expect(presetOf(bundled, typeByType)?.name).toBe("kinetic");
    expect(presetOf(bundled, { ...kinetic, hiddenTypes: [...kinetic.hiddenTypes, "airstrike"] })).toBeNull();
    expect(presetOf(bundled, filterShowing(bundled, picks(bundled).diplomatic))?.name).toBe("diplomatic");
  });

  test("a preset that picks nothing never matches, not even a filter state showing nothing", () => {
    expect(presetOf(uncoded, { hiddenTypes: [], hiddenFamilies: ["conflict", "friendship"] })).toBeNull();
  });
});
