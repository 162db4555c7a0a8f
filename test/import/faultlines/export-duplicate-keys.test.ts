/**
 * A JSON export that writes a key twice in one record is refused, as a data file is, at the
 * second key's line: JSON.parse would keep the last value without a word.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../../src/model/diagnostics";
import { importFaultlinesFiles } from "../../../src/import/faultlines/import-faultlines";
import { loadFixture } from "../../support/fixtures";

const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
const EXPORT = readFileSync("test/fixtures/import/faultlines/valid-export.json", "utf8");

test("a relation's source written twice is refused at its line", () => {
  const text = EXPORT.replace('"source": "pakistan",\n      "target": "taliban",', '"source": "pakistan",\n      "source": "ttp",\n      "target": "taliban",');
  expect(text).not.toBe(EXPORT);
  const r = importFaultlinesFiles([{ name: "export.json", text }], loaded.dataSet.taxonomy);
  expect(r.ok).toBe(false);
  const line = text.split("\n").findIndex((l) => l.includes('"source": "ttp"')) + 1;
  expect(r.report.diagnostics.map(formatDiagnostic)).toEqual([
    `export.json:${line}:7: error: (syntax): Map keys must be unique: a key appears twice in one record. Fix: Remove or rename one of the two keys: each key appears once in a record`,
  ]);
});

test("the same export without the repeated key imports", () => {
  expect(importFaultlinesFiles([{ name: "export.json", text: EXPORT }], loaded.dataSet.taxonomy).ok).toBe(true);
});
