/**
 * Fields that once cost seconds to hours on files far under the size caps, because a pattern
 * backtracked or an edit distance ran over a field's whole length: each must be refused (or
 * read) at once. The only clock is each test's generous timeout, which a hang overruns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { importCsv } from "../../src/import/csv/import-csv";
import { exportGexf } from "../../src/export/gexf";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { importFaultlinesFiles } from "../../src/import/faultlines/import-faultlines";
import { DateError, MAX_DATE_CHARS, parsePeriod } from "../../src/model/dates";
import { closestMatch, formatDiagnostic, MAX_SUGGESTED_CHARS, MAX_SUGGESTION_CANDIDATES, type Diagnostic } from "../../src/model/diagnostics";
import { readJson } from "../../src/model/json-file";
import { loadDataSet } from "../../src/model/load";
import { readYamlFile } from "../../src/model/yaml-file";
import { fixtureTexts, loadFixture } from "../support/fixtures";

const HANG = 10_000;
const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
const taxonomy = loaded.dataSet.taxonomy;
const report = (ds: readonly Diagnostic[]) => ds.map(formatDiagnostic).join("\n");

describe("a period of '[' and 200,000 dots", () => {
  const DOTS = `[${".".repeat(200_000)}`;
  const TOO_LONG = new RegExp(`it is 200001 characters long, and no date or period this tool reads is over ${MAX_DATE_CHARS}`);

  test("is refused by the period reader, saying how long it is", () => {
    expect(() => parsePeriod(DOTS)).toThrow(DateError);
    expect(() => parsePeriod(DOTS)).toThrow(TOO_LONG);
  }, HANG);

  test("long uncertain points with many dots are read as the short pattern read them", () => {
    expect(parsePeriod("[2014..2015]")).toMatchObject({ uncertainPoint: true, edtf: "[2014..2015]" });
    expect(() => parsePeriod(`[${".".repeat(90)}]`)).toThrow(/not a date this tool reads/);
  }, HANG);

  test("in a CSV cell", () => {
    const r = importCsv(`source,target,type,start\nPakistan,TTP,airstrike,2025-10\nPakistan,TTP,airstrike,${DOTS}\n`, "relations.csv", taxonomy);
    expect(report(r.report.diagnostics)).toMatch(TOO_LONG);
  }, HANG);

  test("in a data file, through the loader (and so `validate`)", () => {
    const texts = fixtureTexts("valid").map((t) => (t.name === "relations.yaml" ? { ...t, text: t.text.replace('"2026-02/2026-03"', JSON.stringify(DOTS)) } : t));
    const result = loadDataSet(texts);
    expect(result.ok).toBe(false);
    expect(report(result.diagnostics)).toMatch(TOO_LONG);
  }, HANG);

  test("in a JSON export", () => {
    const text = readFileSync("test/fixtures/import/faultlines/valid-export.json", "utf8").replace('"edtf": "2026-02/2026-03"', `"edtf": ${JSON.stringify(DOTS)}`);
    const r = importFaultlinesFiles([{ name: "export.json", text }], taxonomy);
    expect(report(r.report.diagnostics)).toMatch(TOO_LONG);
  }, HANG);
});

describe("did you mean, for names tens of thousands of characters long", () => {
  const LONG = "airstrike".repeat(5_556).slice(0, 50_000);
  const many = Array.from({ length: 20_000 }, (_, i) => `${LONG.slice(0, 49_990)}${i}`);

  test("a 50,000-character name among 20,000 as long gets no suggestion", () => {
    expect(closestMatch(LONG, many)).toBeUndefined();
    expect(closestMatch(LONG.slice(0, MAX_SUGGESTED_CHARS + 1), [LONG.slice(0, MAX_SUGGESTED_CHARS)])).toBeUndefined();
  }, HANG);

  test("a name at the length cap, among 100,000 names of its length, is weighed at once", () => {
    const name = "ab".repeat(MAX_SUGGESTED_CHARS / 2);
    const near = Array.from({ length: 100_000 }, (_, i) => `${"cd".repeat(MAX_SUGGESTED_CHARS / 2 - 4)}${String(i).padStart(8, "x")}`);
    expect(closestMatch(name, near)).toBeUndefined();
    expect(closestMatch(name, [...near.slice(0, 10), `${name.slice(0, -1)}c`])).toBe(`${name.slice(0, -1)}c`);
    // Past the cap nothing more is weighed, however close.
    expect(closestMatch(name, [...near.slice(0, MAX_SUGGESTION_CANDIDATES), `${name.slice(0, -1)}c`])).toBeUndefined();
  }, HANG);

  test("a short typo is still suggested among many long names", () => {
    expect(closestMatch("airstirke", [...many.slice(0, 1000), "airstrike"])).toBe("airstrike");
  }, HANG);

  test("an unknown relation type of 50,000 characters in a data file is reported, without a suggestion", () => {
    const texts = fixtureTexts("valid").map((t) => (t.name === "relations.yaml" ? { ...t, text: t.text.replace("type: airstrike", `type: ${LONG}`) } : t));
    const result = loadDataSet(texts);
    expect(result.ok).toBe(false);
    const unknown = result.diagnostics.find((d) => d.path === "relations[0].type");
    expect(unknown?.message).toMatch(/^unknown relation type "airstrike/);
    expect(unknown?.fix).not.toMatch(/Did you mean/);
  }, HANG);
});

describe("a JSON data file with 200,000 tabs between tokens", () => {
  const TABS = "\t".repeat(200_000);

  test("is read as JSON, and a tab at either end is still left to the YAML reader", () => {
    const r = readJson(`{"actors":${TABS}[]${TABS},"x":1}`);
    expect(r.ok && r.data).toEqual({ actors: [], x: 1 });
    expect(readJson(`{"a":${TABS}1}${TABS}`)).toEqual({ ok: false, reason: "a tab before or after the data" });
    expect(readJson(`\uFEFF \n${TABS}{"a":${TABS}1}`)).toEqual({ ok: false, reason: "a tab before or after the data" });
  }, HANG);

  test("loads through the loader", () => {
    const texts = fixtureTexts("valid").map((t) => (t.name === "actors.yaml" ? { ...t, text: JSON.stringify(readYamlFile(t.name, t.text).data).replaceAll(",", `${TABS},`) } : t));
    const result = loadDataSet(texts);
    expect(report(result.diagnostics)).toBe("");
    expect(result.ok).toBe(true);
  }, HANG);
});

describe("GEXF timestamps and intervals holding thousands of spaces", () => {
  const SPACES = " ".repeat(20_000);
  const gexf = (edges: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>\n<edges>\n${edges}\n</edges>\n</graph>\n</gexf>\n`;
  const periodsOf = (edges: string) => {
    const r = importGexf(gexf(edges), "graph.gexf", taxonomy);
    return r.ok ? r.dataSet.relations.map((rel) => rel.periods.map((p) => p.edtf)) : report(r.report.diagnostics);
  };

  test("timestamps padded with spaces are read", () => {
    expect(periodsOf(`<edge source="a" target="b" timestamps="&lt;[${SPACES}2015${SPACES};${SPACES}2017-03${SPACES}]${SPACES}&gt;${SPACES}"/>`)).toEqual([["2015", "2017-03"]]);
    expect(report(importGexf(gexf(`<edge source="a" target="b" timestamps="${SPACES}x${SPACES}"/>`), "graph.gexf", taxonomy).report.diagnostics)).toMatch(/"x" is not a date/);
  }, HANG);

  test("intervals padded with spaces are read, and broken ones skipped", () => {
    expect(periodsOf(`<edge source="a" target="b" intervals="&lt;${SPACES}[${SPACES}2010${SPACES},${SPACES}2011-06${SPACES}]${SPACES};(${SPACES}x${SPACES}&gt;"/>`)).toEqual([["2010/2011-06"]]);
    expect(periodsOf(`<edge source="a" target="b" intervals="[${SPACES}2010${SPACES}${SPACES}x"/>\n<edge source="a" target="b" start="2015"/>`)).toEqual([["../.."], ["2015/.."]]);
  }, HANG);
});

describe("a Faultlines GEXF citation whose last line does not end in ”", () => {
  const data = loaded.dataSet;
  const marked = { ...data, relations: data.relations.map((r, i) => (i === 0 ? { ...r, evidence: [{ ...r.evidence[0], quote: "MARK" }] } : r)) };
  const xml = exportGexf(marked, data.taxonomy, { mode: "dynamic" });

  test.each([
    ["': “' written 200,000 times", `: “${": “".repeat(200_000)}`],
    ["', p. 1: “' written 50,000 times", `${", p. 1: “".repeat(50_000)}`],
  ])("%s: the citation is kept whole as the quote", (_, tail) => {
    expect(xml).toContain("“A test document”, Mar 2026: “MARK”");
    const r = importGexf(xml.replace("MARK”", `MARK${tail}`), "graph.gexf", taxonomy);
    expect(r.ok).toBe(true);
    expect(report(r.report.diagnostics)).toMatch(/the citation lines could not be told apart by source/);
    if (r.ok) expect(r.dataSet.relations[0].evidence[0].quote).toContain(`MARK${tail}`);
  }, HANG);

  test("a reference of 300,000 opening quotes is read at once, and its source has no title", () => {
    const r = importGexf(xml.replace("“A test document”, Mar 2026: “MARK”", `${"“".repeat(300_000)}: “MARK”`), "graph.gexf", taxonomy);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataSet.relations[0].evidence[0].quote).toBe("MARK");
    if (r.ok) expect(r.dataSet.sources.find((s) => s.id === r.dataSet.relations[0].evidence[0].source)?.title).toBe(r.dataSet.relations[0].evidence[0].source);
  }, HANG);
});
