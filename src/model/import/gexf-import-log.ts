/**
 * The GEXF importer's report as it is written: one Diagnostic per thing worth saying, each with
 * the file, the line, the bad value and the fix. A hostile or merely large file can trip the
 * same rule a hundred thousand times, so each kind of problem is reported line by line up to a
 * cap and then summed up in one line; file-wide remarks ("no confidence given") are said once.
 *
 * Severity in an import report: "error" means something in the file was not imported (a node,
 * an edge, a period); "warning" means it was read, but repaired, guessed or mapped.
 */
import type { Diagnostic, Severity } from "../diagnostics";

/** Line-level diagnostics kept per kind of problem; the rest are counted in one summary line. */
export const LINES_PER_PROBLEM = 25;

export interface Place {
  readonly line?: number;
  readonly column?: number;
  /** e.g. "edges[3]" or "graph". */
  readonly path: string;
  readonly recordId?: string;
}

/** A value from the file, quoted for a message and cut short: a message must stay a line. */
export const quote = (value: string | undefined): string => {
  const text = JSON.stringify(value ?? "");
  return text.length > 82 ? `${text.slice(0, 78)}…"` : text;
};

export class ImportLog {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly perProblem = new Map<string, { severity: Severity; shown: number; more: number; fix: string; lines: number[] }>();
  private readonly saidOnce = new Set<string>();

  constructor(readonly file: string) {}

  /**
   * Reports one occurrence of a problem. `problem` names the kind (e.g. "missing-end"), so the
   * 26th edge to a missing node becomes part of a summary instead of a line of its own.
   */
  add(severity: Severity, problem: string, place: Place, message: string, fix: string, value?: unknown): void {
    let tally = this.perProblem.get(problem);
    if (!tally) this.perProblem.set(problem, (tally = { severity, shown: 0, more: 0, fix, lines: [] }));
    if (tally.shown >= LINES_PER_PROBLEM) {
      tally.more++;
      if (place.line !== undefined && tally.lines.length < 10) tally.lines.push(place.line);
      return;
    }
    tally.shown++;
    this.push(severity, place, message, fix, value);
  }

  /** Diagnostics made elsewhere (the XML parser's), to be ordered with the rest. */
  adopt(diagnostics: readonly Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  /** Whether the next occurrence of a problem gets a line of its own (worth a costly "did you mean"). */
  shows(problem: string): boolean {
    return (this.perProblem.get(problem)?.shown ?? 0) < LINES_PER_PROBLEM;
  }

  error(problem: string, place: Place, message: string, fix: string, value?: unknown): void {
    this.add("error", problem, place, message, fix, value);
  }

  warn(problem: string, place: Place, message: string, fix: string, value?: unknown): void {
    this.add("warning", problem, place, message, fix, value);
  }

  /** A remark about the file as a whole, made the first time only. */
  once(severity: Severity, problem: string, place: Place, message: string, fix: string, value?: unknown): void {
    if (this.saidOnce.has(problem)) return;
    this.saidOnce.add(problem);
    this.push(severity, place, message, fix, value);
  }

  /** Every diagnostic, in file order, with a closing line for each capped kind of problem. */
  result(): Diagnostic[] {
    const summaries: Diagnostic[] = [];
    for (const [problem, t] of this.perProblem)
      if (t.more > 0)
        summaries.push({
          severity: t.severity,
          file: this.file,
          path: "(file)",
          message: `${t.more} more like the ${LINES_PER_PROBLEM} above (${problem})${t.lines.length ? `, e.g. at lines ${t.lines.join(", ")}` : ""}`,
          fix: t.fix,
        });
    const ordered = this.diagnostics
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
      .map(({ d }) => d);
    return [...ordered, ...summaries];
  }

  private push(severity: Severity, place: Place, message: string, fix: string, value?: unknown): void {
    this.diagnostics.push({
      severity,
      file: this.file,
      ...(place.line !== undefined ? { line: place.line } : {}),
      ...(place.column !== undefined ? { column: place.column } : {}),
      path: place.path,
      ...(place.recordId !== undefined ? { recordId: place.recordId } : {}),
      ...(value === undefined ? {} : { value: typeof value === "string" && value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value }),
      message,
      fix,
    });
  }
}

/** A bad value is shown, not kept whole: a hostile 10 MB attribute would otherwise ride along in the report. */
const MAX_VALUE = 200;
