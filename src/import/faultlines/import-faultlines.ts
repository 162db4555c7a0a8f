/**
 * Imports the project's own formats: the four data files (taxonomy, actors, relations, sources,
 * as YAML or JSON), checked by the loader itself, or one JSON export ("Export… → JSON",
 * format "faultlines/export@1") read back into a data set over the caller's taxonomy. Which one
 * is told by the names (the loader's roleOf) and, for a .json file, by its "format" field.
 */
import type { Diagnostic } from "../../model/diagnostics";
import { loadDataSet, roleOf, type SourceText } from "../../model/load";
import type { Taxonomy } from "../../model/types";
import { jsonLocator, writesKeyTwice } from "../../model/json-file";
import { readYamlFile } from "../../model/yaml-file";
import { FAULTLINES_EXPORT_FORMAT, readExport, type Locate } from "./export-file";
import { warnLookAlikes } from "../kit/look-alikes";
import { megabytes, rowNotes, type DiagnosticCollector } from "../kit/report";
import type { ImportResult } from "../types";

/** The tag export/json.ts writes (the model layer may not import it; a test keeps the two equal). */
export { FAULTLINES_EXPORT_FORMAT };

/**
 * Data files in YAML: the YAML reader's document of nodes with their positions takes many times
 * the text's size in memory. The same cap as CSV: far more data than the explorer shows legibly.
 */
export const MAX_FAULTLINES_CHARS = 20_000_000;

/**
 * Data files in plain JSON and exports, which JSON.parse reads holding little more than the data
 * itself: room for a 200,000-relation data set as indented data files or as an export (about
 * 40 and 110 M characters), well under the longest string a browser holds (about 500 M).
 */
export const MAX_FAULTLINES_JSON_CHARS = 200_000_000;

