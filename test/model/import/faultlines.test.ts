/**
 * Importing the project's own formats: the four data files go through the loader and its report;
 * a JSON export reads back into the data set it was written from (over random data sets with
 * hostile text, too); a corpus of broken exports gives its message, path and line; and random,
 * mutated and hostile files never throw and never reach a prototype.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { exportJsonText, JSON_EXPORT_FORMAT } from "../../../src/export/json";
import { formatDiagnostic } from "../../../src/model/diagnostics";
import { FAULTLINES_EXPORT_FORMAT, importFaultlinesFiles, MAX_FAULTLINES_CHARS, MAX_FAULTLINES_JSON_CHARS } from "../../../src/model/import/faultlines";
import type { ImportResult } from "../../../src/model/import/types";
import type { DataSet } from "../../../src/model/types";
import { readYamlFile } from "../../../src/model/yaml-file";
import { fixtureTexts, loadFixture } from "../../support/fixtures";
import { FAULTLINES_CORPUS as corpus } from "../../support/import-corpus";
import { arbExportDataSet, RICH_TAXONOMY } from "../../support/random-data";
import { checkConsistent, mutations, noPrototypePollution } from "./csv-checks";

const DIR = "test/fixtures/import/faultlines";
const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
const valid = loaded.dataSet;
const taxonomy = valid.taxonomy;

const read = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");
const importFixture = (name: string): ImportResult => importFaultlinesFiles([{ name, text: read(name) }], taxonomy);
const report = (r: ImportResult) => r.report.diagnostics.map(formatDiagnostic).join("\n");
/** What an export keeps of a data set: actors lose their descriptions and lifetimes. */
const exported = (data: DataSet) => ({
  actors: data.actors.map(({ id, label, kind, aliases }) => ({ id, label, kind, aliases })),
  relations: data.relations,
  sources: data.sources,
});

test("the format tag is the one the JSON export writes", () => {
  expect(FAULTLINES_EXPORT_FORMAT).toBe(JSON_EXPORT_FORMAT);
});

describe("the four data files", () => {
  test("are read by the loader, into the same data set", () => {
    const result = importFaultlinesFiles(fixtureTexts("valid"), taxonomy);
    if (!result.ok) throw new Error(report(result));
    expect(result.dataSet).toEqual(valid);
    expect(result.report.counts).toEqual({ actors: 3, relations: 3, sources: 1, types: 4 });
  });

  test("bring the loader's report, file, line and fix, when they are wrong", () => {
    const result = importFaultlinesFiles(fixtureTexts("unknown-actor"), taxonomy);
    expect(result.ok).toBe(false);
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ file: "relations.yaml", line: 4, message: 'unknown actor "talibann"', fix: expect.stringMatching(/Did you mean "taliban"/) }));
  });

  test("a missing file is named; another file beside them is said to be left out", () => {
    const texts = fixtureTexts("valid", ["sources.yaml"]);
    const result = importFaultlinesFiles([...texts, { name: "notes.txt", text: "hello" }], taxonomy);
    expect(result.ok).toBe(false);
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ file: "sources.yaml", message: "there is no sources file" }));
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", file: "notes.txt", message: expect.stringMatching(/not one of the four data files/) }));
  });

  test("YAML nested thousands deep is reported, not thrown", () => {
    const deep = "actors: " + "[".repeat(50_000) + "]".repeat(50_000);
    const result = importFaultlinesFiles([...fixtureTexts("valid", ["actors.yaml"]), { name: "actors.yaml", text: deep }], taxonomy);
    expect(result.ok).toBe(false);
  });
});

