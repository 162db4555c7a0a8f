/**
 * CSV import: the valid files read as expected; a corpus of broken and hostile files, each with
 * the message, line and fix it must give; unknown relation types and the user's mapping; content
 * that must stay data; and the limits that keep a hostile file cheap.
 */
import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import { formatDiagnostic } from "../../../src/model/diagnostics";
import { importCsv, MAX_CSV_CHARS } from "../../../src/import/csv/import-csv";
import { MAX_LISTED_DIAGNOSTICS } from "../../../src/import/kit/report";
import { CSV_CORPUS as corpus } from "../../support/import-corpus";
import { checkConsistent, CSV_DIR, importCsvFixture, noPrototypePollution, readCsvFixture, reportOf, taxonomy } from "./csv-checks";

describe("valid files", () => {
  test("a relation list with an actors file reads every column", () => {
    const result = importCsvFixture("valid.csv");
    expect(reportOf(result)).toBe("");
    if (!result.ok) throw new Error(reportOf(result));
    const { actors, relations, sources, taxonomy: grown } = result.dataSet;
    expect(grown).toEqual(taxonomy);
    expect(actors).toEqual([
      { id: "pakistan", label: "Pakistan", kind: "state", aliases: ["Islamabad", "GoP"] },
      { id: "taliban", label: "Afghan Taliban", kind: "armed-group", aliases: ["IEA", "Taliban"] },
      { id: "ttp", label: "TTP", kind: "armed-group", aliases: ["Tehrik-i-Taliban Pakistan"] },
    ]);
    expect(sources).toEqual([
      { id: "a-test-document", title: "A test document" },
      { id: "example-org-truce", title: "https://example.org/truce", url: "https://example.org/truce" },
    ]);
    expect(relations.map((r) => ({ ...r, periods: r.periods.map((p) => p.edtf) }))).toEqual([
      { id: "strikes", source: "pakistan", target: "taliban", type: "airstrike", directed: true, periods: ["2025-10"], confidence: "high", evidence: [{ source: "a-test-document", quote: "Pakistan launched its first airstrikes on Kabul." }] },
      { id: "strikes-2", source: "pakistan", target: "taliban", type: "airstrike", directed: true, periods: ["2026-02/2026-03"], confidence: "high", evidence: [{ source: "a-test-document", quote: 'Strikes resumed, "heavier" than before' }] },
      { id: "truce", source: "pakistan", target: "taliban", type: "truce", directed: false, periods: ["2026-03"], confidence: "medium", evidence: [{ source: "example-org-truce", quote: "a five-day truce" }], note: "Brokered by Qatar\nand Turkey" },
      { id: "refuge", source: "taliban", target: "ttp", type: "sanctuary", directed: true, periods: ["2015/.."], confidence: "high", evidence: [{ source: "a-test-document", quote: "found refuge with the Taliban" }] },
    ]);
    expect(relations[0].periods[0]).toEqual(parsePeriod("2025-10"));
    expect(result.report.counts).toMatchObject({ rows: 4, relations: 4, skipped: 0, actors: 3, sources: 2 });
  });

  test("without an actors file, actors are made from the names, once each, in any case, with the kind 'actor' added and said once", () => {
    const result = importCsv(readCsvFixture("valid.csv"), "valid.csv", taxonomy);
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.dataSet.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["pakistan", "Pakistan", "actor"],
      ["afghan-taliban", "Afghan Taliban", "actor"],
      ["islamabad", "Islamabad", "actor"],
      ["taliban", "Taliban", "actor"],
      ["ttp", "TTP", "actor"],
    ]);
    expect(result.dataSet.taxonomy.kinds.at(-1)).toEqual({ id: "actor", label: "Actor" });
    expect(result.report.diagnostics.filter((d) => /kind "actor"/.test(d.message))).toHaveLength(1);
  });

  test("tab- and semicolon-separated files, synonyms for the columns, and the date forms people write", () => {
    const tsv = importCsvFixture("valid.tsv");
    if (!tsv.ok) throw new Error(reportOf(tsv));
    expect(tsv.dataSet.relations.map((r) => [r.source, r.target, r.type, r.periods[0].edtf, r.note])).toEqual([
      ["pakistan", "ttp", "airstrike", "2025-10-09", "over Kabul, at night"],
      ["ttp", "pakistan", "airstrike", "2025-10", undefined],
    ]);
    const semicolon = importCsvFixture("semicolon.csv");
    if (!semicolon.ok) throw new Error(reportOf(semicolon));
    expect(semicolon.dataSet.relations.map((r) => r.periods[0].edtf)).toEqual(["2025-10-09", "2025-10-19/2025-10-25"]);
    const settled = importCsvFixture("settled-date.csv");
    if (!settled.ok) throw new Error(reportOf(settled));
    expect(settled.dataSet.relations.map((r) => r.periods[0].edtf)).toEqual(["2025-04-03", "2025-10-25"]);
  });
});

