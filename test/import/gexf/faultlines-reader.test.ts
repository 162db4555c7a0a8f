/**
 * Reading back what the GEXF export writes: over random data sets (hostile text, lifetimes,
 * dated changes of kind and label, types' timing, qualified dates, open ends, "[a..b]" moments,
 * several periods a relation), the reader gets back the same actors, relations and periods, in
 * both modes, from files valid against the schema; and it fails with a message naming the
 * element on files it cannot read.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exportGexf } from "../../../src/export/gexf";
import { parsePeriod } from "../../../src/model/dates";
import { importGexf } from "../../../src/import/gexf/import-gexf";
import { readDataDir } from "../../../src/cli/read-data-dir";
import { loadDataSet } from "../../../src/model/load";
import { decodeList, readFaultlinesGexf } from "../../../src/import/gexf/faultlines-reader";
import type { DataSet } from "../../../src/model/types";
import { loadFixture } from "../../support/fixtures";
import { gexfProblems, schemaProblems } from "../../support/gexf-checks";
import { arbExportDataSet, withChanges } from "../../support/random-data";

/**
 * What text becomes in any XML 1.0 file: code points XML forbids (C0 controls other than tab,
 * newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates) replaced by U+FFFD.
 * Written by code point, independently of the exporter's regex.
 */
function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const forbidden = (cp < 0x20 && cp !== 0x9 && cp !== 0xa && cp !== 0xd) || cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff);
    out += forbidden ? "\uFFFD" : ch;
  }
  return out;
}


/** The actors and relations as the reader should give them back. */
function expected(data: DataSet) {
  const family = new Map(data.taxonomy.types.map((t) => [t.id, t.family]));
  const timing = new Map(data.taxonomy.types.map((t) => [t.id, t.timing]));
  return {
    actors: data.actors.map((a) => ({
      id: a.id,
      label: xmlSafe(a.label),
      kind: a.kind,
      aliases: a.aliases.map(xmlSafe),
      ...(a.description ? { description: xmlSafe(a.description) } : {}),
      ...(a.lifetime ? { lifetime: a.lifetime } : {}),
      ...(a.changes?.length
        ? { changes: a.changes.map((c) => ({ ...c, ...(c.label ? { label: xmlSafe(c.label) } : {}), ...(c.note ? { note: xmlSafe(c.note) } : {}) })) }
        : {}),
    })),
    relations: data.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: r.directed,
      periods: r.periods,
      confidence: r.confidence,
      sources: [...new Set(r.evidence.map((e) => e.source))],
      family: family.get(r.type),
      ...(r.note ? { note: xmlSafe(r.note) } : {}),
      ...(timing.get(r.type) ? { timing: timing.get(r.type) } : {}),
    })),
  };
}

const comparable = (read: ReturnType<typeof readFaultlinesGexf>) => ({
  actors: read.actors,
  relations: read.relations.map(({ citation: _, ...rest }) => rest),
});

