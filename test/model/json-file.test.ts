/**
 * The fast JSON reader gives what the YAML reader gives: the same data, the same syntax errors
 * and the same line and column for every path (and for paths that lead nowhere), over random
 * JSON documents written with random spacing, line endings and escapes; and it leaves to the
 * YAML reader what it cannot vouch for (duplicate keys, broken JSON, a lone carriage return).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { DataPath } from "../../src/model/diagnostics";
import { jsonLocator, readJson } from "../../src/model/json-file";
import { readDataFile, readYamlFile } from "../../src/model/yaml-file";

/** Every path to a value in `data`, and for each record or list some steps that lead nowhere. */
function pathsIn(data: unknown, path: DataPath = []): DataPath[] {
  const paths: DataPath[] = [path];
  if (Array.isArray(data)) {
    data.forEach((item, i) => paths.push(...pathsIn(item, [...path, i])));
    paths.push([...path, data.length], [...path, -1], [...path, "0"], [...path, data.length, "deeper"]);
  } else if (typeof data === "object" && data !== null) {
    for (const key of Object.keys(data)) paths.push(...pathsIn((data as Record<string, unknown>)[key], [...path, key]));
    paths.push([...path, "no such key"], [...path, 0], [...path, "no such key", 1]);
  } else paths.push([...path, "below a scalar"], [...path, 0]);
  return paths;
}

/**
 * The data as plain lists, so that the comparison sees key order, own keys named "__proto__" or
 * "constructor" (which would confuse a deep-equality check that reads `constructor`), each
 * record's prototype and the sign of zero.
 */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return ["list", ...v.map(shape)];
  if (typeof v === "object" && v !== null) return ["record", Object.getPrototypeOf(v) === Object.prototype, ...Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])])];
  return Object.is(v, -0) ? "-0" : v;
}

/** The fast and the YAML reading of one text agree in every respect a diagnostic can see. */
function expectSameReading(name: string, text: string): void {
  const fast = readDataFile(name, text);
  const yaml = readYamlFile(name, text);
  expect(fast.syntaxErrors).toStrictEqual(yaml.syntaxErrors);
  expect(shape(fast.data)).toStrictEqual(shape(yaml.data));
  for (const path of pathsIn(yaml.data)) {
    expect(fast.locate(path), JSON.stringify(path)).toStrictEqual(yaml.locate(path));
    expect(fast.locate(path, true), `${JSON.stringify(path)} at its key`).toStrictEqual(yaml.locate(path, true));
  }
}

/** A JSON value as its text, with the writer's choices (spacing, escapes, number forms) left open. */
type Written = { kind: "scalar"; text: string } | { kind: "string"; value: string } | { kind: "list"; items: Written[] } | { kind: "record"; entries: [string, Written][] };

const SPACES = ["", "", " ", "  ", "\n", "\r\n", "\t", "\n  ", "\r\n\t ", " \n\n "];
const NUMBERS = ["0", "-0", "1", "-17", "3.25", "-0.0", "1e5", "1E5", "-1.5e+3", "2.5E-7", "0e0", "1e400", "12345678901234567890", "9007199254740993", "1.0", "0.1"];
/** Text that tends to trip readers: quotes, backslashes, controls, line and paragraph separators, surrogates, a BOM. */
const ODD_TEXT = ["", '"', "\\", "\\\\\"", "a\"b", "\u0000\u001f", "\u007f\u0085\u00a0", "\u2028\u2029", "\ud83d\ude00", "\ud800", "\udfff", "\ufeff", "é", "__proto__", "constructor", "3", "key: value", "# not a comment", "- a", "{[,]}"];

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom(...ODD_TEXT), fc.string({ unit: "grapheme-ascii", maxLength: 6 }));
const scalar = fc.oneof(
  fc.constantFrom(...NUMBERS, "true", "false", "null"),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
);
const { value: written } = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar.map((t): Written => ({ kind: "scalar", text: t })),
    text.map((value): Written => ({ kind: "string", value })),
    fc.array(tie("value"), { maxLength: 4 }).map((items): Written => ({ kind: "list", items })),
    fc.uniqueArray(fc.tuple(text, tie("value")), { maxLength: 4, selector: ([key]) => key }).map((entries): Written => ({ kind: "record", entries })),
  ),
}));

/** Writes a string with each code unit escaped or not, as the choices say; the ones JSON requires always. */
function quote(value: string, escape: () => number): string {
  const SHORT: Record<number, string> = { 0x22: '\\"', 0x5c: "\\\\", 0x2f: "\\/", 0x08: "\\b", 0x0c: "\\f", 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const hex = c.toString(16).padStart(4, "0");
    const choice = escape();
    const required = c < 0x20 || c === 0x22 || c === 0x5c;
    if (choice === 0) out += `\\u${hex}`;
    else if (choice === 1) out += `\\u${hex.toUpperCase()}`;
    else if (SHORT[c] && (choice === 2 || required)) out += SHORT[c];
    else out += required ? `\\u${hex}` : value[i];
  }
  return `${out}"`;
}

/** The text of a written value, spacing and escapes drawn in turn from the choices given. */
function writeJson(value: Written, spaces: readonly number[], escapes: readonly number[], bom: boolean): string {
  let s = 0;
  let e = 0;
  const space = () => SPACES[spaces[s++ % spaces.length] % SPACES.length];
  const escape = () => escapes[e++ % escapes.length] % 6;
  const write = (v: Written): string => {
    switch (v.kind) {
      case "scalar":
        return v.text;
      case "string":
        return quote(v.value, escape);
      case "list":
        return `[${space()}${v.items.map((item) => `${write(item)}${space()}`).join(`,${space()}`)}]`;
      case "record":
        return `{${space()}${v.entries.map(([key, item]) => `${quote(key, escape)}${space()}:${space()}${write(item)}${space()}`).join(`,${space()}`)}}`;
    }
  };
  return `${bom ? "\ufeff" : ""}${space()}${write(value)}${space()}`;
}

