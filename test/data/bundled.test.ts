/**
 * The bundled data set: valid with no warnings, every quote placed at a paragraph of a document
 * it cites, and every actor an analyst expects present, findable by the spellings people type,
 * and tied into the graph. That every quote is verbatim, at the paragraph it names, is checked
 * against the documents themselves by `npm run check:sources`: their texts are their
 * publishers' work and not in the repository.
 */
import { describe, expect, test } from "vitest";
import { kindOn } from "../../src/model/actor-time";
import { TimeBounds } from "../../src/model/certainty";
import { parseDay } from "../../src/model/dates";
import { findActor } from "../../src/model/find-actor";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";

const result = loadDataSet(readBundledData());
if (!result.ok) throw new Error(`the bundled data set does not load:\n${JSON.stringify(result.diagnostics, null, 2)}`);
const { dataSet } = result;
const bounds = new TimeBounds(dataSet.actors);
const relationById = new Map(dataSet.relations.map((r) => [r.id, r]));
const actorById = new Map(dataSet.actors.map((a) => [a.id, a]));
const typeById = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
/** Whether the relation may hold on some day of [from, to] (with `certain`, surely does). */
const activeIn = (id: string, from: string, to: string, certain = false): boolean => {
  const relation = relationById.get(id);
  if (!relation) throw new Error(`no relation ${id}`);
  return bounds.activeIn(relation, parseDay(from), parseDay(to), certain);
};

test("validates with no errors and no warnings", () => {
  expect(result.diagnostics).toEqual([]);
});

describe.each(dataSet.sources.filter((s) => s.file))("quotes from $id ($file)", (source) => {
  const evidence = dataSet.relations.flatMap((r) => r.evidence.filter((e) => e.source === source.id).map((e) => ({ relation: r.id, ...e })));

  test("the data set cites it", () => {
    expect(evidence.length).toBeGreaterThan(10);
  });

  test("every quote names the paragraph where it starts, as ¶N, and has words to check", () => {
    expect(evidence.filter((e) => !/^¶[1-9]\d*$/.test(e.location ?? "")).map((e) => `${e.relation}: ${e.location}`)).toEqual([]);
    expect(evidence.filter((e) => e.quote.trim().split(/\s+/).length < 3).map((e) => `${e.relation}: ${e.quote}`)).toEqual([]);
  });
});

describe("the actors an analyst expects", () => {
  const degree = new Map<string, number>();
  for (const r of dataSet.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);

  test.each([
    ["Pakistan", "pakistan"],
    ["Afghan Taliban", "afghan-taliban"],
    ["Islamic Emirate", "afghan-taliban"],
    ["TTP", "ttp"],
    ["Tehrik-i-Taliban Pakistan", "ttp"],
    ["Pakistani Taliban", "ttp"],
    ["ISKP", "iskp"],
    ["ISIS-K", "iskp"],
    ["Islamic State Khorasan Province", "iskp"],
    ["Al-Qaeda", "al-qaeda"],
    ["AQIS", "aqis"],
    ["Iran", "iran"],
    ["India", "india"],
    ["United States", "united-states"],
    ["USA", "united-states"],
    ["China", "china"],
    ["Qatar", "qatar"],
    ["Saudi Arabia", "saudi-arabia"],
    ["Turkey", "turkey"],
    ["Türkiye", "turkey"],
    ["Islamic State", "islamic-state"],
    ["PTI", "pti"],
    ["NATO", "nato"],
  ])("%s is there (as %s) and tied into the graph", (name, id) => {
    const actor = findActor(dataSet.actors, name);
    expect(actor?.id).toBe(id);
    expect(degree.get(id) ?? 0).toBeGreaterThan(0);
  });
});

test("every family of relation is represented", () => {
  const familyOf = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.family]));
  const families = new Set(dataSet.relations.map((r) => familyOf.get(r.type)));
  expect([...families].sort()).toEqual(["cooperative", "hostile", "mediating", "structural"]);
});

test("dates never claim more precision than the text: the October 2025 strikes are a month", () => {
  const strikes = dataSet.relations.find((r) => r.id === "pakistan-airstrikes-kabul-2025-10");
  expect(strikes?.periods.map((p) => [p.edtf, p.start?.precision])).toEqual([["2025-10", "month"]]);
});

test("every relation type says whether it is an event or a state", () => {
  expect(dataSet.taxonomy.types.filter((t) => t.timing !== "event" && t.timing !== "state").map((t) => t.id)).toEqual([]);
});

