/**
 * How an import report is collected: the one diagnostic collector (model/diagnostic-collector.ts)
 * with each format's limits, so a file with a million bad rows gives a readable report and a
 * bounded one. The CSV and Faultlines importers list in reading order up to a cap on the whole
 * report; the GEXF importer lists each kind of problem up to a cap and sums up the rest, in line
 * order, with long values cut. Also the quoting of values and sizes in messages.
 *
 * Severity in an import report: "error" means something in the file was not imported (a row, a
 * node, an edge, a period); "warning" means it was read, but repaired, guessed or mapped.
 */
import { DiagnosticCollector } from "../../model/diagnostic-collector";

export { DiagnosticCollector, type Place } from "../../model/diagnostic-collector";

/** Enough to see every kind of problem a file has; the rest are counted, not listed. */
export const MAX_LISTED_DIAGNOSTICS = 500;

/** Line-level diagnostics a GEXF import keeps per kind of problem; the rest are counted in one summary line. */
export const LINES_PER_PROBLEM = 25;

/** A CSV or Faultlines import's report on `file`: in reading order, at most MAX_LISTED_DIAGNOSTICS listed. */
export const rowNotes = (file: string): DiagnosticCollector => new DiagnosticCollector(file, { listed: MAX_LISTED_DIAGNOSTICS });

/** A GEXF import's report on `file`: in line order, each kind of problem listed LINES_PER_PROBLEM times, long values cut. */
export const gexfLog = (file: string): DiagnosticCollector => new DiagnosticCollector(file, { perProblem: LINES_PER_PROBLEM, valueChars: 200, inLineOrder: true });

/** A value from the file, quoted for a message and cut short: a message must stay a line. */
export const quote = (value: string | undefined): string => {
  const text = JSON.stringify(value ?? "");
  return text.length > 82 ? `${text.slice(0, 78)}…"` : text;
};

/** "1.4 MB": sizes in messages, from a count of characters (close enough to bytes for a message). */
export const megabytes = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} MB`;
