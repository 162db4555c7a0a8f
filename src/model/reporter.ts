/**
 * The loader's way into the diagnostic collector: its semantic checks name a place as a data
 * file and a path inside it, and this turns that into a line, a column and the record's id.
 */
import { DiagnosticCollector } from "./diagnostic-collector";
import { formatPath, type DataPath, type Diagnostic, type Severity } from "./diagnostics";
import type { DataFile } from "./yaml-file";

export class Reporter {
  /** Every problem is listed: a data set's own files are checked whole. */
  private readonly collector = new DiagnosticCollector();

  get diagnostics(): Diagnostic[] {
    return this.collector.finish();
  }

  report(severity: Severity, file: DataFile, path: DataPath, message: string, fix: string, value?: unknown): void {
    const record = path.length >= 2 ? recordOf(file.data, path) : undefined;
    this.collector.add(severity, { file: file.name, ...(file.locate(path) ?? {}), path: formatPath(path), ...(record ? { recordId: record } : {}) }, message, fix, value);
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
