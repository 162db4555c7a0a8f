/**
 * CSV import over random input: random and mutated files never throw, and whatever they import
 * is a consistent data set; and any valid relation table, written as CSV with our own writer,
 * imports back as the same relations.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import { importCsv } from "../../../src/model/import/csv";
import { nameKey } from "../../../src/model/import/import-taxonomy";
import { arbDateText } from "../../support/random-data";
import { checkConsistent, mutations, readCsvFixture, reportOf, taxonomy, writeCsv } from "./csv-checks";

describe("random and mutated files", () => {
  const csvText = fc.array(fc.constantFrom(",", ";", "\t", '"', "\n", "\r\n", "\r", "\uFEFF", "a", "TTP", "2025", "2025-10", "03/04/2025", "..", "source", "target", "type", "start", "end", "__proto__", " "), { maxLength: 60 }).map((p) => p.join(""));

  test("random text, with or without a header, never throws", () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom("source,target,type,start,end,quote,id\n", "from\tto\tevent type\tdate\n"), { nil: "" }), csvText, fc.option(csvText, { nil: undefined }), (header, body, actors) => {
        const result = importCsv(header + body, "random.csv", taxonomy, actors === undefined ? {} : { actors: { text: actors, fileName: "actors.csv" } });
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) checkConsistent(result.dataSet);
        else expect(result.report.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("mutations of the valid files never throw, and what they import is consistent", () => {
    const [relations, actors] = [readCsvFixture("valid.csv"), readCsvFixture("valid.actors.csv")];
    fc.assert(
      fc.property(mutations(relations), mutations(actors), fc.boolean(), (r, a, withActors) => {
        const result = importCsv(r, "valid.csv", taxonomy, withActors ? { actors: { text: a, fileName: "valid.actors.csv" } } : {});
        if (result.ok) checkConsistent(result.dataSet);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a relation table round-trips: write CSV, import, the same relations", () => {
  const pad = (n: string) => n.padStart(2, "0");
  const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  /** A date as EDTF, written in one of the forms the importer reads. */
  const arbWrittenDate = fc.tuple(arbDateText, fc.nat(3)).map(([edtf, form]) => {
    const [y, m, d] = edtf.split("-");
    if (d) return { edtf, written: [edtf, `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`, `${y}/${m}/${d}`, `${MONTH_NAMES[Number(m) - 1]} ${Number(d)}, ${y}`][form] };
    if (m) return { edtf, written: [edtf, `${MONTH_NAMES[Number(m) - 1]} ${y}`, `${pad(m)}/${y}`, `${Number(m)}.${y}`][form] };
    return { edtf, written: edtf };
  });
  const arbText = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('say "no", twice', "line\nbreak", "=1+1", "<b>x</b>", "طالبان", "__proto__", "a;b|c")).filter((s) => s.trim() === s && s !== "");
  const arbRow = fc.record({
    ends: fc.uniqueArray(fc.nat(5), { minLength: 2, maxLength: 2 }),
    type: fc.constantFrom("airstrike", "Air strike", "TRUCE", "sanctuary", "Split from"),
    dates: fc.tuple(arbWrittenDate, arbWrittenDate, fc.constantFrom("single", "span", "open-end", "open-start")),
    confidence: fc.option(fc.constantFrom("low", "medium", "High"), { nil: undefined }),
    directed: fc.option(fc.boolean(), { nil: undefined }),
    quote: fc.option(arbText, { nil: undefined }),
    document: fc.option(arbText, { nil: undefined }),
    note: fc.option(arbText, { nil: undefined }),
  });
  const arbNames = fc.uniqueArray(fc.oneof(arbText, fc.constantFrom("Pakistan", "TTP", "Islamic State – Khorasan", "constructor", "a,b")), { minLength: 6, maxLength: 6, selector: nameKey });

  test("actors, types, periods, confidence, direction, evidence and notes", () => {
    fc.assert(
      fc.property(arbNames, fc.array(arbRow, { minLength: 1, maxLength: 15 }), fc.boolean(), (names, rows, withIds) => {
        const header = ["id", "source", "target", "type", "start", "end", "quote", "source document", "confidence", "directed", "note"];
        const expected = rows.map((row, i) => {
          let [a, b, shape] = row.dates;
          if (shape === "span" && parsePeriod(a.edtf).first > parsePeriod(b.edtf).last) [a, b] = [b, a];
          const [start, end, edtf] =
            shape === "single" ? [a.written, "", a.edtf] : shape === "open-end" ? [a.written, "ongoing", `${a.edtf}/..`] : shape === "open-start" ? ["", a.written, `../${a.edtf}`] : [a.written, b.written, a.edtf === b.edtf ? a.edtf : `${a.edtf}/${b.edtf}`];
          const type = taxonomy.types.find((t) => nameKey(t.id) === nameKey(row.type) || nameKey(t.label) === nameKey(row.type))!;
          const cells = [withIds ? `r${i}` : "", names[row.ends[0]], names[row.ends[1]], row.type, start, end, row.quote ?? "", row.document ?? "", row.confidence ?? "", row.directed === undefined ? "" : row.directed ? "yes" : "no", row.note ?? ""];
          const period = parsePeriod(edtf);
          return {
            cells,
            relation: {
              ...(withIds ? { id: `r${i}` } : {}),
              source: names[row.ends[0]],
              target: names[row.ends[1]],
              type: type.id,
              directed: row.directed ?? type.directed,
              periods: [{ first: period.first, last: period.last, start: period.start?.edtf, end: period.end?.edtf }],
              confidence: (row.confidence ?? "medium").toLowerCase(),
              evidence: row.quote || row.document ? [{ source: row.document ?? "roundtrip.csv", quote: row.quote ?? "" }] : [],
              ...(row.note ? { note: row.note } : {}),
            },
          };
        });
        const result = importCsv(writeCsv([header, ...expected.map((e) => e.cells)]), "roundtrip.csv", taxonomy);
        if (!result.ok) throw new Error(reportOf(result));
        expect(result.report.counts.skipped).toBe(0);
        const label = new Map(result.dataSet.actors.map((a) => [a.id, a.label]));
        const title = new Map(result.dataSet.sources.map((s) => [s.id, s.title]));
        const got = result.dataSet.relations.map((r) => ({
          ...(withIds ? { id: r.id } : {}),
          source: label.get(r.source),
          target: label.get(r.target),
          type: r.type,
          directed: r.directed,
          periods: r.periods.map((p) => ({ first: p.first, last: p.last, start: p.start?.edtf, end: p.end?.edtf })),
          confidence: r.confidence,
          evidence: r.evidence.map((e) => ({ source: title.get(e.source), quote: e.quote })),
          ...(r.note ? { note: r.note } : {}),
        }));
        expect(got).toEqual(expected.map((e) => e.relation));
        checkConsistent(result.dataSet);
      }),
      { numRuns: 300 },
    );
  });
});