describe("a JSON export", () => {
  test("reads back into the data set it was written from", () => {
    const result = importFixture("valid-export.json");
    if (!result.ok) throw new Error(report(result));
    expect(result.report.diagnostics).toEqual([]);
    expect(exported(result.dataSet)).toEqual(exported(valid));
    expect(result.dataSet.taxonomy).toEqual(taxonomy);
    expect(result.report.counts).toMatchObject({ actors: 3, relations: 3, sources: 1, typesAdded: 0, kindsAdded: 0 });
  });

  test("named like a data file, it is still read as an export", () => {
    const result = importFaultlinesFiles([{ name: "relations.json", text: read("valid-export.json") }], taxonomy);
    expect(result.ok, report(result)).toBe(true);
  });

  test("random data sets, hostile text and all, round-trip", () => {
    fc.assert(
      fc.property(arbExportDataSet(12), (data) => {
        const result = importFaultlinesFiles([{ name: "export.json", text: exportJsonText(data, data.taxonomy) }], RICH_TAXONOMY);
        if (!result.ok) throw new Error(report(result));
        expect(result.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(exported(result.dataSet)).toEqual(exported(data));
        checkConsistent(result.dataSet);
      }),
      { numRuns: 150 },
    );
  });
});

describe("each broken or hostile export gives its message, path and line", () => {
  test.each(corpus)("%s", (fixture, expected) => {
    const result = importFixture(fixture);
    const { ok, message, fix, severity = "error", ...place } = expected;
    expect(result.ok, report(result)).toBe(ok);
    const match = result.report.diagnostics.find((d) => message.test(d.message));
    expect(match, `no diagnostic matching ${message} in:\n${report(result)}`).toBeDefined();
    expect(match).toMatchObject({ severity, file: fixture, ...place });
    if (fix) expect(match!.fix).toMatch(fix);
  });

  test("every file of the corpus is covered by the table", () => {
    const covered = new Set(corpus.map(([f]) => f));
    expect(readdirSync(DIR).filter((f) => f !== "valid-export.json" && !covered.has(f))).toEqual([]);
  });

  test("what a broken export still gives is consistent", () => {
    for (const [fixture] of corpus) {
      const result = importFixture(fixture);
      if (result.ok) checkConsistent(result.dataSet);
    }
  });
});

describe("hostile exports", () => {
  test("__proto__ and constructor are ids, kinds and types; HTML and formulas stay text; nothing reaches a prototype", () => {
    noPrototypePollution(() => {
      const result = importFixture("proto-keys.json");
      if (!result.ok) throw new Error(report(result));
      const { actors, relations, sources, taxonomy: grown } = result.dataSet;
      expect(actors).toEqual([
        { id: "__proto__", label: "<img src=x onerror=alert(1)>", kind: "constructor", aliases: ["toString"] },
        { id: "constructor", label: "<script>alert(1)</script>", kind: "proto", aliases: [] },
      ]);
      expect(relations[0]).toMatchObject({ id: "hasOwnProperty", source: "__proto__", target: "constructor", type: "proto", note: "=cmd|' /C calc'!A0", evidence: [{ source: "__proto__", quote: "<b onmouseover=alert(1)>x</b>" }] });
      expect(Object.keys(relations[0]).sort()).toEqual(["confidence", "directed", "evidence", "id", "note", "periods", "source", "target", "type"]);
      expect(sources).toEqual([{ id: "__proto__", title: "javascript:alert(1)" }]);
      expect(grown.types.at(-1)).toMatchObject({ id: "proto", label: "__proto__", family: "unclassified" });
      checkConsistent(result.dataSet);
    });
  });

  test("files over the size limit are refused before they are parsed: JSON past its cap, YAML past its smaller one", () => {
    const json = importFaultlinesFiles([{ name: "export.json", text: " ".repeat(MAX_FAULTLINES_JSON_CHARS + 1) }], taxonomy);
    expect(json.ok).toBe(false);
    expect(json.report.diagnostics[0]).toMatchObject({ file: "export.json", message: expect.stringMatching(/more than the 200\.0 MB this tool imports at once$/) });
    const yaml = importFaultlinesFiles([...fixtureTexts("valid").filter((t) => t.name !== "actors.yaml"), { name: "actors.yaml", text: " ".repeat(MAX_FAULTLINES_CHARS + 1) }], taxonomy);
    expect(yaml.ok).toBe(false);
    expect(yaml.report.diagnostics[0]).toMatchObject({ file: "actors.yaml", message: expect.stringMatching(/more than the 20\.0 MB this tool imports at once$/), fix: expect.stringMatching(/write them as JSON \(\.json\), read up to 200\.0 MB/) });
  });

  test("a .json data file past the YAML cap is read when it is plain JSON, and refused with the reason when it is not", () => {
    const padded = (text: string) => text.replace(/\}\s*$/, `${" ".repeat(MAX_FAULTLINES_CHARS)}}`);
    const valid = fixtureTexts("valid").map((t) => ({ name: t.name.replace(".yaml", ".json"), text: JSON.stringify(readYamlFile(t.name, t.text).data) }));
    const large = valid.map((t) => (t.name === "actors.json" ? { ...t, text: padded(t.text) } : t));
    expect(importFaultlinesFiles(large, taxonomy)).toMatchObject({ ok: true });
    const broken = large.map((t) => (t.name === "actors.json" ? { ...t, text: t.text.replace('"actors":', '"actors": 1, "actors":') } : t));
    const result = importFaultlinesFiles(broken, taxonomy);
    expect(result.ok).toBe(false);
    expect(result.report.diagnostics).toContainEqual(expect.objectContaining({ file: "actors.json", path: "(file)", message: expect.stringMatching(/^the file is 20\.0 MB and not plain JSON \(a key appears twice in one record\); only JSON is read past 20\.0 MB/) }));
  });

  test("no file, or several exports at once, is refused with the fix", () => {
    expect(importFaultlinesFiles([], taxonomy).report.diagnostics[0]).toMatchObject({ message: "no file was given" });
    const two = importFaultlinesFiles([{ name: "a.json", text: "{}" }, { name: "b.json", text: "{}" }], taxonomy);
    expect(two.ok).toBe(false);
    expect(two.report.diagnostics[0].fix).toMatch(/one JSON export at a time/);
  });

  test("JSON nested a hundred thousand deep is reported, not thrown", () => {
    const deep = '{"format":"faultlines/export@1","actors":' + "[".repeat(100_000) + "]".repeat(100_000) + ',"relations":[]}';
    expect(importFaultlinesFiles([{ name: "deep.json", text: deep }], taxonomy).ok).toBe(false);
  });
});

