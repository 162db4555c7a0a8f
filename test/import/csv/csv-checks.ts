/**
 * Helpers shared by the CSV and Faultlines import tests: the CSV corpus and a writer of our own;
 * a check that an imported data set holds together (ids unique, every reference resolving,
 * periods valid, sorted and apart); mutations of a valid file for property tests; and a guard
 * that nothing reached Object.prototype.
 */
import fc from "fast-check";
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { parsePeriod } from "../../../src/model/dates";
import { formatDiagnostic } from "../../../src/model/diagnostics";
import { importCsv, type CsvImportOptions } from "../../../src/import/csv/import-csv";
import type { ImportResult } from "../../../src/import/types";
import { CONFIDENCE_LEVELS, type DataSet } from "../../../src/model/types";
import { loadFixture } from "../../support/fixtures";

export const CSV_DIR = "test/fixtures/import/csv";
const loaded = loadFixture("valid");
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
/** The loader fixture's taxonomy: airstrike, truce, sanctuary, split; kinds state and armed-group. */
export const taxonomy = loaded.dataSet.taxonomy;

export const readCsvFixture = (name: string) => readFileSync(`${CSV_DIR}/${name}`, "utf8");

/** A CSV fixture, with its actors file (name.actors.csv) when there is one. */
export function importCsvFixture(name: string, options: CsvImportOptions = {}) {
  const actorsName = name.replace(/\.(csv|tsv)$/, ".actors.csv");
  const actors = existsSync(`${CSV_DIR}/${actorsName}`) ? { text: readCsvFixture(actorsName), fileName: actorsName } : undefined;
  return importCsv(readCsvFixture(name), name, taxonomy, { ...(actors ? { actors } : {}), ...options });
}

/** The report as the CLI would print it, for failure messages. */
export const reportOf = (r: ImportResult) => r.report.diagnostics.map(formatDiagnostic).join("\n");

/** Our own writer: quotes what needs it, doubles quotes, and writes a row of one empty value as "". */
export function writeCsv(rows: readonly (readonly string[])[], delimiter = ",", newline = "\r\n"): string {
  const cell = (v: string) => (/[",;\t\r\n]/.test(v) || v.startsWith("\uFEFF") ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => (r.length === 1 && r[0] === "" ? '""' : r.map(cell).join(delimiter))).join(newline) + newline;
}

function expectUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    expect(seen.has(id), `${what} id "${id}" twice`).toBe(false);
    seen.add(id);
  }
}

/** Everything the rest of the tool assumes of a data set, checked on an imported one. */
export function checkConsistent(data: DataSet): void {
  const { taxonomy, actors, relations, sources } = data;
  expectUnique(taxonomy.families.map((f) => f.id), "family");
  expectUnique(taxonomy.types.map((t) => t.id), "type");
  expectUnique(taxonomy.kinds.map((k) => k.id), "kind");
  expectUnique(actors.map((a) => a.id), "actor");
  expectUnique(relations.map((r) => r.id), "relation");
  expectUnique(sources.map((s) => s.id), "source");
  const families = new Set(taxonomy.families.map((f) => f.id));
  const types = new Set(taxonomy.types.map((t) => t.id));
  const kinds = new Set(taxonomy.kinds.map((k) => k.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const t of taxonomy.types) expect(families.has(t.family), `type ${t.id} in unknown family ${t.family}`).toBe(true);
  for (const a of [...actors, ...relations, ...sources]) expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  for (const a of actors) {
    expect(kinds.has(a.kind), `actor ${a.id} of unknown kind ${a.kind}`).toBe(true);
    expect(a.id.trim()).not.toBe("");
    expect(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === "string")).toBe(true);
  }
  for (const r of relations) {
    expect(actorIds.has(r.source) && actorIds.has(r.target), `relation ${r.id} between unknown actors`).toBe(true);
    expect(r.source).not.toBe(r.target);
    expect(types.has(r.type), `relation ${r.id} of unknown type ${r.type}`).toBe(true);
    expect(CONFIDENCE_LEVELS).toContain(r.confidence);
    expect(typeof r.directed).toBe("boolean");
    expect(r.periods.length).toBeGreaterThan(0);
    r.periods.forEach((p, i) => {
      expect(parsePeriod(p.edtf)).toEqual(p);
      expect(p.first).toBeLessThanOrEqual(p.last);
      if (i) expect(p.first).toBeGreaterThan(r.periods[i - 1].last);
    });
    for (const e of r.evidence) {
      expect(sourceIds.has(e.source), `relation ${r.id} cites unknown source ${e.source}`).toBe(true);
      expect(typeof e.quote).toBe("string");
    }
  }
}

const PIECES = ['"', ",", "\t", ";", "\n", "\r\n", "\r", "\uFEFF", "{", "}", "[", "]", ":", "\\", "__proto__", "constructor", "2025-13", "..", "0", "null", "<script>", "\u0000", "🙂"];

/** A valid file mutated a few times (up to `maxEdits`): characters and pieces inserted or deleted, lines dropped, doubled or swapped, the end cut off. */
export function mutations(text: string, maxEdits = 6): fc.Arbitrary<string> {
  const op = fc.tuple(fc.constantFrom("insert", "delete", "replace", "drop-line", "double-line", "swap-lines", "truncate"), fc.nat(), fc.nat(), fc.constantFrom(...PIECES));
  return fc.array(op, { minLength: 1, maxLength: maxEdits }).map((ops) =>
    ops.reduce((t, [kind, a, b, piece]) => {
      const at = t.length ? a % t.length : 0;
      const lines = t.split("\n");
      const [i, j] = [a % lines.length, b % lines.length];
      switch (kind) {
        case "insert":
          return t.slice(0, at) + piece + t.slice(at);
        case "delete":
          return t.slice(0, at) + t.slice(at + 1 + (b % 8));
        case "replace":
          return t.slice(0, at) + piece + t.slice(at + 1);
        case "drop-line":
          return lines.filter((_, k) => k !== i).join("\n");
        case "double-line":
          return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join("\n");
        case "swap-lines":
          [lines[i], lines[j]] = [lines[j], lines[i]];
          return lines.join("\n");
        default:
          return t.slice(0, at);
      }
    }, text),
  );
}

/** Runs `action`, then checks that the built-in prototypes gained or lost nothing. */
export function noPrototypePollution(action: () => void): void {
  const before = [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort());
  action();
  const after = [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort());
  expect(after).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