/** A .json file whose first key is "format": an export, even if it is named like a data file. */
const isExport = (file: SourceText): boolean => !roleOf(file.name) || (/\.json$/i.test(file.name) && /^\s*\{\s*"format"\s*:/.test(file.text.slice(0, 1000)));

/** An export is read as JSON, and so is a data file named .json (past the YAML cap, only if it is plain JSON); others may be YAML. */
const capOf = (file: SourceText): number => (isExport(file) || /\.json$/i.test(file.name) ? MAX_FAULTLINES_JSON_CHARS : MAX_FAULTLINES_CHARS);

export function importFaultlinesFiles(files: readonly SourceText[], taxonomy: Taxonomy): ImportResult {
  const name = files.map((f) => f.name).join(", ") || "(no file)";
  const notes = rowNotes(name);
  const refuse = (counts: Record<string, number> = {}): ImportResult => ({ ok: false, report: { file: name, diagnostics: notes.finish(), counts } });
  if (!files.length) {
    notes.error({ path: "(file)" }, "no file was given", "Choose the four data files (taxonomy, actors, relations, sources) or one JSON export");
    return refuse();
  }
  for (const f of files) {
    const cap = capOf(f);
    if (f.text.length > cap)
      notes.error({ file: f.name, path: "(file)" }, `the file is ${megabytes(f.text.length)}, more than the ${megabytes(cap)} this tool imports at once`, `Export a smaller part of the data (a date window, some relation types), or split the files${cap < MAX_FAULTLINES_JSON_CHARS ? `, or write them as JSON (.json), read up to ${megabytes(MAX_FAULTLINES_JSON_CHARS)}` : ""}`, f.name);
  }
  if (notes.hasErrors) return refuse();

  const exports = files.filter(isExport);
  const dataFiles = files.filter((f) => !isExport(f));
  if (dataFiles.length) {
    for (const f of exports)
      notes.warn({ file: f.name, path: "(file)" }, "not one of the four data files (taxonomy, actors, relations, sources), so it is not read", "Import a JSON export on its own, or rename the file after the data it holds");
    return fromDataFiles(dataFiles, notes, name);
  }
  if (exports.length > 1) {
    notes.error({ path: "(file)" }, `${exports.length} files were given, none named like a data file (taxonomy, actors, relations, sources)`, "Import one JSON export at a time, or the four data files together");
    return refuse();
  }
  const [file] = exports;
  const notesOfFile = rowNotes(file.name);
  const read = readExport(file, parseJson(file, notesOfFile), taxonomy, notesOfFile, locator(file));
  if (read) warnLookAlikes(read.dataSet.actors, notesOfFile);
  return read ? { ok: true, dataSet: read.dataSet, report: { file: file.name, diagnostics: notesOfFile.finish(), counts: read.counts } } : { ok: false, report: { file: file.name, diagnostics: notesOfFile.finish(), counts: {} } };
}

/** The loader's verdict on the data files, its diagnostics as the report. */
function fromDataFiles(files: readonly SourceText[], notes: DiagnosticCollector, name: string): ImportResult {
  let diagnostics: readonly Diagnostic[];
  try {
    const loaded = loadDataSet(files, { maxYamlChars: MAX_FAULTLINES_CHARS });
    diagnostics = loaded.diagnostics;
    if (loaded.ok) {
      const { dataSet } = loaded;
      warnLookAlikes(dataSet.actors, notes);
      const counts = { actors: dataSet.actors.length, relations: dataSet.relations.length, sources: dataSet.sources.length, types: dataSet.taxonomy.types.length };
      return { ok: true, dataSet, report: { file: name, diagnostics: [...notes.finish(), ...diagnostics], counts } };
    }
  } catch (e) {
    // The YAML parser recurses; a file nested thousands deep can exhaust the stack.
    if (!(e instanceof RangeError)) throw e;
    notes.error({ path: "(file)" }, "a file nests lists or maps too deeply to read", "Check the files for runaway brackets or indentation");
    diagnostics = [];
  }
  return { ok: false, report: { file: name, diagnostics: [...notes.finish(), ...diagnostics], counts: {} } };
}

/** The file's data, or undefined with the syntax error reported at its line when one can be found. */
function parseJson(file: SourceText, notes: DiagnosticCollector): unknown {
  if (!file.text.trim()) {
    notes.error({ path: "(file)" }, "the file is empty", "Export the data again from the explorer (Export… → JSON)");
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text.replace(/^\uFEFF/, ""));
  } catch (e) {
    // Engines word this differently: V8 gives an offset, Firefox a line and column, neither always.
    const message = (e as Error).message.split("\n")[0];
    const offset = /position (\d+)/.exec(message)?.[1] ?? (/end of (JSON )?(input|data)/i.test(message) ? String(file.text.length) : undefined);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const place = lineColumn ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } : offset === undefined ? undefined : lineAt(file.text, Number(offset));
    const problem = message.replace(/ in JSON at position \d+.*$|, ".*" is not valid JSON$|^JSON\.parse: | at line \d+ column \d+ of the JSON data$/g, "").slice(0, 120);
    notes.error({ path: "(syntax)", ...place }, `the file is not valid JSON (${problem})`, "The file may be cut short or edited by hand: export it again, or correct the punctuation at this place");
    return undefined;
  }
  if (!writesKeyTwice(file.text, data)) return data;
  // Refused as a data file is: the YAML reader names the second key's line (within its cap).
  const twice = file.text.length <= MAX_FAULTLINES_CHARS ? readYamlFile(file.name, file.text).syntaxErrors.find((d) => d.message === "Map keys must be unique") : undefined;
  if (twice) notes.error({ path: "(syntax)", ...(twice.line ? { line: twice.line, column: twice.column } : {}) }, `${twice.message}: a key appears twice in one record`, twice.fix);
  else notes.error({ path: "(syntax)" }, "a key appears twice in one record", "Remove or rename one of the two keys");
  return undefined;
}

function lineAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  return { line, column: offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) };
}

/** Finds the line of a path in the file by walking its text, only when a problem is reported. */
function locator(file: SourceText): Locate {
  let find: Locate | undefined;
  return (path) => (find ??= jsonLocator(file.text))(path);
}