test("a type with a Mapping Militants label joins two armed groups, where it starts and on every day it surely holds", () => {
  const wrong: string[] = [];
  for (const r of dataSet.relations) {
    if (typeById.get(r.type)?.mappingMilitants == null) continue;
    for (const b of bounds.of(r)) {
      const days = [b.possible.first, ...(b.certain.last >= b.certain.first ? [b.certain.first, b.certain.last] : [])];
      for (const day of days)
        for (const end of [r.source, r.target]) if (kindOn(actorById.get(end)!, day) !== "armed-group") wrong.push(`${r.id}: ${end} on day ${day}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("every relation rated medium or low says why in its note", () => {
  expect(dataSet.relations.filter((r) => r.confidence !== "high" && !r.note).map((r) => r.id)).toEqual([]);
});

describe("the Afghan Taliban change kind on their return to power", () => {
  const taliban = actorById.get("afghan-taliban")!;
  test("an armed group in 2020, the state of Afghanistan in 2022, dated no more precisely than the texts (the year 2021)", () => {
    expect(kindOn(taliban, parseDay("2020-12-31"))).toBe("armed-group");
    expect(kindOn(taliban, parseDay("2022-01-01"))).toBe("state");
    expect(taliban.changes?.map((c) => [c.from.edtf, c.kind])).toEqual([["2021", "state"]]);
  });
  test("so the Pakistan–Afghanistan war of 2026 is surely one between two states", () => {
    expect(activeIn("pakistan-afghan-taliban-war", "2026-03-01", "2026-03-01", true)).toBe(true);
    expect(kindOn(taliban, parseDay("2026-03-01"))).toBe("state");
  });
});

describe("an unknown start reaches back no further than the texts allow", () => {
  test("Pakistan's pressure on Kabul is not shown in 2022, beside the closest ties", () => {
    expect(activeIn("pakistan-afghan-taliban-historical-ties", "2022-01-01", "2022-12-31")).toBe(true);
    for (const id of ["pakistan-coercion-afghan-taliban-act-against-ttp", "pakistan-deportation-afghan-refugees", "pakistan-border-closure-afghanistan", "pakistan-accusation-afghan-taliban-harbouring-ttp"])
      expect([id, activeIn(id, "2022-01-01", "2022-12-31")]).toEqual([id, false]);
  });
  test("Imran Khan is not shown in jail in 2022, when he was Prime Minister", () => {
    expect(activeIn("imran-khan-leads-pakistan-2022", "2022-06-01", "2022-06-01")).toBe(true);
    expect(activeIn("pakistan-jails-imran-khan", "2022-01-01", "2022-12-31")).toBe(false);
  });
  test("no relation of ISKP before 2014, none of the TTP before 2007, no U.S.–Soviet conflict in 1900", () => {
    const early = (actor: string, before: string) =>
      dataSet.relations.filter((r) => (r.source === actor || r.target === actor) && bounds.activeIn(r, -Infinity, parseDay(before) - 1)).map((r) => r.id);
    expect(early("iskp", "2014-01-01")).toEqual([]);
    expect(early("ttp", "2007-01-01")).toEqual([]);
    expect(activeIn("united-states-soviet-union-conflict", "1900-01-01", "1939-12-31")).toBe(false);
  });
  test("Noor Wali Mehsud's leadership is not shown while his three predecessors led, nor dated as if the text gave its start", () => {
    expect(activeIn("noor-wali-mehsud-leads-ttp", "2007-01-01", "2017-12-31")).toBe(false);
    expect(relationById.get("noor-wali-mehsud-leads-ttp")?.periods.map((p) => p.edtf)).toEqual(["2018?/.."]);
  });
});

test("one-off episodes are moments in a span, not states since forever: the PTI protests of over two weeks", () => {
  for (const id of ["pti-protests-pakistan", "pakistan-pti-police-confrontation"]) {
    const [period] = relationById.get(id)!.periods;
    expect([id, period.uncertainPoint, period.start?.edtf]).toEqual([id, true, "2025-12"]);
  }
});

test("a death the text credits to two parties jointly is attributed to neither", () => {
  expect(dataSet.relations.filter((r) => r.type === "targeted-killing").map((r) => r.id)).toEqual([]);
  for (const leader of ["baitullah-mehsud", "hakimullah-mehsud", "mullah-fazlullah"]) expect(actorById.get(leader)?.lifetime?.end?.edtf).toMatch(/^20(09|13|18)$/);
});

test("the relational facts a reading found missing are there", () => {
  for (const [id, type] of [
    ["afghan-taliban-control-al-qaeda", "control"],
    ["ttp-zoning-pakistan-2026", "insurgency"],
    ["pakistan-pti-police-confrontation", "confrontation"],
    ["pakistani-militants-merger-ttp-2007", "merger"],
    ["afghan-taliban-rejects-pakistan-pressure", "rejection"],
    ["pti-demand-imran-khan-transfer", "demand"],
    ["afghan-taliban-sanctuary-ttp-since-2021", "state-patronage"],
  ])
    expect([id, relationById.get(id)?.type]).toEqual([id, type]);
});

test("quotes that do not say what their relation claims are not cited for it", () => {
  const quotes = (id: string) => relationById.get(id)!.evidence.map((e) => e.quote).join(" | ");
  expect(quotes("pakistan-afghan-taliban-historical-ties")).not.toContain("historical entanglements");
  expect(quotes("iran-united-states-war")).not.toContain("in the event of U.S. aggression");
  expect(quotes("afghan-taliban-sanctuary-ttp-since-2021")).not.toContain("correlates");
});

test("a view is a view, not a rivalry with a forced direction", () => {
  const view = relationById.get("india-negative-view-afghan-taliban")!;
  expect([view.type, view.directed]).toEqual(["negative-view", true]);
  expect(dataSet.relations.filter((r) => typeById.get(r.type)?.directed === false && r.directed === true).map((r) => r.id)).toEqual([]);
});
