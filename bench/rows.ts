/**
 * One row of the benchmark table `npm run bench` prints: what was measured, at which size, its
 * value, and the baseline measured in the same run with the ratio between them, and the target
 * where the project has one. Node and browser benchmarks both return rows of this shape, so the
 * run prints one table.
 */
export interface BenchRow {
  /** e.g. "Node", "Chromium". */
  readonly where: string;
  /** e.g. "20,000 / 200,000". */
  readonly size: string;
  /** e.g. "active on day (index)". */
  readonly figure: string;
  /** e.g. "0.41 ms (p95 0.52)". */
  readonly value: string;
  /** The same work done another way, in the same run, e.g. "plain scan 8.2 ms". */
  readonly baseline?: string;
  /** baseline / value, e.g. "20.0×". */
  readonly ratio?: string;
  /** e.g. "≥ 20×: met". */
  readonly target?: string;
}
