/**
 * The data-directory writer against the model's own loader: whatever data set is written, the
 * four files load back into the same data set, hostile text, every date form, evidence dates and
 * deaths included; and a data set the data files cannot hold as it is (relations with no
 * evidence, as GEXF gives them) is written as it is, the loader naming each place to complete.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DATA_DIR_FILES, dataDirChunks, dataDirFiles } from "../../src/export/data-dir";
import { parsePeriod } from "../../src/model/dates";
import { errorsIn } from "../../src/model/diagnostics";
import { loadDataSet, type LoadResult } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { arbExportDataSet, withChanges } from "../support/random-data";

const load = (files: Record<string, string>): LoadResult => loadDataSet(Object.entries(files).map(([name, text]) => ({ name, text })));
const loaded = (result: LoadResult): DataSet => {
  if (!result.ok) throw new Error(`the written files do not load:\n${errorsIn(result.diagnostics).map((d) => `${d.file}:${d.line} ${d.path} ${d.message}`).join("\n")}`);
  return result.dataSet;
};

/** The data files' rule for text: not empty or only blanks (common.schema.json "text"). */
const sound = (text: string) => (/\S/.test(text) ? text : `x${text}`);

/** A generated data set made to meet the data files' rules on text, with event dates and deaths on some evidence. */
function meetingTheRules(data: DataSet, dates: readonly string[]): DataSet {
  return {
    ...data,
    actors: data.actors.map((a) => ({
      ...a,
      label: sound(a.label),
      aliases: a.aliases.map(sound),
      ...(a.description ? { description: sound(a.description) } : {}),
      ...(a.changes ? { changes: a.changes.map((c) => ({ ...c, ...(c.label ? { label: sound(c.label) } : {}), ...(c.note ? { note: sound(c.note) } : {}) })) } : {}),
    })),
    relations: data.relations.map((r, i) => ({
      ...r,
      ...(r.note ? { note: sound(r.note) } : {}),
      evidence: r.evidence.map((e, j) => ({
        ...e,
        quote: sound(e.quote),
        ...((i + j) % 3 === 0 ? { date: parsePeriod(dates[(i + j) % dates.length]), fatalities: (i * 7 + j) % 4 } : {}),
      })),
    })),
  };
}

const EVENT_DATES = ["2025-03-04", "2025-03", "2025", "[2025-03-03..2025-03-09]", "2024-02-29"];

describe("the data directory written from a data set", () => {
  test("loads back into the same data set, whatever its text, dates and directions", () => {
    fc.assert(
      fc.property(arbExportDataSet(12), fc.boolean(), (generated, changes) => {
        const dataSet = meetingTheRules(changes ? withChanges(generated) : generated, EVENT_DATES);
        expect(loaded(load(dataDirFiles(dataSet)))).toEqual(dataSet);
      }),
      { numRuns: 150 },
    );
  });

  test("the bundled data set comes back whole, and its files name their schema and what they were imported from", () => {
    const names = ["taxonomy", "actors", "relations", "sources"];
    const bundled = loaded(loadDataSet(names.map((n) => ({ name: `${n}.yaml`, text: readFileSync(`graph-data/${n}.yaml`, "utf8") }))));
    const files = dataDirFiles(bundled, { importedFrom: ["bundled.gexf", "evil\nname.csv"], schemaDir: "../graph-data/schema" });
    expect(loaded(load(files))).toEqual(bundled);
    expect(files["relations.yaml"].split("\n")[0]).toBe("# yaml-language-server: $schema=../graph-data/schema/relations.schema.json");
    expect(files["actors.yaml"]).toContain("#   bundled.gexf\n");
    // A line break in a file's name would end the comment and put the rest in the data.
    expect(files["actors.yaml"]).toContain("#   evil name.csv\n");
  });

  test("a relation with no evidence is written as it is, marked, and the loader points at it", () => {
    const names = ["taxonomy", "actors", "relations", "sources"];
    const bundled = loaded(loadDataSet(names.map((n) => ({ name: `${n}.yaml`, text: readFileSync(`graph-data/${n}.yaml`, "utf8") }))));
    const bare = { ...bundled, relations: bundled.relations.map((r, i) => (i === 3 ? { ...r, evidence: [] } : r)) };
    const files = dataDirFiles(bare);
    const result = load(files);
    expect(result.ok).toBe(false);
    const errors = errorsIn(result.diagnostics);
    expect(errors.map((d) => [d.file, d.path])).toEqual([["relations.yaml", "relations[3].evidence"]]);
    const lines = files["relations.yaml"].split("\n");
    expect(lines[errors[0].line! - 1]).toMatch(/evidence: \[\]/);
    const comment = lines.findIndex((l) => l.includes("No evidence in the imported file"));
    expect(lines[comment + 1]).toContain(`- id: ${bundled.relations[3].id}`);
  });

  test("written a few items at a time, each list is the text it is as one YAML document, a first item marked bare included", () => {
    fc.assert(
      fc.property(arbExportDataSet(12), fc.integer({ min: 1, max: 4 }), fc.boolean(), (generated, batch, bareFirst) => {
        const dataSet = { ...generated, relations: generated.relations.map((r, i) => (i % 3 === (bareFirst ? 0 : 1) ? { ...r, evidence: [] } : r)) };
        const text = (size: number) => Object.entries(dataDirChunks(dataSet, { importedFrom: ["x.gexf"] }, size)).map(([name, pieces]) => [name, [...pieces()].join("")]);
        const oneDocument = text(Number.MAX_SAFE_INTEGER);
        expect(text(batch)).toEqual(oneDocument);
        expect(Object.entries(dataDirFiles(dataSet, { importedFrom: ["x.gexf"] }))).toEqual(oneDocument);
        expect(oneDocument.map(([name]) => name)).toEqual([...DATA_DIR_FILES]);
      }),
      { numRuns: 100 },
    );
  });
});
