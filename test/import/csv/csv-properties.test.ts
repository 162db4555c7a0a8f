/**
 * CSV import over generated input: tables made by csv-generator.ts import row by row as written,
 * or are refused with the line and the fix; random cells, mutated tables and noise never throw,
 * and whatever they import is a consistent data set; and any valid relation table, written as
 * CSV with our own writer, imports back as the same relations.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import { importCsv } from "../../../src/import/csv/import-csv";
import { nameKey } from "../../../src/import/kit/ids";
import { arbDateText } from "../../support/random-data";
import { checkConsistent, mutations, noPrototypePollution, readCsvFixture, reportOf, taxonomy, writeCsv } from "./csv-checks";
import { arbCsvCase, expectCsvAsPlanned, HOSTILE_POOLS, RANDOM_POOLS, type CsvCase } from "./csv-generator";
import { expectRefusalSaysWhere, ImportShare } from "../generators";

const importCase = (c: CsvCase) =>
  importCsv(c.text, c.file, taxonomy, { ...(c.actors ? { actors: { text: c.actors.text, fileName: c.actors.file } } : {}), ...(c.typeMapping ? { typeMapping: c.typeMapping } : {}) });

describe("generated, random and mutated tables", () => {
  /**
   * Tables as spreadsheets write them, with or without an actors file, a few rows broken and one
   * file in eight unusable: each row becomes the relation it writes, at the precision its dates
   * were written, or is reported at its line; an unusable file is refused with the line and fix.
   */
  test("each row becomes the relation it writes, or is reported at its line", () => {
    const share = new ImportShare("generated tables");
    fc.assert(
      fc.property(arbCsvCase(HOSTILE_POOLS), (c) => {
        const result = importCase(c);
        share.count(result.ok);
        expectCsvAsPlanned(c, result);
        if (result.ok) checkConsistent(result.dataSet);
      }),
      { numRuns: 200 },
    );
    share.expectAtLeast(0.6, 0.05);
  });

  test("random text in every cell: each row a relation or reported at its line", () => {
    const share = new ImportShare("random cells");
    fc.assert(
      fc.property(arbCsvCase(RANDOM_POOLS), (c) => {
        const result = importCase(c);
        share.count(result.ok);
        expectCsvAsPlanned(c, result);
        if (result.ok) checkConsistent(result.dataSet);
      }),
      { numRuns: 150 },
    );
    share.expectAtLeast(0.6, 0.05);
  });

  /** A table with a few characters, pieces or lines changed: mostly below its header, sometimes anywhere. */
  const edited = (text: string, maxEdits: number) => {
    const cut = text.search(/\r?\n/) + 1;
    return fc.oneof({ weight: 3, arbitrary: mutations(text.slice(cut), maxEdits).map((body) => text.slice(0, cut) + body) }, { weight: 1, arbitrary: mutations(text, maxEdits) });
  };

  /** Sound tables edited; now and then a table of pure noise, with or without a header, or the valid fixture edited. */
  const noise = fc.array(fc.constantFrom(",", ";", "\t", '"', "\n", "\r\n", "\r", "\uFEFF", "a", "TTP", "2025", "2025-10", "03/04/2025", "..", "source", "target", "type", "start", "end", "__proto__", " "), { maxLength: 60 }).map((p) => p.join(""));
  const arbMutated = fc.oneof(
    {
      weight: 8,
      arbitrary: arbCsvCase(HOSTILE_POOLS, { hostileOneIn: 0, damageOneIn: 0 }).chain((c) =>
        fc.record({
          text: edited(c.text, 3),
          actors: c.actors ? fc.oneof({ weight: 3, arbitrary: fc.constant(c.actors.text) }, { weight: 1, arbitrary: edited(c.actors.text, 2) }) : fc.constant(undefined),
        }),
      ),
    },
    { weight: 1, arbitrary: fc.record({ text: fc.tuple(fc.constantFrom("", "source,target,type,start,end,quote,id\n", "from\tto\tevent type\tdate\n"), noise).map(([h, b]) => h + b), actors: fc.option(noise, { nil: undefined }) }) },
    { weight: 1, arbitrary: fc.record({ text: edited(readCsvFixture("valid.csv"), 4), actors: fc.option(edited(readCsvFixture("valid.actors.csv"), 2), { nil: undefined }) }) },
  );

  test("mutated and noisy tables never throw; what they import is consistent; a refusal says where", () => {
    const share = new ImportShare("mutated tables");
    fc.assert(
      fc.property(arbMutated, ({ text, actors }) => {
        noPrototypePollution(() => {
          const result = importCsv(text, "mutated.csv", taxonomy, actors === undefined ? {} : { actors: { text: actors, fileName: "actors.csv" } });
          share.count(result.ok);
          if (result.ok) checkConsistent(result.dataSet);
          // A file with no line at all ("the file is empty") has no line to name.
          else if ([text, actors ?? "x"].every((t) => !/^[\uFEFF\s]*$/.test(t)))
            expectRefusalSaysWhere(result.report.diagnostics, ["mutated.csv", "actors.csv"], (f) => (f === "actors.csv" ? actors! : text));
        });
      }),
      { numRuns: 250 },
    );
    share.expectAtLeast(0.6, 0.05);
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

