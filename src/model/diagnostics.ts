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

/**
 * Bounds on "did you mean": a name longer than any id or label gets no suggestion, and at most
 * this many candidates are weighed, so a hostile name or list costs milliseconds, not minutes.
 */
export const MAX_SUGGESTED_CHARS = 100;
export const MAX_SUGGESTION_CANDIDATES = 5_000;

/**
 * The closest of `candidates` to a misspelt `value`, if it is close enough to be a likely typo.
 * Only names within the typo distance in length are weighed, and each only as far as that distance.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  if (value.length > MAX_SUGGESTED_CHARS) return undefined;
  const target = value.toLowerCase();
  const most = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = most + 1;
  let weighed = 0;
  for (const c of candidates) {
    // Lower-casing never shortens a name, so one this long is past the distance whatever it says.
    if (c.length > target.length + most) continue;
    const candidate = c.toLowerCase();
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    if (++weighed > MAX_SUGGESTION_CANDIDATES) break;
    const d = editDistance(target, candidate, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** The edit distance of `a` and `b` if it is at most `most`, else more than `most`: only a band of the table is filled. */
function editDistance(a: string, b: string, most: number): number {
  const over = most + 1;
  if (Math.abs(a.length - b.length) > most) return over;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - most);
    const to = Math.min(b.length, i + most);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowBest = current[from - 1];
    for (let j = from; j <= to; j++) {
      current[j] = Math.min(over, previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j] < rowBest) rowBest = current[j];
    }
    if (to < b.length) current[to + 1] = over;
    if (rowBest > most) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
