/**
 * The import dialog's wording of a report: the counts sentence, the summary of a failed or
 * successful import, and diagnostics grouped errors first, capped, each line with its place,
 * value and fix. Reports here are both hand-made and the real CSV importer's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../../src/model/diagnostics";
import { importCsv } from "../../../src/import/csv/import-csv";
import { loadDataSet } from "../../../src/model/load";
import { countsSentence, diagnosticGroups, listed, reportLine, reportSummary, shownValue } from "../../../src/ui/import-dialog/report-model";
import { readBundledData } from "../../support/data";

const diagnostic = (severity: Diagnostic["severity"], line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  severity,
  file: "ttp.csv",
  line,
  path: "type",
  message: `message ${line}`,
  fix: `fix ${line}`,
  ...extra,
});

describe("countsSentence", () => {
  test("says a CSV import's counts, known ones in order, zeros left out", () => {
    expect(countsSentence({ rows: 32, relations: 30, skipped: 2, actors: 12, sources: 0, typesAdded: 1, kindsAdded: 0 })).toBe(
      "Read 12 actors and 30 relations from 32 rows; 2 rows skipped; 1 relation type added to the taxonomy.",
    );
  });

  test("says a GEXF import's counts, with singulars", () => {
    expect(
      countsSentence({ nodes: 1, edges: 3, actors: 1, relations: 2, skippedNodes: 0, skippedEdges: 1, periods: 4, positions: 1, kindsAdded: 2, typesAdded: 0, familiesAdded: 1 }),
    ).toBe("Read 1 actor, 2 relations, 4 periods and 1 node position from 1 node and 3 edges; 1 edge skipped; 2 actor kinds and 1 relation family added to the taxonomy.");
  });

  test("keeps zero actors and relations, which are news, and words counts it does not know", () => {
    expect(countsSentence({ relations: 0, actors: 0, rows: 2, skipped: 2 })).toBe("Read 0 actors and 0 relations from 2 rows; 2 rows skipped.");
    expect(countsSentence({ actors: 3, evidenceQuotes: 1200, "odd_key": 2, unused: 0 })).toBe("Read 3 actors, 1,200 evidence quotes and 2 odd key.");
    expect(countsSentence({})).toBe("");
  });
});

test("listed joins with commas and a final and", () => {
  expect([listed([]), listed(["a"]), listed(["a", "b"]), listed(["a", "b", "c"])]).toEqual(["", "a", "a and b", "a, b and c"]);
});

describe("reportSummary", () => {
  test("a failed import says nothing changed, naming the file and how many problems", () => {
    const report = { file: "bad.csv", counts: { rows: 2 }, diagnostics: [diagnostic("error", 2), diagnostic("error", 3), diagnostic("warning", 4)] };
    expect(reportSummary(false, report)).toBe("Nothing was imported from bad.csv: 2 problems, listed below. The data on screen is unchanged.");
    expect(reportSummary(false, { ...report, diagnostics: [] })).toBe("Nothing was imported from bad.csv: the file could not be used. The data on screen is unchanged.");
  });

  test("a successful import says its counts, or at least the file", () => {
    expect(reportSummary(true, { file: "a.gexf", counts: { actors: 2, relations: 1 }, diagnostics: [] })).toBe("Read 2 actors and 1 relation.");
    expect(reportSummary(true, { file: "a.gexf", counts: {}, diagnostics: [] })).toBe("Read a.gexf.");
  });
});

describe("diagnosticGroups", () => {
  test("puts errors before warnings, keeping each group's order, and leaves out empty groups", () => {
    const groups = diagnosticGroups([diagnostic("warning", 1), diagnostic("error", 5), diagnostic("warning", 2), diagnostic("error", 3)]);
    expect(groups.map((g) => [g.severity, g.title, g.lines.map((l) => l.where)])).toEqual([
      ["error", "2 errors: what was skipped or refused", ["ttp.csv:5", "ttp.csv:3"]],
      ["warning", "2 warnings: what was guessed or added", ["ttp.csv:1", "ttp.csv:2"]],
    ]);
    expect(diagnosticGroups([diagnostic("warning", 1)]).map((g) => g.title)).toEqual(["1 warning: what was guessed or added"]);
    expect(diagnosticGroups([])).toEqual([]);
  });

  test("caps the lines and counts the rest", () => {
    const many = Array.from({ length: 450 }, (_, i) => diagnostic("error", i + 1));
    const [errors] = diagnosticGroups(many);
    expect([errors.total, errors.lines.length, errors.hidden, errors.lines.at(-1)!.where]).toEqual([450, 200, 250, "ttp.csv:200"]);
    expect(diagnosticGroups(many, 500)[0].hidden).toBe(0);
  });
});

describe("reportLine", () => {
  test("gives file:line:column, the place with the record, the value and the fix, capitalised", () => {
    const line = reportLine(diagnostic("error", 12, { column: 3, path: "relations[3].type", recordId: "r-3", value: "Raid", message: "the type is unknown", fix: "map it" }));
    expect(line).toEqual({ where: "ttp.csv:12:3", place: "relations[3].type (r-3)", message: "The type is unknown", value: '"Raid"', fix: "Map it" });
  });

  test("names the file alone when the problem is the whole file, and leaves out a topic for a path", () => {
    const line = reportLine({ severity: "error", file: "a.csv", path: "(file)", message: "empty", fix: "fill it" });
    expect([line.where, line.place, line.value]).toEqual(["a.csv", "", ""]);
    expect(reportLine({ severity: "warning", file: "a.csv", line: 2, path: "(kind)", message: "m", fix: "f" }).place).toBe("");
  });

  test("shows values as written, cut when long, whatever their type", () => {
    expect([shownValue(undefined), shownValue(3), shownValue(null), shownValue(["a"]), shownValue("")]).toEqual(["", "3", "null", '["a"]', '""']);
    const long = shownValue("x".repeat(500));
    expect([long.length, long.endsWith("…")]).toEqual([120, true]);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(shownValue(cycle)).toBe("[object Object]");
    expect(shownValue(10n)).toBe("10");
  });
});

test("words a real CSV report: rows skipped as errors, then the guesses", () => {
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data set does not load");
  const text = readFileSync("test/fixtures/import/csv/all-rows-bad.csv", "utf8");
  const result = importCsv(text, "all-rows-bad.csv", loaded.dataSet.taxonomy);
  expect(result.ok).toBe(false);
  expect(reportSummary(result.ok, result.report)).toBe("Nothing was imported from all-rows-bad.csv: 4 problems, listed below. The data on screen is unchanged.");
  const [errors] = diagnosticGroups(result.report.diagnostics);
  expect(errors.lines.map((l) => l.where)).toEqual(["all-rows-bad.csv:2", "all-rows-bad.csv:3", "all-rows-bad.csv:3", "all-rows-bad.csv"]);
  expect(errors.lines[2]).toMatchObject({ place: "start", value: '"someday"', message: expect.stringMatching(/^The start date cannot be read/) });
});

test("says an event import's counts in words, the events left out once, in total", () => {
  expect(countsSentence({ rows: 8, events: 8, skipped: 0, actors: 3, relations: 3, periods: 4, sources: 1, actorsMatched: 2, actorsCreated: 1, deaths: 10, leftOut: 2, "left out (Violence against civilians: Attack)": 2, sameActor: 0, kindsAdded: 1 })).toBe(
    "Read 3 actors, 3 relations, 4 periods, 1 source document, 8 events, 10 deaths, 2 actors matched and 1 actor created from 8 rows; 2 events left out; 1 actor kind added to the taxonomy.",
  );
});
