/**
 * The ids a GEXF import makes come from the import kit, as the CSV importer's do: a kind or type
 * in any script gives an id in that script (not an empty one, nor a bare fallback), the same id
 * the CSV importer gives it; node ids keep to the tool's id form; and colliding ids are numbered
 * in file order.
 */
import { describe, expect, test } from "vitest";
import { importCsv } from "../../../src/import/csv/import-csv";
import { importGexf, type GexfImportResult } from "../../../src/import/gexf/import-gexf";
import { loadDataSet } from "../../../src/model/load";
import { fixtureTexts } from "../../support/fixtures";

const loaded = loadDataSet(fixtureTexts("valid"));
if (!loaded.ok) throw new Error("the fixture data set does not load");
const { taxonomy } = loaded.dataSet;

const gexf = (nodes: string, edges: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n` +
  '<attributes class="node"><attribute id="k" title="Kind" type="string"/></attributes>\n' +
  '<attributes class="edge"><attribute id="t" title="Relation type" type="string"/></attributes>\n' +
  `<nodes>${nodes}</nodes>\n<edges>${edges}</edges>\n</graph>\n</gexf>\n`;
const node = (id: string, kind: string) => `<node id="${id}" label="${id}"><attvalues><attvalue for="k" value="${kind}"/></attvalues></node>\n`;

function ok(r: GexfImportResult) {
  if (!r.ok) throw new Error(r.report.diagnostics.map((d) => d.message).join("\n"));
  return r;
}

describe("ids in any script", () => {
  const [taliban, pakistan, fighters, attack] = ["طالبان", "پاکستان", "مقاتلون", "هجوم مسلح"];
  const labelled = (id: string, label: string, kind: string) => `<node id="${id}" label="${label}"><attvalues><attvalue for="k" value="${kind}"/></attvalues></node>\n`;
  const r = ok(importGexf(gexf(labelled("t", taliban, fighters) + labelled("p", pakistan, "state"), `<edge source="p" target="t"><attvalues><attvalue for="t" value="${attack}"/></attvalues></edge>`), "arabic.gexf", taxonomy));

  test("Arabic-script kinds and relation types give ids in that script, not empty ones", () => {
    expect(r.dataSet.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["t", taliban, fighters],
      ["p", pakistan, "state"],
    ]);
    expect(r.dataSet.relations.map((x) => [x.source, x.target, x.type])).toEqual([["p", "t", "هجوم-مسلح"]]);
    expect(r.dataSet.taxonomy.kinds.find((k) => k.id === fighters)?.label).toBe(fighters);
    expect(r.dataSet.taxonomy.types.find((t) => t.id === "هجوم-مسلح")?.label).toBe(attack);
    expect(r.report.diagnostics.find((d) => /^the relation type/.test(d.message))?.message).toBe(`the relation type "${attack}" is not in the taxonomy; added as "هجوم-مسلح" in the family "unclassified"`);
  });

  test("the CSV importer gives the same relation type the same id", () => {
    const csv = importCsv(`source,target,type,start\n${pakistan},${taliban},${attack},2025-10\n`, "arabic.csv", taxonomy);
    if (!csv.ok) throw new Error("the CSV import failed");
    expect(csv.dataSet.relations.map((x) => x.type)).toEqual(r.dataSet.relations.map((x) => x.type));
  });

  test("node ids stay in the tool's id form, which the data files require", () => {
    const ids = ok(importGexf(gexf(node(taliban, "state") + node(`Mullah ${taliban}`, "state"), ""), "ids.gexf", taxonomy)).dataSet.actors.map((a) => a.id);
    expect(ids).toEqual(["node", "mullah"]);
  });
});

describe("colliding ids", () => {
  test("thousands of node ids that make the same id are numbered in file order, the repeats summed up", () => {
    const count = 3000;
    const nodes = Array.from({ length: count }, (_, i) => node(`x${"!".repeat(i + 1)}`, "state")).join("");
    const r = ok(importGexf(gexf(nodes, ""), "collide.gexf", taxonomy));
    expect(r.dataSet.actors.map((a) => a.id)).toEqual(["x", ...Array.from({ length: count - 1 }, (_, i) => `x-${i + 2}`)]);
    const taken = r.report.diagnostics.filter((d) => /which another node already has/.test(d.message));
    expect(taken).toHaveLength(25);
    expect(taken[0].message).toBe('the node id "x!!" would become the actor id "x", which another node already has; it is "x-2"');
    expect(r.report.diagnostics.some((d) => d.message.startsWith(`${count - 1 - 25} more like the 25 above (node-id-taken)`))).toBe(true);
  });

  test("a node id already in the tool's form is kept, even when an earlier node's id would become it", () => {
    const r = ok(importGexf(gexf(node("N1", "state") + node("n1", "state"), '<edge source="n1" target="N1"/>'), "case.gexf", taxonomy));
    expect(r.dataSet.actors.map((a) => [a.id, a.label])).toEqual([
      ["n1-2", "N1"],
      ["n1", "n1"],
    ]);
    expect(r.dataSet.relations.map((x) => [x.source, x.target])).toEqual([["n1", "n1-2"]]);
    expect(r.report.diagnostics.some((d) => d.message === 'the node id "N1" would become the actor id "n1", which another node already has; it is "n1-2"')).toBe(true);
  });
});
