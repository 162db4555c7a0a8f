/**
 * The loader reports every kind of problem, each with its file, line, path, value and fix, and
 * refuses invalid data whole.
 */
import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { errorsIn, formatDiagnostic, warningsIn, type Diagnostic } from "../../src/model/diagnostics";
import { loadDataSet, type SourceText } from "../../src/model/load";
import { readYamlFile } from "../../src/model/yaml-file";
import { FIXTURES, fixtureTexts, loadFixture } from "../support/fixtures";

function errorsOf(name: string, omit: string[] = []): Diagnostic[] {
  const result = loadFixture(name, omit);
  expect(result.ok, `fixture ${name} should be refused`).toBe(false);
  expect("dataSet" in result).toBe(false);
  return errorsIn(result.diagnostics);
}

test("the valid fixture loads with no problems", () => {
  const result = loadFixture("valid");
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error("not loaded");
  expect(result.dataSet.actors.map((a) => a.id)).toEqual(["pakistan", "taliban", "ttp"]);
  const strikes = result.dataSet.relations[0];
  expect(strikes.periods.map((p) => p.edtf)).toEqual(["2025-10", "2026-02/2026-03"]);
  expect(strikes.directed).toBe(true);
  expect(result.dataSet.relations[1].directed).toBe(false);
});

describe("each kind of error, with a fixture that triggers it", () => {
  const cases: [fixture: string, expected: Omit<Partial<Diagnostic>, "message" | "fix"> & { message: string | RegExp; fix?: string | RegExp }][] = [
    ["unknown-actor", { file: "relations.yaml", line: 4, path: "relations[0].target", recordId: "strikes", value: "talibann", message: 'unknown actor "talibann"', fix: /^Did you mean "taliban"\?/ }],
    ["duplicate-id", { file: "actors.yaml", line: 13, path: "actors[3].id", value: "pakistan", message: /actor id "pakistan" is already used by actors\[0\] \(line 2\)/, fix: /its own id/ }],
    ["unknown-type", { file: "relations.yaml", line: 5, path: "relations[0].type", value: "airstirke", message: 'unknown relation type "airstirke"', fix: /Did you mean "airstrike"\?.*taxonomy\.yaml/ }],
    ["unknown-kind", { file: "actors.yaml", line: 11, path: "actors[2].kind", value: "militia", message: 'unknown actor kind "militia"', fix: /taxonomy\.yaml \(kinds\)/ }],
    ["unreadable-date", { file: "relations.yaml", line: 15, path: "relations[1].periods[0]", value: "March 2026", message: /cannot read the date: not a date/, fix: /a month "2025-10"/ }],
    ["end-before-start", { file: "relations.yaml", line: 6, path: "relations[0].periods[1]", value: "2026-03/2026-02", message: /the end Feb 2026 is before the start Mar 2026/, fix: /Swap the two dates/ }],
    ["overlapping-periods", { file: "relations.yaml", line: 6, path: "relations[0].periods[1]", value: "2025-11", message: /Nov 2025 overlaps Oct–Dec 2025 \(periods\[0\]\)/, fix: /Merge the two periods/ }],
    ["no-evidence", { file: "relations.yaml", line: 17, path: "relations[1].evidence", recordId: "truce", message: "the relation has no evidence", fix: /at least one piece of evidence/ }],
    ["empty-quote", { file: "relations.yaml", line: 26, path: "relations[2].evidence[0].quote", value: "   ", message: "the quote is empty", fix: /verbatim words/ }],
    ["yaml-syntax", { file: "actors.yaml", line: 7, path: "(syntax)", message: /Sequence item/, fix: /indentation/ }],
    ["duplicate-key", { file: "actors.yaml", line: 11, message: /keys must be unique/, fix: /each key appears once/ }],
    ["bad-confidence", { file: "relations.yaml", line: 16, path: "relations[1].confidence", value: "hgih", message: "not one of the allowed values", fix: 'Use one of: "high", "medium", "low"' }],
    ["unknown-source", { file: "relations.yaml", line: 18, path: "relations[1].evidence[0].source", value: "dok", message: 'unknown source "dok"', fix: /Did you mean "doc"\?/ }],
    ["unknown-field", { file: "relations.yaml", line: 16, path: "relations[1].confidance", message: '"confidance" is not a field here', fix: /Did you mean "confidence"\?/ }],
    ["self-relation", { file: "relations.yaml", line: 21, path: "relations[2].target", message: 'the relation goes from "ttp" to itself' }],
    ["open-unknown-end", { file: "relations.yaml", line: 23, value: "2015/", message: /the end is missing/, fix: /"2015\/\.\." if it is ongoing/ }],
    ["impossible-day", { file: "relations.yaml", line: 15, value: "2026-02-29", message: /no day 29 in Feb 2026/ }],
  ];

  test.each(cases)("%s", (fixture, expected) => {
    const errors = errorsOf(fixture);
    const { message, fix, ...fields } = expected;
    const match = errors.find((e) => (typeof message === "string" ? e.message === message : message.test(e.message)));
    expect(match, `no error matching ${message} in:\n${errors.map(formatDiagnostic).join("\n")}`).toBeDefined();
    expect(match).toMatchObject(fields);
    if (fix) expect(match!.fix).toMatch(fix);
    // The one-line form names file, line, path, value and fix.
    const line = formatDiagnostic(match!);
    expect(line).toMatch(new RegExp(`^${expected.file!.replace(".", "\\.")}:${expected.line}(:\\d+)?: error: `));
    expect(line).toContain("Fix: ");
  });

  test("a missing file is named, with the fix", () => {
    const errors = errorsOf("valid", ["sources.yaml"]);
    expect(errors).toContainEqual(expect.objectContaining({ file: "sources.yaml", message: "there is no sources file", fix: expect.stringContaining("Add sources.yaml") }));
  });
});

