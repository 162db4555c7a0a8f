/**
 * The bundled data set: valid with no warnings, every quote placed at a paragraph of a document
 * it cites, and every actor an analyst expects present, findable by the spellings people type,
 * and tied into the graph. That every quote is verbatim, at the paragraph it names, is checked
 * against the documents themselves by `npm run check:sources`: their texts are their
 * publishers' work and not in the repository.
 */
import { describe, expect, test } from "vitest";
import { findActor } from "../../src/model/find-actor";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";

const result = loadDataSet(readBundledData());
if (!result.ok) throw new Error(`the bundled data set does not load:\n${JSON.stringify(result.diagnostics, null, 2)}`);
const { dataSet } = result;

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