describe("each broken or hostile file gives its message, line and fix", () => {
  test.each(corpus)("%s", (fixture, expected) => {
    const result = importCsvFixture(fixture);
    const { ok, message, fix, skipped, severity = "error", ...place } = expected;
    expect(result.ok, reportOf(result)).toBe(ok);
    const match = result.report.diagnostics.find((d) => message.test(d.message));
    expect(match, `no diagnostic matching ${message} in:\n${reportOf(result)}`).toBeDefined();
    expect(match).toMatchObject({ severity, file: place.file ?? fixture, ...place });
    if (fix) expect(match!.fix).toMatch(fix);
    if (skipped !== undefined) expect(result.report.counts.skipped).toBe(skipped);
    expect(formatDiagnostic(match!)).toMatch(new RegExp(`^${(place.file ?? fixture).replace(/\./g, "\\.")}${place.line ? `:${place.line}` : ""}: ${severity}: .*Fix: `));
  });

  test("every file of the corpus is covered, here or in a test of its own", () => {
    const elsewhere = ["valid.csv", "valid.actors.csv", "valid.tsv", "semicolon.csv", "formula-injection.csv", "html-labels.csv", "unknown-actor.actors.csv", "duplicate-actor.actors.csv"];
    const covered = new Set([...corpus.map(([f]) => f), ...elsewhere]);
    expect(readdirSync(CSV_DIR).filter((f) => !covered.has(f))).toEqual([]);
  });

  test("every fixture imports without throwing, and a successful one is consistent", () => {
    for (const [fixture] of corpus) {
      const result = importCsvFixture(fixture);
      if (result.ok) checkConsistent(result.dataSet);
    }
  });
});

describe("relation types the taxonomy lacks", () => {
  test("are listed for the app to ask about, kept as types of their own meanwhile", () => {
    const result = importCsvFixture("unknown-type.csv");
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.unknownTypes).toEqual(["Raid", "Airstrke"]);
    expect(result.dataSet.relations.map((r) => r.type)).toEqual(["raid", "raid", "airstrke"]);
    expect(result.dataSet.taxonomy.types.slice(-2).map((t) => [t.id, t.label, t.family])).toEqual([
      ["raid", "Raid", "unclassified"],
      ["airstrke", "Airstrke", "unclassified"],
    ]);
    expect(result.dataSet.taxonomy.families.at(-1)?.id).toBe("unclassified");
  });

  test("with the user's answers: mapped to a type of the taxonomy, or kept on purpose", () => {
    const result = importCsvFixture("unknown-type.csv", { typeMapping: { RAID: "Air strike", Airstrke: null } });
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.unknownTypes).toBeUndefined();
    expect(result.dataSet.relations.map((r) => r.type)).toEqual(["airstrike", "airstrike", "airstrke"]);
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ line: 2, message: 'the relation type "Raid" is read as "Air strike" (airstrike), as mapped' }));
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ line: 4, message: expect.stringMatching(/"Airstrke" is kept as a type of its own \("airstrke"\), as mapped/) }));
  });

  test("a mapping to a type the taxonomy lacks is reported, and the name kept as its own type", () => {
    const result = importCsvFixture("unknown-type.csv", { typeMapping: { Raid: "airstrik" } });
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.unknownTypes).toEqual(["Airstrke"]);
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", line: 2, value: "airstrik", fix: expect.stringMatching(/did you mean "airstrike"/) }));
  });

  test('a mapping keyed "__proto__" (as JSON.parse makes it) is a name like any other', () => {
    const result = importCsvFixture("proto-keys.csv", { typeMapping: JSON.parse('{"__proto__": "airstrike", "constructor": null}') });
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.dataSet.relations.map((r) => r.type)).toEqual(["airstrike", "airstrike", "constructor"]);
    expect(result.unknownTypes).toBeUndefined();
  });
});

