/**
 * The one entry point for imports: the format told from names and content (and from content
 * when the name lies or says nothing), each importer reached with the right files, what cannot
 * be used refused with its reason and fix, files too large refused from their size alone, and
 * every file of the three bad-file corpora giving through it what its own importer's test expects.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { importCsv, MAX_CSV_CHARS } from "../../src/import/csv/import-csv";
import { importGexf, MAX_FILE_CHARS } from "../../src/import/gexf/import-gexf";
import { formatOf, importFiles, sizeProblem, type FileImportResult } from "../../src/import/import-files";
import { fixtureTexts } from "../support/fixtures";
import { checkCorpusCase, corpusCases, corpusFiles, corpusImports } from "../support/import-corpus";
import { readCsvFixture, reportOf, taxonomy } from "./csv/csv-checks";

const GEXF = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="directed">\n<nodes><node id="constructor" label="A"><viz:position x="1" y="2"/></node><node id="b" label="B"><viz:position x="3" y="-4"/></node></nodes>\n<edges><edge id="e" source="constructor" target="b"/></edges>\n</graph>\n</gexf>\n';
const CSV = "source,target,type,start\nPakistan,TTP,airstrike,2025-10\n";
const EXPORT = readFileSync("test/fixtures/import/faultlines/valid-export.json", "utf8");
const bytes = (...values: number[]) => new TextDecoder().decode(new Uint8Array(values));
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0);

const run = (...files: { name: string; text: string }[]) => importFiles(files, taxonomy);
const refusal = (r: FileImportResult) => {
  expect(r.ok, reportOf(r)).toBe(false);
  expect(r.report.diagnostics).toHaveLength(1);
  return r.report.diagnostics[0];
};

describe("formatOf", () => {
  test.each([
    ["graph.gexf", GEXF, "gexf"],
    ["graph.GEXF", "", "gexf"],
    ["graph.xml", GEXF, "gexf"],
    ["graph.txt", GEXF, "gexf"],
    ["graph.json", `\uFEFF  ${GEXF}`, "gexf"],
    ["graph", GEXF, "gexf"],
    ["relations.csv", CSV, "csv"],
    ["relations.tsv", "source\ttarget\ttype\n", "csv"],
    ["relations.txt", CSV, "csv"],
    ["relations", CSV, "csv"],
    ["export.csv", EXPORT, "faultlines"],
    ["export", EXPORT, "faultlines"],
    ["relations.yaml", "relations: []\n", "faultlines"],
    ["actors.yml", "actors: []\n", "faultlines"],
    ["export.json", EXPORT, "faultlines"],
    ["graph.graphml", '<?xml version="1.0"?>\n<graphml/>', "gexf"],
    ["graph.xml", '<?xml version="1.0"?>\n<graphml/>', "gexf"],
  ] as const)("%s holding %j is %s", (name, text, format) => {
    expect(formatOf(name, text)).toBe(format);
  });

  test.each([
    ["notes.md", "# Notes\nnothing here"],
    ["README", "just some words"],
    ["picture.csv", PNG],
    ["graph.gexf", PNG],
    ["book.xlsx", ZIP],
  ])("%s is none of them", (name, text) => {
    expect(formatOf(name, text)).toBeNull();
  });
});

describe("what importFiles refuses, with the reason and the fix", () => {
  test("no file at all", () => {
    const d = refusal(importFiles([], taxonomy));
    expect(d).toMatchObject({ severity: "error", message: "no file was given", fix: expect.stringMatching(/\.gexf.*\.csv.*\.json/) });
  });

  test("a kind of file it does not read names the extension and the ones it accepts", () => {
    const r = run({ name: "notes.md", text: "# Notes\n" });
    expect(r.format).toBeNull();
    expect(refusal(r)).toMatchObject({ file: "notes.md", value: ".md", message: "the file is not a kind this tool imports (.md)", fix: expect.stringMatching(/\.gexf, or \.xml.*\.csv, \.tsv or \.txt.*\.yaml, \.yml, \.json/) });
    expect(refusal(run({ name: "README", text: "words" })).message).toMatch(/its name has no extension, and its content is not GEXF, CSV or JSON/);
  });

  test.each([
    ["graph.csv", PNG, /a PNG image/],
    ["sheet.csv", ZIP, /a ZIP archive \(Excel, Word and OpenDocument files are ZIP archives too\)/],
    ["data.json", bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), /a PDF document/],
    ["dump.csv", `source,target\n${"\u0000".repeat(4)}`, /a binary file, not text/],
  ])("%s, which is not text", (name, text, message) => {
    expect(refusal(run({ name, text }))).toMatchObject({ file: name, message: expect.stringMatching(message), fix: expect.stringMatching(/^Choose a GEXF file/) });
  });

  test("a CSV saved as UTF-16 is told to be saved as UTF-8", () => {
    const utf16 = bytes(0xff, 0xfe, ...[..."source,target,type\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(refusal(run({ name: "list.csv", text: utf16 }))).toMatchObject({ message: "the file is text in UTF-16, and this tool reads UTF-8", fix: expect.stringMatching(/CSV UTF-8/) });
  });

  test("files of different formats at once", () => {
    const r = run({ name: "a.gexf", text: GEXF }, { name: "b.csv", text: CSV });
    expect(r.format).toBeNull();
    expect(refusal(r)).toMatchObject({ file: "a.gexf, b.csv", message: "the files are of different formats (a.gexf is GEXF, b.csv is CSV); one import reads one format", fix: expect.stringMatching(/one at a time/) });
  });

  test("two GEXF files", () => {
    const r = run({ name: "a.gexf", text: GEXF }, { name: "b.gexf", text: GEXF });
    expect(r.format).toBe("gexf");
    expect(refusal(r).message).toMatch(/^2 GEXF files were given/);
  });

  test("two CSV files neither named as an actors file, both named so, or more than two", () => {
    expect(refusal(run({ name: "a.csv", text: CSV }, { name: "b.csv", text: CSV }))).toMatchObject({ message: "two CSV files were given, and neither is named as an actors file", fix: expect.stringMatching(/Put "actors" in the name/) });
    expect(refusal(run({ name: "actors.csv", text: CSV }, { name: "more-actors.csv", text: CSV })).fix).toMatch(/Rename the relation list/);
    const three = run({ name: "a.csv", text: CSV }, { name: "a.actors.csv", text: CSV }, { name: "c.csv", text: CSV });
    expect(three.format).toBe("csv");
    expect(refusal(three)).toMatchObject({ file: "a.csv, a.actors.csv, c.csv", message: expect.stringMatching(/^3 CSV files were given; an import reads one relation list and at most one actors file/) });
  });
});

describe("what importFiles reads", () => {
  test("a relation list with its actors file, in either order, as the CSV importer reads them", () => {
    const [relations, actors] = [{ name: "valid.csv", text: readCsvFixture("valid.csv") }, { name: "valid.actors.csv", text: readCsvFixture("valid.actors.csv") }];
    const direct = importCsv(relations.text, relations.name, taxonomy, { actors: { text: actors.text, fileName: actors.name } });
    expect(direct.ok).toBe(true);
    expect(run(relations, actors)).toEqual({ ...direct, format: "csv" });
    expect(run(actors, relations)).toEqual({ ...direct, format: "csv" });
  });

  test("two names saying actors: the one that also says relations is the relation list", () => {
    const r = run({ name: "actors-relations.csv", text: readCsvFixture("valid.csv") }, { name: "actors.csv", text: readCsvFixture("valid.actors.csv") });
    expect(r.ok, reportOf(r)).toBe(true);
    expect(r.report.file).toBe("actors-relations.csv");
  });

  test("the type mapping reaches the CSV importer, and the unknown types come back", () => {
    const text = readCsvFixture("unknown-type.csv");
    expect(run({ name: "unknown-type.csv", text }).unknownTypes).toEqual(["Raid", "Airstrke"]);
    const mapped = importFiles([{ name: "unknown-type.csv", text }], taxonomy, { typeMapping: { Raid: "airstrike", Airstrke: null } });
    expect(mapped.ok).toBe(true);
    expect(mapped.unknownTypes).toBeUndefined();
    if (mapped.ok) expect(mapped.dataSet.relations.map((r) => r.type)).toEqual(["airstrike", "airstrike", "airstrke"]);
  });

  test("a GEXF file, named .txt, with its positions by actor id as own keys, constructor included", () => {
    const r = run({ name: "graph.txt", text: GEXF });
    expect(r.ok, reportOf(r)).toBe(true);
    expect(r.format).toBe("gexf");
    expect(Object.entries(r.positions ?? {})).toEqual([["constructor", [1, 2]], ["b", [3, -4]]]);
    const direct = importGexf(GEXF, "graph.txt", taxonomy);
    if (!r.ok || !direct.ok) throw new Error("the GEXF file is refused");
    expect(r.dataSet).toEqual(direct.dataSet);
    expect(r.dataSet.actors.map((a) => a.id)).toEqual(["constructor", "b"]);
  });

  test("the four data files, and a JSON export named like a CSV", () => {
    const four = run(...fixtureTexts("valid"));
    expect(four).toMatchObject({ ok: true, format: "faultlines", report: { counts: { actors: 3, relations: 3 } } });
    expect(run({ name: "export.csv", text: EXPORT })).toMatchObject({ ok: true, format: "faultlines" });
  });
});

describe("sizeProblem", () => {
  test("a 300 MB CSV is refused with its size, the limit and a fix", () => {
    expect(sizeProblem("big.csv", 300_000_000)).toMatchObject({ severity: "error", file: "big.csv", value: 300_000_000, message: expect.stringMatching(/^the file is 300\.0 MB, over the 200\.0 MB this tool imports from a CSV file \(ACLED or UCDP event data/), fix: expect.stringMatching(/Split it/) });
  });

  test("each format has its own limit, in its importer's units; at the limit is fine", () => {
    expect(sizeProblem("g.gexf", MAX_FILE_CHARS)).toBeUndefined();
    expect(sizeProblem("g.gexf", MAX_FILE_CHARS + 1)?.message).toMatch(/over the 16\.0 MB this tool imports from a GEXF file/);
    expect(sizeProblem("g.gexf", MAX_FILE_CHARS + 1)?.fix).toMatch(/Filter the graph in Gephi/);
    expect(sizeProblem("r.tsv", MAX_CSV_CHARS)).toBeUndefined();
    expect(sizeProblem("export.json", 30_000_000)).toBeUndefined();
    expect(sizeProblem("export.json", 300_000_000)?.message).toMatch(/300\.0 MB, over the 200\.0 MB this tool imports from a Faultlines data file/);
    expect(sizeProblem("graph", 300_000_000)?.message).toMatch(/^the file is 300\.0 MB, over the 200\.0 MB this tool imports; it was not read$/);
    expect(sizeProblem("graph", 0)).toBeUndefined();
  });
});

describe("the bad-file corpora through importFiles", () => {
  test.each(corpusCases().map((c) => [`${c.format}/${c.fixture}: ${c.message.source}`, c] as const))("%s", (_, c) => {
    const result = importFiles(corpusFiles(c.format, c.fixture), taxonomy);
    expect(result.format).toBe(c.format);
    checkCorpusCase(result, c);
  });

  test("every file of the corpora is read as the format of its folder", () => {
    for (const { format, fixture } of corpusImports()) expect(importFiles(corpusFiles(format, fixture), taxonomy).format, fixture).toBe(format);
  });
});
