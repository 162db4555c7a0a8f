/**
 * Collects diagnostics for the semantic checks, placing each at its line in the file it
 * concerns.
 */
import { formatPath, type DataPath, type Diagnostic, type Severity } from "./diagnostics";
import type { DataFile } from "./yaml-file";

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  report(severity: Severity, file: DataFile, path: DataPath, message: string, fix: string, value?: unknown): void {
    const record = path.length >= 2 ? recordOf(file.data, path) : undefined;
    this.diagnostics.push({
      severity,
      file: file.name,
      ...(file.locate(path) ?? {}),
      path: formatPath(path),
      ...(record ? { recordId: record } : {}),
      ...(value === undefined ? {} : { value }),
      message,
      fix,
    });
  }

  error(file: DataFile, path: DataPath, message: string, fix: string, value?: unknown): void {
    this.report("error", file, path, message, fix, value);
  }

  warn(file: DataFile, path: DataPath, message: string, fix: string, value?: unknown): void {
    this.report("warning", file, path, message, fix, value);
  }
}

/** The id of the record a path points into, for messages like "relations[3] (pak-strikes-kabul)". */
function recordOf(data: unknown, path: DataPath): string | undefined {
  const list = (data as Record<string, unknown> | undefined)?.[path[0] as string];
  const record = Array.isArray(list) ? list[path[1] as number] : undefined;
  const id = (record as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}
