/**
 * Loader fixtures: test/fixtures/loader/valid is a small valid data set; every other folder
 * there holds the file(s) that replace the valid ones to trigger one kind of problem.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataSet, type LoadResult, type SourceText } from "../../src/model/load";

export const FIXTURES = "test/fixtures/loader";

const readFolder = (dir: string): SourceText[] => readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));

/** The valid files with a case's files put in their place, named as the user would see them. */
export function fixtureTexts(name: string, omit: string[] = []): SourceText[] {
  const overrides = name === "valid" ? [] : readFolder(join(FIXTURES, name));
  const replaced = new Set(overrides.map((t) => t.name));
  return [...readFolder(join(FIXTURES, "valid")).filter((t) => !replaced.has(t.name)), ...overrides].filter((t) => !omit.includes(t.name));
}

export const loadFixture = (name: string, omit: string[] = []): LoadResult => loadDataSet(fixtureTexts(name, omit));

/** A data set from inline YAML for actors and relations, over the fixtures' taxonomy and source. */
export function loadInline(files: { actors?: string; relations?: string }): LoadResult {
  const texts = fixtureTexts("valid").map((t) => {
    const key = t.name.replace(".yaml", "") as "actors" | "relations";
    return files[key] !== undefined ? { name: t.name, text: files[key] } : t;
  });
  return loadDataSet(texts);
}

/** A relation of the loader's valid data as a line of relations.yaml: high confidence, citing the fixture's document. */
export const relationLine = (id: string, source: string, target: string, type: string, period: string): string =>
  `  - { id: ${id}, source: ${source}, target: ${target}, type: ${type}, periods: ["${period}"], confidence: high, evidence: [{ source: doc, quote: q }] }\n`;

/**
 * The loader's valid data copied to a new temporary directory, with these relations (lines of
 * relationLine) instead of its own and its actors file passed through `actors`; the directory.
 */
export function validDataWith(relations: readonly string[], actors: (text: string) => string = (text) => text): string {
  const dir = mkdtempSync(join(tmpdir(), "faultlines-data-"));
  cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
  writeFileSync(join(dir, "relations.yaml"), "relations:\n" + relations.join(""));
  writeFileSync(join(dir, "actors.yaml"), actors(readFileSync(join(dir, "actors.yaml"), "utf8")));
  return dir;
}