describe("round trip (property)", () => {
  for (const mode of ["dynamic", "snapshot"] as const)
    test(`${mode}: the same actors, relations and periods come back`, () => {
      fc.assert(
        fc.property(arbExportDataSet().map(withChanges), (data) => {
          const read = readFaultlinesGexf(exportGexf(data, data.taxonomy, { mode }));
          expect(read.mode).toBe(mode);
          expect(comparable(read)).toEqual(expected(data));
          // Each quote, made safe, is in the citation.
          read.relations.forEach((r, i) => data.relations[i].evidence.forEach((e) => expect(r.citation).toContain(xmlSafe(e.quote))));
        }),
        { numRuns: 150 },
      );
    });

  test("every random export is valid against the schema and passes the other checks", async () => {
    await fc.assert(
      fc.asyncProperty(arbExportDataSet(12).map(withChanges), fc.constantFrom("dynamic" as const, "snapshot" as const), async (data, mode) => {
        const viz = { actorColour: () => "#123456", relationColour: () => "#abcdef", position: () => ({ x: 1, y: 2 }), actorSize: () => 5 };
        const xml = exportGexf(data, data.taxonomy, { mode, viz, description: data.actors[0].label });
        expect(await schemaProblems(xml)).toEqual([]);
        expect(gexfProblems(xml)).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // The schema check of 80 files takes some 40 s alone, longer on a busy machine now that each
    // period carries its possible and certain days and actors their kinds over time.
  }, 150_000);
});

describe("the fixture data set", () => {
  const result = loadFixture("valid");
  if (!result.ok) throw new Error("fixture does not load");
  const { dataSet } = result;

  test("comes back whole from a dynamic file, periods and lifetimes as written", () => {
    const read = readFaultlinesGexf(exportGexf(dataSet, dataSet.taxonomy, { mode: "dynamic", description: "Fixture" }));
    expect(read.description).toBe("Fixture");
    expect(read.actors.find((a) => a.id === "ttp")?.lifetime).toEqual(parsePeriod("2007/.."));
    expect(read.relations.map((r) => [r.id, r.directed, r.periods.map((p) => p.edtf)])).toEqual([
      ["strikes", true, ["2025-10", "2026-02/2026-03"]],
      ["truce", false, ["2026-03"]],
      ["refuge", true, ["2015/.."]],
    ]);
  });

  test("survives what Gephi changes: lower-cased attribute ids, reordered values", () => {
    const xml = exportGexf(dataSet, dataSet.taxonomy, { mode: "dynamic" }).replace(/(id|for)="(relationType|startPrecision|endPrecision)"/g, (_, a: string, id: string) => `${a}="${id.toLowerCase()}"`);
    expect(readFaultlinesGexf(xml).relations.map((r) => r.type)).toEqual(["airstrike", "truce", "sanctuary"]);
  });

  test("rebuilds periods from the spells when the EDTF values are gone", () => {
    const xml = exportGexf(dataSet, dataSet.taxonomy, { mode: "dynamic" }).replace(/\s*<attvalue for="(period|startPrecision|endPrecision)"[^>]*\/>/g, "");
    const strikes = readFaultlinesGexf(xml).relations[0];
    expect(strikes.periods.map((p) => [p.edtf, p.first, p.last])).toEqual([
      ["2025-10-01/2025-10-31", parsePeriod("2025-10").first, parsePeriod("2025-10").last],
      ["2026-02-01/2026-03-31", parsePeriod("2026-02").first, parsePeriod("2026-03").last],
    ]);
    expect(readFaultlinesGexf(xml).relations[2].periods.map((p) => p.edtf)).toEqual(["2015-01-01/.."]);
  });
});

describe("known and possible", () => {
  const loaded = loadDataSet(readDataDir("test/fixtures/cli/known-and-possible"));
  if (!loaded.ok) throw new Error("the known-and-possible fixture does not load");
  const data = loaded.dataSet;
  const taliban = data.actors.find((a) => a.id === "taliban")!;

  for (const mode of ["dynamic", "snapshot"] as const)
    test(`${mode}: changes and timing come back; a taxonomy that lacks the types takes their timing from the file`, () => {
      const xml = exportGexf(data, data.taxonomy, { mode });
      const read = readFaultlinesGexf(xml);
      expect(read.actors.find((a) => a.id === "taliban")!.changes).toEqual(taliban.changes);
      expect(read.relations.map((r) => [r.id, r.timing])).toEqual([
        ["strikes", "event"],
        ["truce", "state"],
        ["refuge", "state"],
        ["backing", "state"],
        ["talks", "state"],
      ]);
      const bare = { ...data.taxonomy, types: data.taxonomy.types.map(({ timing: _, ...t }) => t) };
      const imported = importGexf(xml, "known.gexf", bare);
      if (!imported.ok) throw new Error("not imported");
      expect(imported.dataSet.taxonomy.types.map((t) => [t.id, t.timing])).toEqual([
        ["airstrike", "event"],
        ["truce", "state"],
        ["sanctuary", "state"],
      ]);
      expect(imported.dataSet.actors).toEqual(data.actors);
      // The caller's taxonomy stands where it says.
      const own = { ...data.taxonomy, types: data.taxonomy.types.map((t) => (t.id === "truce" ? { ...t, timing: "event" as const } : t)) };
      const kept = importGexf(xml, "known.gexf", own);
      if (!kept.ok) throw new Error("not imported");
      expect(kept.dataSet.taxonomy.types.find((t) => t.id === "truce")!.timing).toBe("event");
    });

  test.each([
    ["changes that are not JSON", (xml: string) => xml.replace(/(for="changes" value=")[^"]*"/, '$1[{oops"'), /the changes .* are not JSON/],
    ["a change without a date", (xml: string) => xml.replace(/&quot;from&quot;:&quot;2021-08&quot;,/, ""), /a change has no date/],
    ["a change with neither kind nor label", (xml: string) => xml.replace(/(for="changes" value=")[^"]*"/, '$1[{&quot;from&quot;:&quot;2021&quot;}]"'), /gives neither a kind nor a label/],
    ["a timing that is neither", (xml: string) => xml.replace('for="timing" value="event"', 'for="timing" value="sometimes"'), /the timing "sometimes" is neither "event" nor "state"/],
  ])("%s is refused, naming the element", (_, edit, message) => {
    const xml = exportGexf(data, data.taxonomy, { mode: "dynamic" });
    const edited = edit(xml);
    expect(edited).not.toBe(xml);
    expect(() => readFaultlinesGexf(edited)).toThrow(message);
  });
});

describe("errors name the element and the problem", () => {
  const result = loadFixture("valid");
  if (!result.ok) throw new Error("fixture does not load");
  const xml = exportGexf(result.dataSet, result.dataSet.taxonomy, { mode: "dynamic" });

  test.each([
    ["not XML", "<gexf", /not well-formed XML/],
    ["another root", "<graphml/>", /root element is <graphml>, not <gexf>/],
    ["no graph", '<gexf xmlns="http://gexf.net/1.3" version="1.3"/>', /<gexf>: there is no <graph>/],
    ["a bad confidence", xml.replace('for="confidence" value="high"', 'for="confidence" value="certain"'), /<edge id="strikes">: the confidence "certain" is not one of low, medium, high/],
    ["a missing kind", xml.replace('<attvalue for="kind" value="state"/>', ""), /<node id="pakistan">: has no value for "kind"/],
    ["a dangling end", xml.replace('source="taliban" target="ttp"', 'source="taliban" target="tpp"'), /<edge id="refuge">: its target "tpp" is not a node/],
    ["a bad period", xml.replace('value="2015/.."', 'value="2015/"'), /<edge id="refuge">: the period "2015\/" is not a period this tool reads \(the end is missing\)/],
    ["a duplicate edge id", xml.replace('<edge id="truce"', '<edge id="strikes"'), /<edge id="strikes">: the id is used by two edges/],
    ["an unreadable lifetime", xml.replace('value="2007/.."', 'value="sometime"'), /<node id="ttp">: the lifetime "sometime"/],
  ])("%s", (_, text, message) => {
    expect(() => readFaultlinesGexf(text)).toThrow(message);
  });
});

test("liststring values: the JSON form, and the bare forms other tools write", () => {
  expect(decodeList('["a", "b\\"c", "d,e"]', "x")).toEqual(["a", 'b"c', "d,e"]);
  expect(decodeList("[a, b]", "x")).toEqual(["a", "b"]);
  expect(decodeList("a|b", "x")).toEqual(["a", "b"]);
  expect(decodeList("", "x")).toEqual([]);
  expect(() => decodeList("['a', \"b]", "<node id=\"n\"> \"aliases\"")).toThrow(/<node id="n"> "aliases": the list/);
});
