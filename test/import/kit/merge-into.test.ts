/**
 * An imported data set merged into another: actors matched by label and alias (and the naming
 * rules), relations re-pointed, ids unique, the taxonomy and the sources united (the same id and
 * content once, the same id with other content renamed), and the report naming what happened.
 */
import { describe, expect, test } from "vitest";
import { mergeInto, uniteTaxonomy } from "../../../src/import/kit/merge-into";
import { rowNotes } from "../../../src/import/kit/report";
import { parsePeriod } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import type { DataSet, Relation, RelationType } from "../../../src/model/types";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data does not load");
const bundled = loaded.dataSet;

const type = (id: string, family = "hostile"): RelationType => ({ id, label: id, family, sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null });
const relation = (id: string, source: string, target: string, t = "airstrike", evidenceSource = "gexf-file"): Relation => ({
  id,
  source,
  target,
  type: t,
  directed: true,
  periods: [parsePeriod("2025-10")],
  confidence: "medium",
  evidence: [{ source: evidenceSource, quote: "q" }],
});

const imported: DataSet = {
  taxonomy: { families: [{ id: "hostile", label: "Hostile", description: "Something else" }], types: [type("airstrike", "hostile"), type("raid")], kinds: [{ id: "state", label: "State", description: "A state or its government, institutions and armed forces." }] },
  actors: [
    { id: "n1", label: "Tehrik-e-Taliban Pakistan", kind: "state", aliases: [] },
    { id: "n2", label: "Islamabad govt", kind: "state", aliases: ["Government of Pakistan (2018-)"] },
    { id: "pakistan", label: "Pakistan Muslim League", kind: "state", aliases: [] },
    { id: "n4", label: "Civilians (Pakistan)", kind: "state", aliases: [] },
  ],
  relations: [relation("r1", "n2", "n1"), relation("r2", "pakistan", "n4", "raid"), relation("pakistan-airstrikes-ttp-2026-02", "n1", "n2")],
  sources: [{ id: "gexf-file", title: "a.gexf", file: "a.gexf" }],
};

describe("mergeInto", () => {
  const notes = rowNotes("a.gexf");
  const { dataSet, matches } = mergeInto(bundled, imported, notes);
  const report = notes.finish();

  test("actors are matched by label, then alias and the naming rules; the rest added under ids of their own", () => {
    expect(matches).toEqual([
      { name: "Tehrik-e-Taliban Pakistan", actor: "ttp", how: "alias", events: 2 },
      { name: "Government of Pakistan (2018-)", actor: "pakistan", how: "rule", rule: expect.stringMatching(/span of years/), events: 2 },
      { name: "Pakistan Muslim League", actor: "pakistan-2", how: "created", events: 1 },
      { name: "Civilians (Pakistan)", actor: "n4", how: "created", events: 1 },
    ]);
    expect(dataSet.actors.slice(0, bundled.actors.length)).toEqual(bundled.actors);
    expect(dataSet.actors.slice(bundled.actors.length).map((a) => a.id)).toEqual(["pakistan-2", "n4"]);
  });

  test("relations are re-pointed, ids kept unique, the base's relations untouched", () => {
    const added = dataSet.relations.slice(bundled.relations.length);
    expect(dataSet.relations.slice(0, bundled.relations.length)).toEqual(bundled.relations);
    expect(added.map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      ["r1", "pakistan", "ttp", "airstrike-2"],
      ["r2", "pakistan-2", "n4", "raid"],
      ["pakistan-airstrikes-ttp-2026-02-2", "ttp", "pakistan", "airstrike-2"],
    ]);
    expect(new Set(dataSet.relations.map((r) => r.id)).size).toBe(dataSet.relations.length);
  });

  test("the taxonomy is united: the same item once, the same id with other content renamed and its users re-pointed", () => {
    const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
    expect(ids(dataSet.taxonomy.kinds)).toEqual(ids(bundled.taxonomy.kinds));
    expect(ids(dataSet.taxonomy.families)).toEqual([...ids(bundled.taxonomy.families), "hostile-2"]);
    expect(dataSet.taxonomy.types.find((t) => t.id === "airstrike-2")?.family).toBe("hostile-2");
    expect(dataSet.taxonomy.types.find((t) => t.id === "raid")?.family).toBe("hostile-2");
    expect(dataSet.sources.at(-1)).toEqual(imported.sources[0]);
  });

  test("the report lists the matches with their rule, the actors added and the renames", () => {
    const messages = report.map((d) => d.message);
    expect(messages).toContain('the imported actor "Tehrik-e-Taliban Pakistan" is the actor "TTP" (ttp) of the data set, by its alias; its relations join that actor');
    expect(messages.some((m) => /"Government of Pakistan \(2018-\)" is the actor "Pakistan" .* by rule \(a trailing span of years/.test(m))).toBe(true);
    expect(messages).toContain('2 imported actors are new to the data set and added: "Pakistan Muslim League", "Civilians (Pakistan)"');
    expect(messages.some((m) => /^imported types whose id the data set gives to something else are renamed \(1\): airstrike → airstrike-2$/.test(m))).toBe(true);
  });

  test("the result loads with the model's loader", () => {
    const period = (p: { edtf: string }) => p.edtf;
    const files = {
      taxonomy: dataSet.taxonomy,
      actors: { actors: dataSet.actors.map((a) => ({ ...a, ...(a.lifetime ? { lifetime: period(a.lifetime) } : {}), ...(a.changes ? { changes: a.changes.map((c) => ({ ...c, from: c.from.edtf })) } : {}) })) },
      relations: { relations: dataSet.relations.map((r) => ({ ...r, periods: r.periods.map(period), evidence: r.evidence.map((e) => ({ ...e, ...(e.date ? { date: period(e.date) } : {}) })) })) },
      sources: { sources: dataSet.sources.map((s) => ({ ...s, ...(s.date ? { date: s.date.edtf } : {}) })) },
    };
    const result = loadDataSet(Object.entries(files).map(([name, data]) => ({ name: `${name}.json`, text: JSON.stringify(data) })));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

test("merging a data set into itself changes nothing", () => {
  const notes = rowNotes("self.json");
  const { dataSet, matches } = mergeInto(bundled, bundled, notes);
  expect(dataSet).toEqual(bundled);
  expect(matches.every((m) => m.how === "label")).toBe(true);
  expect(notes.finish().some((d) => /relations are already in the data set, the same in every field/.test(d.message))).toBe(true);
});

test("two imported actors matched to one make their relation a loop, left out and reported", () => {
  const notes = rowNotes("b.csv");
  const pair: DataSet = { ...imported, actors: [{ id: "x", label: "Pakistan", kind: "state", aliases: [] }, { id: "y", label: "Islamabad", kind: "state", aliases: [] }], relations: [relation("loop", "x", "y")] };
  const { dataSet } = mergeInto(bundled, pair, notes);
  expect(dataSet.relations).toHaveLength(bundled.relations.length);
  expect(notes.finish().find((d) => d.severity === "error")?.message).toMatch(/"loop" is left out: both its actors .* are the actor "pakistan"/);
});

test("uniteTaxonomy can keep the base's items only, for a vocabulary offered", () => {
  const { taxonomy, renamed } = uniteTaxonomy(bundled.taxonomy, imported.taxonomy, "drop");
  expect(taxonomy.types.map((t) => t.id)).toEqual([...bundled.taxonomy.types.map((t) => t.id), "raid"]);
  expect(renamed.types.size).toBe(0);
});