describe("random and mutated exports", () => {
  const KEYS = ["format", "actors", "relations", "sources", "id", "label", "kind", "aliases", "source", "target", "type", "family", "directed", "periods", "edtf", "start", "end", "confidence", "evidence", "quote", "title", "date", "url", "__proto__", "constructor"];
  const arbValue = fc.anything({ key: fc.constantFrom(...KEYS), maxDepth: 4, values: [fc.constantFrom("pakistan", "ttp", "airstrike", "2025", "2025-13", "high", "doc", "__proto__", "faultlines/export@1"), fc.integer(), fc.boolean(), fc.constant(null)] });

  test("any JSON under the right format tag never throws, and what it imports is consistent", () => {
    fc.assert(
      fc.property(arbValue, arbValue, arbValue, (actors, relations, sources) => {
        const text = JSON.stringify({ format: FAULTLINES_EXPORT_FORMAT, actors, relations, sources }) ?? "";
        noPrototypePollution(() => {
          const result = importFaultlinesFiles([{ name: "random.json", text }], taxonomy);
          if (result.ok) checkConsistent(result.dataSet);
        });
      }),
      { numRuns: 500 },
    );
  });

  test("mutations of a valid export never throw, and what they import is consistent", () => {
    fc.assert(
      fc.property(mutations(read("valid-export.json")), (text) => {
        const result = importFaultlinesFiles([{ name: "mutated.json", text }], taxonomy);
        if (result.ok) checkConsistent(result.dataSet);
        else expect(result.report.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("mutations of the data files never throw", () => {
    const texts = fixtureTexts("valid");
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), (which, seed) => {
        const mutated = fc.sample(mutations(texts[which].text), { numRuns: 1, seed })[0];
        const result = importFaultlinesFiles(texts.map((t, i) => (i === which ? { ...t, text: mutated } : t)), taxonomy);
        if (result.ok) checkConsistent(result.dataSet);
      }),
      { numRuns: 200 },
    );
  });
});
