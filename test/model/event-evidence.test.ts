/**
 * Evidence from event data carries the event's date, at its precision, and the deaths counted:
 * the loader reads both and reports what it cannot read, and the JSON export and its importer
 * keep them.
 */
import { expect, test } from "vitest";
import { exportJsonText, JSON_EXPORT_FORMAT } from "../../src/export/json";
import { importFaultlinesFiles } from "../../src/import/faultlines/import-faultlines";
import { errorsIn } from "../../src/model/diagnostics";
import { loadInline } from "../support/fixtures";

const relations = (evidence: string) => `relations:
  - { id: strikes, source: pakistan, target: ttp, type: airstrike, periods: ["2025-03"], confidence: high, evidence: [${evidence}] }
`;

test("an event's date at its precision and its deaths are read onto the evidence", () => {
  const result = loadInline({ relations: relations(`{ source: doc, quote: q, location: "PAK123", date: "[2025-03-03..2025-03-09]", fatalities: 4 }, { source: doc, quote: r, date: "2025-03" }`) });
  if (!result.ok) throw new Error(errorsIn(result.diagnostics).map((d) => d.message).join("\n"));
  const [week, month] = result.dataSet.relations[0].evidence;
  expect(week).toMatchObject({ location: "PAK123", fatalities: 4, date: { edtf: "[2025-03-03..2025-03-09]", uncertainPoint: true } });
  expect(month.date?.start?.precision).toBe("month");
  expect(month).not.toHaveProperty("fatalities");
});

test.each([
  ["an unreadable date", `date: "March 2025"`, "relations[0].evidence[0].date", /cannot read the date/],
  ["a negative count", "fatalities: -2", "relations[0].evidence[0].fatalities", /at least 0|minimum|>= 0/],
  ["a count that is not whole", "fatalities: 1.5", "relations[0].evidence[0].fatalities", /integer|whole/],
])("%s is an error at its path", (_, field, path, message) => {
  const result = loadInline({ relations: relations(`{ source: doc, quote: q, ${field} }`) });
  expect(result.ok).toBe(false);
  const error = errorsIn(result.diagnostics).find((e) => e.path === path);
  expect(error?.message).toMatch(message);
});

test("the JSON export writes them and its importer reads them back", () => {
  const result = loadInline({ relations: relations(`{ source: doc, quote: q, date: "2025-03-04", fatalities: 0 }`) });
  if (!result.ok) throw new Error("not loaded");
  const { dataSet } = result;
  const text = exportJsonText({ actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources }, dataSet.taxonomy);
  expect(JSON.parse(text).relations[0].evidence[0]).toMatchObject({ date: "2025-03-04", fatalities: 0 });
  const back = importFaultlinesFiles([{ name: "export.json", text }], dataSet.taxonomy);
  if (!back.ok) throw new Error("not imported");
  expect(back.dataSet.relations[0].evidence[0]).toMatchObject({ fatalities: 0, date: { edtf: "2025-03-04" } });
});

test("an export's unreadable event date or count is left out with a warning, the evidence kept", () => {
  const text = JSON.stringify({
    format: JSON_EXPORT_FORMAT,
    actors: [{ id: "a", label: "A", kind: "state" }, { id: "b", label: "B", kind: "state" }],
    relations: [{ id: "r", source: "a", target: "b", type: "airstrike", periods: ["2025"], confidence: "high", evidence: [{ source: "s", quote: "q", date: "soon", fatalities: 2.5 }] }],
    sources: [{ id: "s", title: "S" }],
  });
  const result = loadInline({});
  if (!result.ok) throw new Error("not loaded");
  const back = importFaultlinesFiles([{ name: "export.json", text }], result.dataSet.taxonomy);
  if (!back.ok) throw new Error(back.report.diagnostics.map((d) => d.message).join("\n"));
  expect(back.dataSet.relations[0].evidence[0]).toEqual({ source: "s", quote: "q" });
  const warnings = back.report.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message);
  expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/date cannot be read/), expect.stringMatching(/fatalities are not a whole number/)]));
});
