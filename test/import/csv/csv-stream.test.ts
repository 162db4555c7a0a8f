/**
 * The streamed reader against the whole-text parser: any text, cut into chunks anywhere (inside
 * quotes, between the CR and LF of a line end, between the two quotes of "", inside the header),
 * gives the same delimiter, rows, line numbers and problems as parseCsv on the whole.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CsvStream } from "../../../src/import/csv/csv-stream";
import { detectDelimiter, parseCsv } from "../../../src/import/csv/parse";

/** Text made of the characters CSV turns on, so quotes, separators and line ends meet in every order. */
const arbCsvText = fc
  .array(fc.constantFrom('"', '""', ",", ";", "\t", "\r", "\n", "\r\n", "a", "bc", " ", "\uFEFF", "é"), { maxLength: 60 })
  .map((parts) => parts.join(""));

/** Cuts `text` at the given positions (sorted, deduplicated) into chunks, empty ones included. */
const cut = (text: string, at: number[]): string[] => {
  const points = [0, ...at.map((p) => p % (text.length + 1)).sort((a, b) => a - b), text.length];
  return points.slice(1).map((p, i) => text.slice(points[i], p));
};

const streamed = (chunks: readonly string[], fileName = "events.csv") => {
  const stream = new CsvStream(fileName);
  const rows = chunks.flatMap((c) => stream.push(c));
  rows.push(...stream.end());
  return { delimiter: stream.delimiter, rows, problems: stream.problems };
};

const whole = (text: string, fileName = "events.csv") => parseCsv(text, detectDelimiter(text, fileName));

describe("CsvStream", () => {
  test("any chunking gives parseCsv's rows, lines and problems", () => {
    fc.assert(
      fc.property(arbCsvText, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom("events.csv", "events.tsv"), (text, at, name) => {
        const expected = whole(text, name);
        const got = streamed(cut(text, at), name);
        expect(got.delimiter).toBe(expected.delimiter);
        expect(got.rows).toEqual(expected.rows);
        expect(got.problems).toEqual(expected.problems);
      }),
      { numRuns: 3000 },
    );
  });

  test("one character at a time, through quoted line breaks, CRLF and an unclosed quote", () => {
    const text = 'id,notes,n\r\n1,"a, b\r\nc ""q""",2\r\n\r\n2,x"y,3\r\n3,"open\nto the end';
    const expected = whole(text);
    const got = streamed([...text]);
    expect(got.rows).toEqual(expected.rows);
    expect(got.rows.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(got.problems).toEqual(expected.problems);
    expect(got.problems[0].message).toContain("(to line 7)");
  });

  test("rows come out as their lines are complete, not only at the end", () => {
    const stream = new CsvStream("a.csv");
    expect(stream.push("a,b\n1,")).toEqual([{ line: 1, fields: ["a", "b"] }]);
    expect(stream.push('"x\r')).toEqual([]);
    expect(stream.push('\n",y\r')).toEqual([]);
    expect(stream.push("\n2,z")).toEqual([{ line: 2, fields: ["1", "x\r\n", "y"] }]);
    expect(stream.end()).toEqual([{ line: 4, fields: ["2", "z"] }]);
  });
});
