/**
 * What the loader says about a data set: one Diagnostic per problem, each naming the file, the
 * line, the path inside the file, the bad value and the fix, so a person can act on it without
 * opening the code.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  readonly file: string;
  /** 1-based; absent when the problem is the file as a whole. */
  readonly line?: number;
  readonly column?: number;
  /** Where in the file's data, e.g. "relations[3].type". */
  readonly path: string;
  /** The offending record's id, when it has one, so "relations[3]" can be found by name. */
  readonly recordId?: string;
  readonly value?: unknown;
  readonly message: string;
  readonly fix: string;
}

export type DataPath = ReadonlyArray<string | number>;

/** "relations[3].evidence[0].quote" */
export function formatPath(path: DataPath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
  return out || "(top level)";
}

function showValue(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line per problem, in the form editors and terminals turn into links: file:line:col. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
  const record = d.recordId ? ` (${d.recordId})` : "";
  const value = d.value === undefined ? "" : ` [value: ${showValue(d.value)}]`;
  return `${where}: ${d.severity}: ${d.path}${record}: ${d.message}${value}. Fix: ${d.fix}`;
}

export const errorsIn = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");
export const warningsIn = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "warning");

/** The closest of `candidates` to a misspelt `value`, if it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