describe("hostile content is data", () => {
  test("spreadsheet formulas are kept as text, verbatim", () => {
    const result = importCsvFixture("formula-injection.csv");
    if (!result.ok) throw new Error(reportOf(result));
    expect(result.dataSet.actors.map((a) => a.label)).toEqual(["=cmd|' /C calc'!A0", "TTP", "@SUM(A1)", "-2+3"]);
    expect(result.dataSet.relations.map((r) => [r.evidence[0].quote, r.note])).toEqual([
      ['=HYPERLINK("http://evil.example","click")', "+SUM(1;2)"],
      ["=1+1", "=1+1"],
    ]);
  });

  test("HTML and script are kept as text, and only http(s) addresses become links", () => {
    const result = importCsvFixture("html-labels.csv");
    if (!result.ok) throw new Error(reportOf(result));
    const [relation] = result.dataSet.relations;
    expect(result.dataSet.actors[0].label).toBe("<img src=x onerror=alert(1)>");
    expect(result.dataSet.taxonomy.types.find((t) => t.id === relation.type)?.label).toBe("<b>raid</b>");
    expect(relation.evidence[0].quote).toBe("<script>alert('x')</script>");
    expect(relation.note).toBe('<a href="javascript:alert(1)">note</a>');
    expect(result.dataSet.sources).toEqual([{ id: "javascript-alert-1", title: "javascript:alert(1)" }]);
  });

  test("__proto__, constructor and friends are actors, types and headers, and reach no prototype", () => {
    noPrototypePollution(() => {
      const result = importCsvFixture("proto-keys.csv");
      if (!result.ok) throw new Error(reportOf(result));
      expect(result.dataSet.actors.map((a) => [a.id, a.label])).toEqual([
        ["proto", "__proto__"],
        ["constructor", "constructor"],
        ["tostring", "toString"],
        ["hasownproperty", "hasOwnProperty"],
        ["prototype", "prototype"],
      ]);
      expect(result.unknownTypes).toEqual(["__proto__", "constructor"]);
      checkConsistent(result.dataSet);
      importCsv("source,target,type,start\n__proto__,b,x,2025\n", "p.csv", taxonomy, { actors: { text: "id,label,kind,aliases,__proto__\n__proto__,constructor,__proto__,toString|valueOf,{}\nb,B,state,\n", fileName: "a.csv" } });
    });
  });
});

describe("limits", () => {
  test("a file over the size limit is refused before it is read", () => {
    const big = "x".repeat(MAX_CSV_CHARS + 1);
    const result = importCsv(big, "huge.csv", taxonomy);
    expect(result.ok).toBe(false);
    expect(result.report.diagnostics[0]).toMatchObject({ file: "huge.csv", message: expect.stringMatching(/^the file is 20\.0 MB, more than the 20\.0 MB/), fix: expect.stringMatching(/Split it/) });
    const viaActors = importCsv(readCsvFixture("valid.csv"), "valid.csv", taxonomy, { actors: { text: big, fileName: "actors.csv" } });
    expect(viaActors.report.diagnostics[0]).toMatchObject({ file: "actors.csv", message: expect.stringMatching(/more than/) });
  });

  test("a file with thousands of bad rows gives a bounded report that says how many more there were", () => {
    const text = "source,target,type,start\n" + "a,b,airstrike,never\n".repeat(2000);
    const result = importCsv(text, "bad.csv", taxonomy);
    expect(result.ok).toBe(false);
    expect(result.report.counts.skipped).toBe(2000);
    expect(result.report.diagnostics).toHaveLength(MAX_LISTED_DIAGNOSTICS + 1);
    expect(result.report.diagnostics.at(-1)?.message).toMatch(/^1501 more problems are not listed/);
  });

  // Its speed is measured by the benchmark; here, a reading that slowed with each repeat of a
  // name would not finish within the test's timeout.
  test("a large file of the same pair over and over gives each relation its own id, numbered in order", () => {
    const text = "source,target,type,start\n" + "Pakistan,TTP,airstrike,2025-10\n".repeat(100_000);
    const result = importCsv(text, "big.csv", taxonomy);
    if (!result.ok) throw new Error(reportOf(result));
    const ids = result.dataSet.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(100_000);
    expect([ids[0], ids[1], ids.at(-1)]).toEqual(["pakistan-airstrike-ttp", "pakistan-airstrike-ttp-2", "pakistan-airstrike-ttp-100000"]);
    expect(result.dataSet.actors.map((a) => a.id)).toEqual(["pakistan", "ttp"]);
    expect(result.report.counts).toMatchObject({ rows: 100_000, relations: 100_000, skipped: 0 });
  });
});

describe("progress", () => {
  test("reports rows read every few thousand rows, ending at the file's total", () => {
    const rows = ["source,target,type,start", ...Array.from({ length: 12_001 }, (_, i) => `A${i % 50},B${i % 70},airstrike,2020-01`)];
    const calls: [number, number][] = [];
    const result = importCsv(rows.join("\n"), "events.csv", taxonomy, { onRows: (done, total) => calls.push([done, total]) });
    expect(result.ok).toBe(true);
    expect(calls).toEqual([
      [0, 12_001],
      [5_000, 12_001],
      [10_000, 12_001],
      [12_001, 12_001],
    ]);
  });
});