test("every problem is reported in one pass, across files", () => {
  const errors = errorsOf("many-errors");
  expect(errors.map((e) => `${e.file}:${e.line} ${e.path}`)).toEqual([
    "actors.yaml:11 actors[2].kind",
    "relations.yaml:4 relations[0].target",
    "relations.yaml:6 relations[0].periods[1]",
    "relations.yaml:16 relations[1].confidence",
    "relations.yaml:26 relations[2].evidence[0].quote",
  ]);
});

test("a record that fails its schema does not cause spurious reference errors or warnings", () => {
  const result = loadFixture("bad-confidence");
  expect(result.diagnostics).toHaveLength(1);
});

describe("warnings do not stop loading", () => {
  test("an actor with no relation", () => {
    const result = loadFixture("isolated-actor");
    expect(result.ok).toBe(true);
    expect(warningsIn(result.diagnostics)).toEqual([expect.objectContaining({ file: "actors.yaml", line: 13, message: 'the actor "china" has no relation' })]);
  });

  test("a period outside an actor's lifetime", () => {
    const result = loadFixture("outside-lifetime");
    expect(result.ok).toBe(true);
    expect(warningsIn(result.diagnostics)[0].message).toBe('the period 2001–2005 falls outside the lifetime of "ttp" (since 2007)');
  });
});

describe("hostile or odd files are refused with a reason, and nothing in them runs", () => {
  test.each([
    ["an empty file", "", /the file is empty/],
    ["a list instead of a mapping", "- id: x\n", /expected a record/],
    ["a YAML alias bomb", `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`, /could not be expanded/],
    ["a __proto__ key", "actors:\n  - id: x\n    label: X\n    kind: state\n    __proto__: { polluted: true }\n", /"__proto__" is not a field here/],
    ["a JavaScript tag", "actors: !!js/function 'function () { globalThis.ran = true }'\n", /expected a list, found string/],
  ])("%s", (_what, text, message) => {
    const texts = fixtureTexts("valid").map((t) => (t.name === "actors.yaml" ? { name: t.name, text } : t));
    const result = loadDataSet(texts);
    expect(result.ok).toBe(false);
    const errors = errorsIn(result.diagnostics).filter((d) => d.file === "actors.yaml");
    expect(errors.some((d) => message.test(d.message)), errors.map(formatDiagnostic).join("\n")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>).ran).toBeUndefined();
  });
});

describe("data files in JSON", () => {
  /** Each fixture file as indented JSON, named .json; files YAML cannot read stay as they are. */
  const asJson = (texts: readonly SourceText[]): SourceText[] =>
    texts.map((t) => {
      const read = readYamlFile(t.name, t.text);
      return read.syntaxErrors.length ? t : { name: t.name.replace(/\.yaml$/, ".json"), text: JSON.stringify(read.data, null, 2) };
    });
  /** The same JSON with a YAML comment after it: no longer JSON, so read by the YAML reader, at the same positions. */
  const throughYaml = (texts: readonly SourceText[]): SourceText[] => texts.map((t) => (t.name.endsWith(".json") ? { ...t, text: `${t.text}\n# read as YAML\n` } : t));

  test.each(readdirSync(FIXTURES))("%s: the same diagnostics, lines and columns as when the files are read as YAML", (fixture) => {
    const json = asJson(fixtureTexts(fixture));
    const fast = loadDataSet(json);
    const yaml = loadDataSet(throughYaml(json));
    expect(fast.diagnostics).toStrictEqual(yaml.diagnostics);
    expect(fast.ok).toBe(yaml.ok);
    if (fast.ok && yaml.ok) expect(fast.dataSet).toStrictEqual(yaml.dataSet);
  });

  test("an actor named constructor and a __proto__ key: data like any other, reported at their lines, no prototype touched", () => {
    const actors = '{\n  "actors": [\n    { "id": "constructor", "label": "C", "kind": "state" },\n    { "id": "pakistan", "label": "Pakistan", "kind": "state", "__proto__": { "polluted": true } }\n  ]\n}\n';
    const texts = [...fixtureTexts("valid").filter((t) => t.name !== "actors.yaml"), { name: "actors.json", text: actors }];
    const fast = loadDataSet(texts);
    const yaml = loadDataSet(throughYaml(texts));
    expect(fast.diagnostics).toStrictEqual(yaml.diagnostics);
    expect(errorsIn(fast.diagnostics)).toContainEqual(expect.objectContaining({ file: "actors.json", line: 4, path: "actors[1].__proto__", message: '"__proto__" is not a field here' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
