/**
 * A comparison of two moments exported as GEXF: valid against the GEXF 1.3 schema and the
 * checks beyond it, each relation carrying its change in a declared `change` attribute; files
 * of one moment declare no such attribute.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { readDataDir } from "../../src/cli/read-data-dir";
import { exportGexf } from "../../src/export/gexf";
import { compareSlices } from "../../src/model/compare";
import { parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import type { Subset } from "../../src/model/subset";
import { expectValidGexf } from "../support/gexf-checks";

const loaded = loadDataSet(readDataDir("graph-data"));
if (!loaded.ok) throw new Error("the bundled data set does not load");
const data = loaded.dataSet;
const index = new RelationIndex(data);
const comparison = compareSlices(applyFilters(index, [{ type: "asOf", day: parseDay("2021-09-01") }]), applyFilters(index, [{ type: "asOf", day: parseDay("2026-03-01") }]));
const relations = comparison.changes.map((c) => c.relation);
const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
const subset: Subset = { actors: data.actors.filter((a) => ends.has(a.id)), relations, sources: data.sources };
const change = (id: string) => comparison.changeOf(id)?.change;

const attribute = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const declared = (Array.from(doc.getElementsByTagName("attribute")) as Element[]).map((a) => a.getAttribute("id"));
  const changes = new Map(
    (Array.from(doc.getElementsByTagName("edge")) as Element[]).map((e) => [
      e.getAttribute("id"),
      (Array.from(e.getElementsByTagName("attvalue")) as Element[]).find((v) => v.getAttribute("for") === "change")?.getAttribute("value"),
    ]),
  );
  return { declared, changes };
};

describe("a comparison as GEXF", () => {
  test.each(["snapshot", "dynamic"] as const)("%s: valid, each relation with its change", async (mode) => {
    const xml = exportGexf(subset, data.taxonomy, { mode, change, description: "Faultlines comparison" });
    await expectValidGexf(xml);
    const { declared, changes } = attribute(xml);
    expect(declared.filter((id) => id === "change")).toHaveLength(1);
    expect(changes.size).toBe(relations.reduce((n, r) => n + (r.directed ? 1 : 2), 0));
    for (const r of relations) {
      expect(changes.get(r.id), r.id).toBe(change(r.id));
      if (!r.directed) expect(changes.get(`${r.id}~reverse`), r.id).toBe(change(r.id));
    }
    expect(changes.get("pakistan-airstrikes-afghan-taliban-2026-02")).toBe("turned");
    expect(new Set(changes.values())).toEqual(new Set(["added", "continuing", "turned"]));
  });

  test("a file of one moment declares no change", () => {
    const { declared, changes } = attribute(exportGexf(subset, data.taxonomy, { mode: "snapshot" }));
    expect(declared).not.toContain("change");
    expect([...changes.values()].every((v) => v === undefined)).toBe(true);
  });
});