const document = fc
  .record({ value: written, spaces: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), escapes: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), bom: fc.boolean() })
  .map(({ value, spaces, escapes, bom }) => writeJson(value, spaces, escapes, bom));

describe("random JSON documents", () => {
  test("the fast reading equals the YAML reading: data, and the position of every path, at the value and at the key", () => {
    fc.assert(
      fc.property(document, (text) => {
        const fast = readJson(text);
        // The fast way is taken for every document here but a bare null ("the file is empty") and a tab YAML reads as indentation.
        expect(fast.ok ? "fast" : fast.reason).toMatch(/^(fast|nothing but null|a tab before or after the data)$/);
        expectSameReading("data.json", text);
      }),
      { numRuns: 400 },
    );
  });

  test("a record holding a list of many records, as a data file does, with diagnostics far into it", () => {
    const relations = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, periods: ["2025-10"], evidence: [{ source: "doc", quote: `q ${i} \u00e9 "x"` }] }));
    for (const text of [JSON.stringify({ relations }), JSON.stringify({ relations }, null, 2), JSON.stringify({ relations }, null, "\t").replace(/\n/g, "\r\n")]) {
      const fast = readDataFile("relations.json", text);
      const yaml = readYamlFile("relations.json", text);
      for (const path of [["relations", 2999, "evidence", 0, "quote"], ["relations", 1500], ["relations", 0, "id"], ["relations", 3000], ["relations", 10, "nope"]])
        for (const atKey of [false, true]) expect(fast.locate(path, atKey)).toStrictEqual(yaml.locate(path, atKey));
    }
  });
});

describe("what the fast way leaves to the YAML reader", () => {
  test.each([
    ["a duplicate key", '{\n  "a": 1,\n  "a": 2\n}'],
    ["a duplicate key deep in a list", '{"actors": [{"id": "x"}, {"id": "y", "label": "Y", "id": "z"}]}'],
    ["a duplicate key written with an escape", '{"a": 1, "\\u0061": 2}'],
    ["a duplicate __proto__ key", '{"__proto__": 1, "__proto__": 2}'],
    ["a trailing comma, which YAML takes", '{"a": [1, 2,],}'],
    ["a missing comma", '{"a": 1\n "b": 2}'],
    ["a file cut short", '{"actors": [{"id": "x"'],
    ["single quotes", "{'a': 1}"],
    ["a comment", '{"a": 1} # note'],
    ["a raw tab in a string", '{"a": "x\ty"}'],
    ["a lone carriage return between lines", '{"a": 1,\r"b": 2}'],
    ["nothing but null", "null"],
    ["an empty file", ""],
    ["only spaces", "  \n "],
    ["YAML itself", "actors:\n  - id: x\n    label: X\n"],
  ])("%s: the same syntax errors, data and positions as the YAML reader", (_what, text) => {
    expectSameReading("actors.json", text);
  });

  test("a duplicate key is reported with the YAML reader's message, at the second key", () => {
    const file = readDataFile("actors.json", '{\n  "a": 1,\n  "a": 2\n}');
    expect(file.data).toBeUndefined();
    expect(file.syntaxErrors).toMatchObject([{ file: "actors.json", line: 3, column: 3, path: "(syntax)", message: expect.stringMatching(/keys must be unique/), fix: expect.stringMatching(/each key appears once/) }]);
  });

  test("lists nested past any data set go to the YAML reader, which decides as it does today", () => {
    expect(readJson(`${"[".repeat(1001)}${"]".repeat(1001)}`)).toMatchObject({ ok: false });
    expect(readJson(`${"[".repeat(1000)}${"]".repeat(1000)}`)).toMatchObject({ ok: true });
  });
});

describe("odd keys and files", () => {
  test("__proto__ and constructor keys are own data, and no prototype changes", () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "list": [{"__proto__": []}]}';
    const file = readDataFile("actors.json", text);
    expect(readJson(text).ok).toBe(true);
    expect(Object.hasOwn(file.data as object, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    expect(Object.hasOwn((file.data as { list: object[] }).list[0], "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectSameReading("actors.json", text);
  });

  test("CRLF line endings and a BOM give the YAML reader's lines and columns", () => {
    const text = '\ufeff{\r\n  "actors": [\r\n    {"id": "x"},\r\n    {"id": "y"}\r\n  ]\r\n}\r\n';
    expect(readJson(text).ok).toBe(true);
    expect(readDataFile("actors.json", text).locate(["actors", 1, "id"])).toStrictEqual({ line: 4, column: 12 });
    expect(readDataFile("actors.json", text).locate([])).toStrictEqual({ line: 1, column: 2 });
    expectSameReading("actors.json", text);
  });

  test("a .yaml file whose text is JSON takes the fast way too, with the same result", () => {
    expect(readJson('{"actors": []}').ok).toBe(true);
    expectSameReading("actors.yaml", '{"actors": []}');
  });

  test("the locator alone finds positions in a text it is given", () => {
    expect(jsonLocator('{"a": [10, {"b": 2}]}')(["a", 1, "b"], true)).toStrictEqual({ line: 1, column: 13 });
  });
});
