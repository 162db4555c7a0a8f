/**
 * Mutual relations and event evidence in the GEXF export: a mutual relation is written both
 * ways, as two directed edges, and our importer folds the pair back into one undirected
 * relation (and reads other tools' `type="mutual"` as undirected); the evidence's date and
 * deaths are in its citation line, the deaths summed in `fatalities`, and the round trip keeps
 * every quote, source and location.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { exportGexf } from "../../src/export/gexf";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { parsePeriod } from "../../src/model/dates";
import type { DataSet } from "../../src/model/types";
import { loadFixture } from "../support/fixtures";
import { expectValidGexf } from "../support/gexf-checks";

const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the fixture data set does not load");
const fixture = loaded.dataSet;

/** The fixture with event evidence: the truce (mutual) counted twice, the strikes once, the refuge not at all. */
const events: DataSet = {
  ...fixture,
  relations: fixture.relations.map((r) =>
    r.id === "truce"
      ? { ...r, evidence: [{ source: "doc", quote: "a five-day truce", location: "PAK1234", date: parsePeriod("2026-03"), fatalities: 0 }, { source: "doc", quote: "the truce broke", date: parsePeriod("[2026-03-09..2026-03-15]"), fatalities: 3 }] }
      : r.id === "strikes"
        ? { ...r, evidence: [{ ...r.evidence[0], location: "¶2", date: parsePeriod("2025-10-09"), fatalities: 1 }] }
        : r,
  ),
};

const edgesOf = (xml: string) => Array.from(new DOMParser().parseFromString(xml, "text/xml").getElementsByTagName("edge")) as Element[];
const value = (edge: Element, key: string) => (Array.from(edge.getElementsByTagName("attvalue")) as Element[]).find((v) => v.getAttribute("for") === key)?.getAttribute("value");

describe("event evidence in the GEXF", () => {
  const xml = exportGexf(events, events.taxonomy, { mode: "snapshot" });
  const edge = (id: string) => edgesOf(xml).find((e) => e.getAttribute("id") === id)!;

  test("valid, with the deaths summed where the evidence counts them, and none where it does not", async () => {
    await expectValidGexf(xml);
    expect(["strikes", "truce", "truce~reverse", "refuge"].map((id) => value(edge(id), "fatalities"))).toEqual(["1", "3", "3", undefined]);
    expect(exportGexf(fixture, fixture.taxonomy, { mode: "snapshot" })).not.toContain('for="fatalities"');
  });

  test("each citation line gives the event's date at its own precision and its deaths", () => {
    expect(value(edge("truce"), "citation")!.split("\n")).toEqual([
      '“A test document”, Mar 2026 [Mar 2026, 0 deaths], at "PAK1234": “a five-day truce”',
      "“A test document”, Mar 2026 [9 Mar 2026/15 Mar 2026, 3 deaths]: “the truce broke”",
    ]);
    expect(value(edge("strikes"), "citation")).toBe("“A test document”, Mar 2026 [9 Oct 2025, 1 death], ¶2: “Pakistan launched its first airstrikes on Kabul.”");
  });
});

describe("our importer reads our files back", () => {
  test.each(["snapshot", "dynamic"] as const)("%s: one relation per relation, mutual ones undirected, the evidence's quotes, sources and locations kept", async (mode) => {
    const xml = exportGexf(events, events.taxonomy, { mode });
    await expectValidGexf(xml);
    const read = importGexf(xml, `export.gexf`, events.taxonomy);
    if (!read.ok) throw new Error(read.report.diagnostics.map((d) => d.message).join("; "));
    expect(read.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const relations = read.dataSet.relations;
    expect(relations.map((r) => [r.id, r.source, r.target, r.directed])).toEqual(events.relations.map((r) => [r.id, r.source, r.target, r.directed]));
    expect(relations.find((r) => r.id === "truce")?.directed).toBe(false);
    for (const r of events.relations)
      expect(relations.find((x) => x.id === r.id)!.evidence).toEqual(r.evidence.map((e) => ({ source: e.source, quote: e.quote, ...(e.location ? { location: e.location } : {}) })));
  });
});

describe("other tools' files: the general reader", () => {
  const gexf = (edges: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges>${edges}</edges></graph></gexf>\n`;
  const read = (text: string) => {
    const r = importGexf(text, "other.gexf", fixture.taxonomy);
    if (!r.ok) throw new Error(r.report.diagnostics.map((d) => d.message).join("; "));
    return r.dataSet.relations.map((x) => [x.id, x.source, x.target, x.directed]);
  };

  test('type="mutual" (GEXF\'s word for a tie both ways) is an undirected relation', () => {
    expect(read(gexf('<edge id="t" source="a" target="b" type="mutual"/><edge id="s" source="b" target="a"/>'))).toEqual([
      ["t", "a", "b", false],
      ["s", "b", "a", true],
    ]);
  });

  test("an edge and its way back, as our export writes a mutual relation, are one undirected relation", () => {
    expect(read(gexf('<edge id="t" source="a" target="b"/><edge id="t~reverse" source="b" target="a"/>'))).toEqual([["t", "a", "b", false]]);
  });

  test("edges that only look like a pair stay apart: the way back must swap the ends and follow the name", () => {
    expect(read(gexf('<edge id="t" source="a" target="b"/><edge id="t~reverse" source="a" target="b"/>')).map((r) => r[3])).toEqual([true, true]);
    expect(read(gexf('<edge id="t" source="a" target="b"/><edge id="u~reverse" source="b" target="a"/>'))).toHaveLength(2);
  });
});
