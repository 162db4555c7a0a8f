/**
 * For commands that need a valid data set: load it, or print the loader's errors and stop.
 */
import { errorsIn, formatDiagnostic } from "../model/diagnostics";
import type { DataSet } from "../model/types";
import { CliError } from "./options";
import { loadDataDir } from "./read-data-dir";

export function loadOrFail(dir: string): DataSet {
  const result = loadDataDir(dir);
  if (result.ok) return result.dataSet;
  const errors = errorsIn(result.diagnostics);
  const shown = errors.slice(0, 20).map(formatDiagnostic).join("\n");
  throw new CliError(`${dir} is not a valid data set (${errors.length} error${errors.length === 1 ? "" : "s"}):\n${shown}${errors.length > 20 ? `\n... run "faultlines validate ${dir}" for all of them` : ""}`);
}
