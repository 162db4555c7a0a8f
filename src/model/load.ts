/**
 * The loader: reads the four data files (taxonomy, sources, actors, relations), checks them
 * against their schemas and against each other, and reports every problem in one pass. A data
 * set with any error is refused whole: invalid data never half-loads.
 */
import type { Diagnostic } from "./diagnostics";
import { errorsIn } from "./diagnostics";
import { Reporter } from "./reporter";
import { resolve, type CheckedFile, type ResolveInput } from "./resolve";
import { checkSchema, FILE_ROLES, type FileRole } from "./schema-check";
import type { DataSet } from "./types";
import { readDataFile } from "./yaml-file";

export interface SourceText {
  /** The file's name as the user knows it, e.g. "relations.yaml"; used in every message. */
  readonly name: string;
  readonly text: string;
}

export type LoadResult =
  | { readonly ok: true; readonly dataSet: DataSet; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const EXTENSIONS = /\.(ya?ml|json)$/i;

/** Which of the four files a name is, e.g. "graph-data/actors.yaml" is the actors file. */
export function roleOf(name: string): FileRole | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (!EXTENSIONS.test(base)) return undefined;
  const stem = base.replace(EXTENSIONS, "").toLowerCase();
  return (FILE_ROLES as readonly string[]).includes(stem) ? (stem as FileRole) : undefined;
}

export interface LoadOptions {
  /** The largest file read as YAML (see readDataFile); plain JSON is read at any size. */
  readonly maxYamlChars?: number;
}

export function loadDataSet(texts: readonly SourceText[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const byRole = new Map<FileRole, SourceText>();
  for (const text of texts) {
    const role = roleOf(text.name);
    if (!role) continue;
    const other = byRole.get(role);
    if (other)
      diagnostics.push({ severity: "error", file: text.name, path: "(file)", message: `a second ${role} file; ${other.name} is one already`, fix: `Keep one ${role} file: merge the two, or remove one` });
    else byRole.set(role, text);
  }
  const input: Record<string, CheckedFile<unknown>> = {};
  for (const role of FILE_ROLES) {
    const text = byRole.get(role);
    if (!text) {
      diagnostics.push({ severity: "error", file: `${role}.yaml`, path: "(file)", message: `there is no ${role} file`, fix: `Add ${role}.yaml (or ${role}.json) beside the other data files` });
      continue;
    }
    const file = readDataFile(text.name, text.text, options.maxYamlChars);
    diagnostics.push(...file.syntaxErrors);
    if (file.data === undefined) continue;
    const schema = checkSchema(role, file);
    diagnostics.push(...schema.diagnostics);
    if (schema.usable) input[role] = { file, data: file.data, broken: schema.brokenRecords };
  }
  const reporter = new Reporter();
  const dataSet = resolve(input as ResolveInput, reporter);
  diagnostics.push(...reporter.diagnostics);
  const ordered = sortDiagnostics(diagnostics);
  return errorsIn(ordered).length ? { ok: false, diagnostics: ordered } : { ok: true, dataSet, diagnostics: ordered };
}

/** In file order, then line order, so the report reads top to bottom like the files. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const fileRank = (d: Diagnostic) => FILE_ROLES.indexOf(roleOf(d.file) ?? "taxonomy");
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => fileRank(a.d) - fileRank(b.d) || (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
