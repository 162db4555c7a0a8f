/**
 * The default mapping of event categories to the bundled taxonomy's types, found through their
 * CAMEO codes; every ACLED sub-event type of the codebook mapped or left out with a reason; the
 * user's answers overriding, a bad answer reported with the default kept.
 */
import { describe, expect, test } from "vitest";
import { CATEGORY_MEANINGS } from "../../../src/import/events/event-categories";
import { EventMapping, meaningOf } from "../../../src/import/events/event-mapping";
import { LEAVE_OUT, type EventFormat, type EventTypeMapping } from "../../../src/import/events/types";
import { rowNotes } from "../../../src/import/kit/report";
import { TaxonomyGrowth } from "../../../src/import/kit/taxonomy-growth";
import { loadDataSet } from "../../../src/model/load";
import type { Taxonomy } from "../../../src/model/types";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data does not load");
const bundled = loaded.dataSet.taxonomy;

function mapper(format: EventFormat, answers: EventTypeMapping = {}, taxonomy: Taxonomy = bundled) {
  const notes = rowNotes("events.csv");
  const growth = new TaxonomyGrowth(taxonomy);
  return { mapping: new EventMapping(format, growth, answers, notes), notes, growth };
}

/** The ACLED codebook's sub-event types (2023-2024), each under its event type. */
const CODEBOOK: Record<string, string[]> = {
  Battles: ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
  Protests: ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

describe("default mapping through CAMEO codes", () => {
  test.each([
    ["acled", "Battles: Armed clash", "armed-clash", false, /^CAMEO 190 \(use conventional military force\)$/],
    ["acled", "Explosions/Remote violence: Air/drone strike", "airstrike", true, /^CAMEO 195 \(employ aerial weapons\)$/],
    ["acled", "Explosions/Remote violence: Suicide bomb", "terrorist-attack", true, /^CAMEO 183/],
    ["acled", "Violence against civilians: Attack", "terrorist-attack", true, /^CAMEO 180/],
    ["acled", "Strategic developments: Arrests", "detention", true, /^CAMEO 173/],
    ["acled", "Riots: Mob violence", "confrontation", false, /^CAMEO 145/],
    ["acled", "Protests: Peaceful protest", "protest", true, /^CAMEO 140 .*nearest .*CAMEO 141/],
    ["acled", "Battles: Government regains territory", "ground-assault", true, /^CAMEO 190 .*nearest .*CAMEO 192 \(occupy territory\)/],
    ["acled", "Explosions/Remote violence: Shelling/artillery/missile attack", "armed-clash", false, /^CAMEO 194 .*undirected, so the pair is too/],
    ["ucdp-ged", "State-based violence", "armed-clash", false, /^CAMEO 190/],
    ["ucdp-ged", "Non-state violence", "armed-clash", false, /^CAMEO 190/],
    ["ucdp-ged", "One-sided violence", "terrorist-attack", true, /^CAMEO 180/],
    ["ucdp-dyadic", "Interstate", "armed-clash", false, /^CAMEO 190/],
    ["ucdp-dyadic", "Internationalized intrastate armed conflict", "armed-clash", false, /^CAMEO 190/],
    ["ucdp-dyadic", "Secondary warring party", "material-support", true, /^CAMEO 062 \(cooperate militarily\)$/],
  ] as const)("%s %s → %s", (format, category, type, directed, why) => {
    const m = mapper(format).mapping.map(category, 2);
    expect(m).toMatchObject({ type, directed, byUser: false });
    expect(m.why).toMatch(why);
  });

  test("every sub-event type of the ACLED codebook has a default, mapped or left out with a reason", () => {
    const { mapping } = mapper("acled");
    for (const [event, subs] of Object.entries(CODEBOOK))
      for (const sub of subs) {
        const category = `${event}: ${sub}`;
        expect(meaningOf("acled", category), category).toBeDefined();
        const m = mapping.map(category, 2);
        expect(m.why.length, category).toBeGreaterThan(10);
        if (m.type === LEAVE_OUT) expect(m.why).toMatch(/^left out: /);
      }
    expect(CATEGORY_MEANINGS.acled.filter((m) => m.category.includes(": "))).toHaveLength(25);
  });

  test("a category no type fits is a type of its own in its PLOVER family, with its codes; one of one actor's acts is left out", () => {
    const { mapping, growth } = mapper("acled");
    const chemical = mapping.map("Explosions/Remote violence: Chemical weapon", 2);
    expect(chemical).toMatchObject({ type: "chemical-weapon", directed: true });
    expect(chemical.why).toMatch(/CAMEO 2041 .*no type of the taxonomy lists: kept as a type of its own, in the family "hostile" of PLOVER ASSAULT/);
    expect(growth.type("chemical-weapon")).toMatchObject({ family: "hostile", sign: -1, directed: true });
    expect(mapping.ownTypes.get("chemical-weapon")).toEqual({ cameo: ["2041"], plover: "ASSAULT" });
    expect(mapping.map("Strategic developments: Agreement", 2)).toMatchObject({ type: "agreement", directed: false });
    expect(growth.type("agreement")).toMatchObject({ family: "mediating", sign: 0 });
    expect(mapping.map("Strategic developments: Headquarters or base established", 2)).toMatchObject({ type: LEAVE_OUT, why: expect.stringMatching(/one actor's own act/) });
    expect(mapping.map("Associated actor", 2)).toMatchObject({ type: LEAVE_OUT, why: expect.stringMatching(/map it/) });
  });

  test("categories are found in any case, and by an ACLED sub-event type alone; an event type alone has its broadest code", () => {
    const { mapping } = mapper("acled");
    expect(mapping.map("Battles", 2)).toMatchObject({ type: "armed-clash", directed: false });
    expect(mapping.map("Violence against civilians", 2)).toMatchObject({ type: "terrorist-attack", directed: true });
    expect(mapping.map("Strategic developments", 2).type).toBe(LEAVE_OUT);
    expect(mapping.map("battles: ARMED CLASH", 2).type).toBe("armed-clash");
    expect(mapping.map("Air/drone strike", 2).type).toBe("airstrike");
  });

  test("a category the codebook lacks is a type of its own, undirected, and says so", () => {
    const m = mapper("ucdp-ged").mapping.map("Cyber violence", 2);
    expect(m).toMatchObject({ type: "cyber-violence", directed: false });
    expect(m.why).toMatch(/not a category of the UCDP GED codebook/);
  });

  test("a taxonomy without the codes gives types of their own, never a wrong type", () => {
    const bare: Taxonomy = { families: [], kinds: [], types: [{ id: "fight", label: "Fight", family: "x", sign: -1, directed: false, cameo: [], plover: null, mappingMilitants: null }] };
    const { mapping, growth } = mapper("acled", {}, bare);
    expect(mapping.map("Battles: Armed clash", 2)).toMatchObject({ type: "armed-clash", directed: false });
    expect(growth.type("armed-clash")?.family).toBe("unclassified");
  });
});

describe("the user's answers", () => {
  test("a type of the taxonomy, or LEAVE_OUT, overrides the default; a directed type stays undirected when the category gives no direction", () => {
    const { mapping } = mapper("acled", { "Battles: Armed clash": "airstrike", "Explosions/Remote violence: Air/drone strike": LEAVE_OUT, "Associated actor": "military-cooperation" });
    expect(mapping.map("Battles: Armed clash", 2)).toEqual({ type: "airstrike", directed: false, why: "the user's choice", byUser: true });
    expect(mapping.map("Explosions/Remote violence: Air/drone strike", 3)).toMatchObject({ type: LEAVE_OUT, byUser: true });
    expect(mapping.map("Associated actor", 4)).toMatchObject({ type: "military-cooperation", byUser: true });
  });

  test("a bad answer is reported with the line and the default kept", () => {
    const { mapping, notes } = mapper("acled", { "Battles: Armed clash": "no-such-type" });
    expect(mapping.map("Battles: Armed clash", 7)).toMatchObject({ type: "armed-clash", byUser: false });
    const [d] = notes.finish();
    expect(d).toMatchObject({ severity: "error", line: 7, value: "no-such-type" });
    expect(d.message).toMatch(/not a type of the taxonomy; the default is kept \(armed-clash\)/);
  });

  test("rows count each category's events, in the order they were met", () => {
    const { mapping } = mapper("ucdp-ged");
    for (const c of ["One-sided violence", "State-based violence", "One-sided violence"]) mapping.map(c, 2);
    expect(mapping.rows().map((r) => [r.category, r.events, r.type, r.directed])).toEqual([
      ["One-sided violence", 2, "terrorist-attack", true],
      ["State-based violence", 1, "armed-clash", false],
    ]);
  });
});
