/**
 * The CSV reader's parts: the parser against a writer of our own (any table round-trips, with
 * the line each row starts on), separator detection, and the date forms and periods a row's
 * cells are read into.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import { CsvDateError, dayMonthOrder, rowPeriod, toEdtf } from "../../../src/import/csv/dates";
import { detectDelimiter, parseCsv } from "../../../src/import/csv/parse";
import { writeCsv } from "./csv-checks";

describe("the parser", () => {
  test("reads quotes, doubled quotes, line breaks inside quotes, CRLF, CR, a BOM and blank lines, with each row's line", () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\rlast,\n';
    const table = parseCsv(text, ",");
    expect(table.rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 4, fields: ["two\nlines", "z"] },
      { line: 6, fields: ["last", ""] },
    ]);
    expect(table.problems).toEqual([]);
  });

  test("an unclosed quote is reported on the line it opens, and its row is marked", () => {
    const table = parseCsv('a,b\n1,"open\n2,3\n', ",");
    expect(table.rows[1]).toMatchObject({ line: 2, unclosedQuote: true });
    expect(table.problems).toEqual([expect.objectContaining({ severity: "error", line: 2, message: expect.stringMatching(/never closed.*\(to line 3\)/) })]);
  });

  test("text after a closing quote is kept, with a warning", () => {
    const table = parseCsv('"ab"c,d\n', ",");
    expect(table.rows[0].fields).toEqual(["abc", "d"]);
    expect(table.problems[0]).toMatchObject({ severity: "warning", line: 1, value: "abc" });
  });

  test("the separator is the one the header uses most, outside quotes", () => {
    expect(detectDelimiter("a,b,c\n", "x.csv")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n", "x.csv")).toBe("\t");
    expect(detectDelimiter('"a;b",c;d;e\n', "x.csv")).toBe(";");
    expect(detectDelimiter('"a,b,c"\td\n', "x.csv")).toBe("\t");
    expect(detectDelimiter("single\n", "x.tsv")).toBe("\t");
  });

  const arbCell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.array(fc.constantFrom('"', ",", ";", "\t", "\r", "\n", "\r\n", "\uFEFF", " ", "a", "é", "🙂", "=", ""), { maxLength: 6 }).map((p) => p.join("")),
  );
  test("any table round-trips through our writer, with the line each row starts on", () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbCell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.constantFrom(",", "\t", ";" as const), fc.constantFrom("\r\n", "\n"), (rows, delimiter, newline) => {
        const text = writeCsv(rows, delimiter, newline);
        const table = parseCsv(text, delimiter);
        expect(table.problems).toEqual([]);
        expect(table.rows.map((r) => r.fields)).toEqual(rows);
        // Each row starts after the line breaks of the rows before it, counted independently.
        let prefix = "";
        rows.forEach((row, i) => {
          expect(table.rows[i].line).toBe(prefix.split(/\r\n|\r|\n/).length);
          prefix += writeCsv([row], delimiter, newline);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("dates", () => {
  const none = {};
  test.each([
    ["2025", "2025"],
    ["2025-10", "2025-10"],
    ["2025-10-09", "2025-10-09"],
    ["2019~", "2019~"],
    ["201X", "201X"],
    ["2025/10/9", "2025-10-09"],
    ["2025.10.09", "2025-10-09"],
    ["25/10/2025", "2025-10-25"],
    ["10/25/2025", "2025-10-25"],
    ["25.10.2025", "2025-10-25"],
    ["5-5-2025", "2025-05-05"],
    ["10/2025", "2025-10"],
    ["Oct 2025", "2025-10"],
    ["October 2025", "2025-10"],
    ["Sept 2025", "2025-09"],
    ["9 Oct 2025", "2025-10-09"],
    ["09-Oct-2025", "2025-10-09"],
    ["October 9, 2025", "2025-10-09"],
  ])("%s is read as %s", (written, edtf) => {
    expect(toEdtf(written, none)).toBe(edtf);
    expect(parsePeriod(toEdtf(written, none)).edtf).toBe(edtf);
  });

  test("day and month are never guessed: only the file's other dates settle them", () => {
    expect(() => toEdtf("03/04/2025", none)).toThrow(CsvDateError);
    expect(toEdtf("03/04/2025", { order: "day-first" })).toBe("2025-04-03");
    expect(toEdtf("03/04/2025", { order: "month-first" })).toBe("2025-03-04");
    expect(() => toEdtf("03/04/2025", { conflict: true })).toThrow(/both day first and month first/);
    expect(dayMonthOrder([{ text: "03/04/2025", line: 2 }, { text: "25/10/2025", line: 3 }])).toEqual({ order: "day-first", example: { text: "25/10/2025", line: 3 } });
    expect(dayMonthOrder([{ text: "10/25/2025", line: 2 }])).toMatchObject({ order: "month-first" });
    expect(dayMonthOrder([{ text: "25/10/2025", line: 2 }, { text: "10/25/2025", line: 3 }])).toMatchObject({ conflict: true });
    expect(() => toEdtf("13/13/2025", none)).toThrow(/neither number is a month/);
    expect(() => toEdtf("Marchh 2025", none)).toThrow(/not a month/);
  });

  test.each([
    ["2025-10", "", "2025-10"],
    ["2025-10", "2025-10", "2025-10"],
    ["2025-10", "2026", "2025-10/2026"],
    ["2025-10", "..", "2025-10/.."],
    ["2025-10", "Ongoing", "2025-10/.."],
    ["2025-10", "present", "2025-10/.."],
    ["", "2025-10", "../2025-10"],
    ["..", "2025-10", "../2025-10"],
  ])("start %j and end %j make the period %s", (start, end, edtf) => {
    expect(rowPeriod({ start, end }, {})).toEqual(parsePeriod(edtf));
  });

  test("a row with no date, or open at both ends, is refused", () => {
    expect(() => rowPeriod({ start: "", end: "" }, {})).toThrow(CsvDateError);
    expect(() => rowPeriod({ start: "..", end: "ongoing" }, {})).toThrow(CsvDateError);
    expect(() => rowPeriod({ start: "", end: "now" }, {})).toThrow(CsvDateError);
  });
});
