/**
 * The data a command works on, from what `--data` (or a command's [dir]) names: a data
 * directory, read by the loader as the bundled data is; or files, read by the import's own code
 * (importFiles) as the explorer's Import… reads them: a GEXF file, a CSV relation list with its
 * actors file, ACLED or UCDP event data, the Faultlines data files or a JSON export. A file that
 * cannot be imported stops the command with each of the import's errors, its file and line.
 */
import { readFileSync, statSync } from "node:fs";
import { importFiles, sizeProblem, type FileImportOptions, type FileImportResult } from "../import/import-files";
import { errorsIn, formatDiagnostic } from "../model/diagnostics";
import type { SourceText } from "../model/load";
import type { DataSet, Taxonomy } from "../model/types";
import { loadOrFail } from "./load-or-fail";
import { CliError, DEFAULT_DATA_DIR } from "./options";
import { readDataDir } from "./read-data-dir";

export interface LoadedData {
  readonly dataSet: DataSet;
  /** What was read, for messages: the directory, or the files' names. */
  readonly name: string;
  /** The data directory, when the data is one (where its layout.json is). */
  readonly dir?: string;
  /** Imported files only: the import, with its report. */
  readonly imported?: FileImportResult;
}

const ACCEPTED = "a GEXF file, a CSV relation list (with its actors file), an ACLED or UCDP export, the Faultlines data files or a data directory";

/** Whether a path is a directory, or a usage error saying why it cannot be read; `option` names where it was given, e.g. "--data". */
export function isDirectory(path: string, option = "--data"): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "there is no such file or directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new CliError(`cannot read ${option ? `${option} ` : ""}${path}: ${why}. Give ${ACCEPTED}`);
  }
}

/**
 * What the files look like to the import, as the Import… dialog would read them: a directory
 * gives its data files. A file too large for its format's importer is refused from its size, as
 * the dialog refuses it, before it is read into memory.
 */
export function readImportFiles(paths: readonly string[], option = "--data"): SourceText[] {
  return paths.flatMap((path) => {
    if (isDirectory(path, option)) return readDataDir(path);
    const tooLarge = sizeProblem(path, statSync(path).size);
    if (tooLarge) throw new CliError(formatDiagnostic(tooLarge));
    return [{ name: path, text: readFileSync(path, "utf8") }];
  });
}

/**
 * Files read by the import against a taxonomy (the bundled one unless told), or a usage error
 * listing the import's errors. The caller decides what to say of its warnings. `files` names
 * what was read: the files given, and each data file of a directory given.
 */
export function importOrFail(paths: readonly string[], taxonomy: Taxonomy = loadOrFail(DEFAULT_DATA_DIR).taxonomy, options: FileImportOptions = {}, option = "--data"): FileImportResult & { ok: true; files: readonly string[] } {
  const files = readImportFiles(paths, option);
  const result = importFiles(files, taxonomy, options);
  if (result.ok) return { ...result, files: files.map((f) => f.name) };
  const errors = errorsIn(result.report.diagnostics);
  const shown = errors.slice(0, 20).map(formatDiagnostic).join("\n");
  throw new CliError(
    `${paths.join(", ")} cannot be imported (${errors.length} error${errors.length === 1 ? "" : "s"}):\n${shown}${errors.length > 20 ? `\n... run "faultlines import ${paths.join(" ")} --out DIR" for all of them` : ""}`,
  );
}

/**
 * The data at `paths` (none: the bundled data directory), given with `option` (a command's
 * [dir] is --data by another name). One directory is loaded as a data directory and must be
 * valid; anything else is imported.
 */
export function loadData(paths: string | readonly string[] | undefined, option = "--data"): LoadedData {
  const given = typeof paths === "string" ? [paths] : paths?.length ? paths : [DEFAULT_DATA_DIR];
  if (given.length === 1 && isDirectory(given[0], option)) return { dataSet: loadOrFail(given[0]), name: given[0], dir: given[0] };
  const imported = importOrFail(given, undefined, {}, option);
  return { dataSet: imported.dataSet, name: given.join(", "), imported };
}
