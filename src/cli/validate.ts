/**
 * `faultlines validate [dir]` (or `--data PATH...`): the loader's full report on a data
 * directory, or the import's on files (GEXF, CSV, event data...); exit code 1 when there is any
 * error.
 */
import { statSync } from "node:fs";
import type { Diagnostic } from "../model/diagnostics";
import { errorsIn, formatDiagnostic, warningsIn } from "../model/diagnostics";
import { importFiles } from "../import/import-files";
import type { DataSet } from "../model/types";
import { readImportFiles } from "./load-data";
import { loadOrFail } from "./load-or-fail";
import { loadDataDir } from "./read-data-dir";
import { DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";

export function validateCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { data: { type: "string", multiple: true } });
  const paths = [...positionals, ...(values.data ?? [])];
  // A directory (or a path that is no file: the loader says what is missing) is a data directory.
  if (paths.length <= 1 && !isFile(paths[0] ?? DEFAULT_DATA_DIR)) {
    const dir = paths[0] ?? DEFAULT_DATA_DIR;
    const result = loadDataDir(dir);
    return report(io, dir, result.diagnostics, result.ok ? result.dataSet : undefined, "nothing was loaded");
  }
  const result = importFiles(readImportFiles(paths), loadOrFail(DEFAULT_DATA_DIR).taxonomy);
  return report(io, paths.join(", "), result.report.diagnostics, result.ok ? result.dataSet : undefined, "nothing could be imported");
}

function report(io: Io, name: string, diagnostics: readonly Diagnostic[], dataSet: DataSet | undefined, refused: string): number {
  for (const d of diagnostics) (d.severity === "error" ? io.err : io.out)(`${formatDiagnostic(d)}\n`);
  const errors = errorsIn(diagnostics).length;
  const warnings = warningsIn(diagnostics).length;
  if (dataSet) {
    const { actors, relations, sources } = dataSet;
    io.out(`${name}: valid: ${actors.length} actors, ${relations.length} relations, ${sources.length} sources; ${warnings} warning${warnings === 1 ? "" : "s"}\n`);
    return 0;
  }
  io.err(`${name}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}; ${refused}\n`);
  return 1;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
