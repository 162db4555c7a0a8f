/**
 * `faultlines validate [dir]`: the loader's full report; exit code 1 when there is any error.
 */
import { errorsIn, formatDiagnostic, warningsIn } from "../model/diagnostics";
import { loadDataDir } from "./read-data-dir";
import { DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";

export function validateCommand(args: string[], io: Io): number {
  const { positionals } = parseOptions(args, {});
  const dir = positionals[0] ?? DEFAULT_DATA_DIR;
  const result = loadDataDir(dir);
  for (const d of result.diagnostics) (d.severity === "error" ? io.err : io.out)(`${formatDiagnostic(d)}\n`);
  const errors = errorsIn(result.diagnostics).length;
  const warnings = warningsIn(result.diagnostics).length;
  if (result.ok) {
    const { actors, relations, sources } = result.dataSet;
    io.out(`${dir}: valid: ${actors.length} actors, ${relations.length} relations, ${sources.length} sources; ${warnings} warning${warnings === 1 ? "" : "s"}\n`);
    return 0;
  }
  io.err(`${dir}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}; nothing was loaded\n`);
  return 1;
}
