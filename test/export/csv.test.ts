/**
 * The CSV export: RFC 4180 fields, formula-safe text, and a pair of files (relations, actors)
 * that our own CSV import reads back as the same relations, actors, periods and quotes.
 */
import { describe, expect, test } from "vitest";
import { actorsFileName, CSV_BOM, csvField, exportCsv } from "../../src/export/csv";
import { importCsv } from "../../src/import/csv/import-csv";
import { parseCsv } from "../../src/import/csv/parse";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset } from "../../src/model/subset";
import type { DataSet } from "../../src/model/types";
import { bundledDataSet, fixtureDataSet } from "../support/data";

const bundled = bundledDataSet();
const fixture = fixtureDataSet();

/** The cells of a file, as any RFC 4180 reader gives them. */
const cells = (text: string) => {
  expect(text.endsWith("\r\n")).toBe(true);
  const { rows, problems } = parseCsv(text, ",");
  expect(problems).toEqual([]);
  return rows.map((r) => r.fields);
};

describe("fields", () => {
  test.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+92 300", "'+92 300"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ["a=b", "a=b"],
  ])("%j is written %j", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  test("the actors file sits beside the relations file", () => {
    expect([actorsFileName("out/view.csv"), actorsFileName("view"), actorsFileName("V.CSV")]).toEqual(["out/view.actors.csv", "view.actors.csv", "V.actors.csv"]);
    expect(CSV_BOM).toBe("\uFEFF");
  });
});

describe("the relations and actors files", () => {
  const { relations, actors } = exportCsv(bundled, bundled.taxonomy);
  const rows = cells(relations);
  const header = rows[0];
  const at = (row: readonly string[], name: string) => row[header.indexOf(name)];
  const row = (id: string) => rows.find((r) => r[0] === id)!;

  test("one row a relation, one an actor, every row as long as its header", () => {
    expect(rows).toHaveLength(bundled.relations.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(cells(actors)).toHaveLength(bundled.actors.length + 1);
    expect(header).toEqual(["id", "source", "source label", "target", "target label", "type", "type label", "family", "directed", "periods", "start", "end", "first day", "last day", "confidence", "deaths", "evidence count", "quote", "source document", "citation lines", "note"]);
  });

  test("a relation's periods, its span and its days; its labels, evidence and sources", () => {
    const r = bundled.relations.find((x) => x.periods.length > 1 && x.evidence.length > 1)!;
    const type = bundled.taxonomy.types.find((t) => t.id === r.type)!;
    const got = row(r.id);
    expect(at(got, "periods")).toBe(r.periods.map((p) => p.edtf).join("; "));
    expect([at(got, "start"), at(got, "end")]).toEqual([r.periods[0].start?.edtf ?? "..", r.periods[r.periods.length - 1].end?.edtf ?? ".."]);
    expect([at(got, "type label"), at(got, "family"), at(got, "directed")]).toEqual([type.label, type.family, String(r.directed)]);
    expect(at(got, "source label")).toBe(bundled.actors.find((a) => a.id === r.source)!.label);
    expect(at(got, "evidence count")).toBe(String(r.evidence.length));
    expect(at(got, "quote").split("\n")).toEqual(r.evidence.map((e) => e.quote));
    expect(at(got, "citation lines").split("\n")).toHaveLength(r.evidence.length);
    expect(at(got, "deaths")).toBe("");
  });

  test("open ends: an empty first or last day, '..' as the start or end", () => {
    const open = bundled.relations.find((x) => x.periods[x.periods.length - 1].end === null)!;
    expect([at(row(open.id), "end"), at(row(open.id), "last day")]).toEqual(["..", ""]);
  });

  test("a slice of time says each relation's certainty then; deaths are summed", () => {
    const slice = selectSubset(new RelationIndex(bundled), [{ type: "asOf", day: parseDay("2025-10-15") }]);
    const sliced = cells(exportCsv(slice, bundled.taxonomy).relations);
    const col = sliced[0].indexOf("certainty then");
    expect(col).toBeGreaterThan(0);
    expect(new Set(sliced.slice(1).map((r) => r[col]))).toEqual(new Set(slice.relations.map((r) => (slice.time!.possibleOnly.has(r.id) ? "possible" : "certain"))));
    const events: DataSet = { ...fixture, relations: fixture.relations.map((r) => (r.id === "truce" ? { ...r, evidence: [{ ...r.evidence[0], date: parsePeriod("2026-03-09"), fatalities: 2 }, { ...r.evidence[0], fatalities: 5 }] } : r)) };
    const eventRows = cells(exportCsv(events, events.taxonomy).relations);
    const truce = eventRows.find((r) => r[0] === "truce")!;
    expect(truce[eventRows[0].indexOf("deaths")]).toBe("7");
    expect(truce[eventRows[0].indexOf("citation lines")]).toContain("[9 Mar 2026, 2 deaths]");
  });
});

describe("our CSV import reads the files back", () => {
  const read = (data: DataSet) => {
    const files = exportCsv(data, data.taxonomy);
    const result = importCsv(CSV_BOM + files.relations, "relations.csv", data.taxonomy, { actors: { text: CSV_BOM + files.actors, fileName: "relations.actors.csv" } });
    if (!result.ok) throw new Error(result.report.diagnostics.map((d) => d.message).join("; "));
    expect(result.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return result.dataSet;
  };

  test("the bundled data set: the same actors, and the same relations with their ends, types, directions, confidence, notes and quotes", () => {
    const back = read(bundled);
    expect(back.actors.map((a) => [a.id, a.label, a.kind, a.aliases])).toEqual(bundled.actors.map((a) => [a.id, a.label, a.kind, a.aliases]));
    expect(back.relations.map((r) => [r.id, r.source, r.target, r.type, r.directed, r.confidence, r.note])).toEqual(bundled.relations.map((r) => [r.id, r.source, r.target, r.type, r.directed, r.confidence, r.note]));
    for (const r of bundled.relations) {
      const b = back.relations.find((x) => x.id === r.id)!;
      // One period a row: a relation of one period comes back exactly; of several, or of one moment in a span ("[a..b]"), as their span.
      if (r.periods.length === 1 && !r.periods[0].uncertainPoint) expect(b.periods.map((p) => p.edtf), r.id).toEqual(r.periods.map((p) => p.edtf));
      else expect([b.periods[0].first, b.periods[0].last], r.id).toEqual([r.periods[0].first, r.periods[r.periods.length - 1].last]);
      expect(b.evidence.map((e) => e.quote)).toEqual([r.evidence.map((e) => e.quote).join("\n")]);
    }
  });

  test("hostile text from a data file: never a formula in the file, read back with its apostrophe, and still naming the same actors", () => {
    const hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "پاکستان, \"quoted\"\nline"];
    const data: DataSet = {
      ...fixture,
      actors: fixture.actors.map((a, i) => ({ ...a, label: hostile[i], aliases: [hostile[3 + i]], description: hostile[(i + 1) % 6] })),
      relations: fixture.relations.map((r, i) => ({ ...r, note: hostile[i], evidence: [{ ...r.evidence[0], quote: hostile[5 - i] }] })),
    };
    const files = exportCsv(data, data.taxonomy);
    for (const file of [files.relations, files.actors])
      for (const row of cells(file)) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    const back = read(data);
    const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    expect(back.actors.map((a) => a.label)).toEqual(data.actors.map((a) => guarded(a.label)));
    expect(back.relations.map((r) => [r.source, r.target, r.note, r.evidence[0].quote])).toEqual(data.relations.map((r) => [r.source, r.target, guarded(r.note!), guarded(r.evidence[0].quote)]));
  });
});
