/**
 * The import report as the dialog words it: a sentence for the counts read, a summary that says
 * whether anything changed, and the diagnostics grouped (errors, what was skipped, before
 * warnings, what was guessed or added) and capped, so a file with 50,000 bad rows does not put
 * 50,000 list items in the page. Pure, so it is tested in Node.
 */
import type { Diagnostic, Severity } from "../../model/diagnostics";
import type { ImportReport } from "../../import/types";

/** How a count is said: singular and plural. */
type Noun = readonly [one: string, many: string];

/** Counts importers report (src/import/csv, gexf and faultlines), in the order a reader wants them. */
const READ: Readonly<Record<string, Noun>> = {
  actors: ["actor", "actors"],
  relations: ["relation", "relations"],
  periods: ["period", "periods"],
  sources: ["source document", "source documents"],
  types: ["relation type", "relation types"],
  positions: ["node position", "node positions"],
  // Event data (src/import/events).
  events: ["event", "events"],
  deaths: ["death", "deaths"],
  actorsMatched: ["actor matched", "actors matched"],
  actorsCreated: ["actor created", "actors created"],
};
/** What the records were read from: "from 32 rows". */
const FROM: Readonly<Record<string, Noun>> = {
  rows: ["row", "rows"],
  nodes: ["node", "nodes"],
  edges: ["edge", "edges"],
};
const SKIPPED: Readonly<Record<string, Noun>> = {
  skipped: ["row skipped", "rows skipped"],
  skippedNodes: ["node skipped", "nodes skipped"],
  skippedEdges: ["edge skipped", "edges skipped"],
  leftOut: ["event left out", "events left out"],
};
const ADDED: Readonly<Record<string, Noun>> = {
  typesAdded: ["relation type", "relation types"],
  kindsAdded: ["actor kind", "actor kinds"],
  familiesAdded: ["relation family", "relation families"],
};
/** Read even when zero: "0 relations" is news; "0 periods" is not. */
const ALWAYS_SAID = new Set(["actors", "relations"]);
const KNOWN = new Set([READ, FROM, SKIPPED, ADDED].flatMap((group) => Object.keys(group)));

const number = (n: number): string => n.toLocaleString("en");
const counted = (n: number, [one, many]: Noun): string => `${number(n)} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "typesAdded" → "types added", for a count no importer had when this was written. */
const words = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();

function said(counts: Readonly<Record<string, number>>, group: Readonly<Record<string, Noun>>, keepZero = false): string[] {
  return Object.entries(group).flatMap(([key, noun]) => {
    const n = counts[key];
    return typeof n === "number" && (n > 0 || (keepZero && ALWAYS_SAID.has(key))) ? [counted(n, noun)] : [];
  });
}

/**
 * The counts as a sentence: "Read 12 actors and 30 relations from 32 rows; 2 rows skipped;
 * 1 relation type added." Known counts come first, in a fixed order; any other count follows
 * in words, so nothing an importer reports is lost. Empty when there are no counts.
 */
export function countsSentence(counts: Readonly<Record<string, number>>): string {
  // The events left out, category by category, are in the event mapping table; the sentence says their total.
  const byCategory = (key: string) => key.startsWith("left out (") && typeof counts.leftOut === "number";
  const others = Object.keys(counts)
    .filter((key) => !KNOWN.has(key) && !byCategory(key) && typeof counts[key] === "number" && counts[key] > 0)
    .map((key) => `${number(counts[key])} ${words(key)}`);
  const read = [...said(counts, READ, true), ...others];
  const from = said(counts, FROM);
  const clauses: string[] = [];
  if (read.length) clauses.push(`Read ${listed(read)}${from.length ? ` from ${listed(from)}` : ""}`);
  else if (from.length) clauses.push(`Read ${listed(from)}`);
  const skipped = said(counts, SKIPPED);
  if (skipped.length) clauses.push(listed(skipped));
  const added = said(counts, ADDED);
  if (added.length) clauses.push(`${listed(added)} added to the taxonomy`);
  return clauses.length ? `${clauses.join("; ")}.` : "";
}

/** The first line of a report: what was read, or that nothing was and the screen is as it was. */
export function reportSummary(ok: boolean, report: ImportReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === "error").length;
  if (!ok) {
    const why = errors ? `${counted(errors, ["problem", "problems"])}, listed below` : "the file could not be used";
    return `Nothing was imported from ${report.file}: ${why}. The data on screen is unchanged.`;
  }
  return countsSentence(report.counts) || `Read ${report.file}.`;
}

/** One diagnostic as the dialog shows it; every field is the file's content, to be shown as text. */
export interface ReportLine {
  /** "ttp.csv:12:3", or the file alone when the problem is the whole file. */
  readonly where: string;
  /** Where in the data ("relations[3].type", "confidence") and the record's id; empty when it says nothing. */
  readonly place: string;
  readonly message: string;
  /** The offending value, quoted and cut short; empty when there is none. */
  readonly value: string;
  readonly fix: string;
}

export interface DiagnosticGroup {
  readonly severity: Severity;
  /** "2 errors: what was skipped" */
  readonly title: string;
  readonly total: number;
  /** The first `cap` lines. */
  readonly lines: readonly ReportLine[];
  /** How many more there are than shown. */
  readonly hidden: number;
}

/** How many diagnostics of a group go into the page; the rest are counted. */
export const LINES_SHOWN = 200;
/** A group this long or shorter starts open; a longer one starts folded so the dialog stays short. */
export const OPEN_UP_TO = 20;
const VALUE_CHARS = 120;

/** Paths in parentheses ("(file)", "(kind)", "(header)") name a topic, not a place; the message says it better. */
const isTopic = (path: string): boolean => path === "" || /^\(.*\)$/.test(path);

/** The value as written in the file: strings quoted, others as JSON, long ones cut. */
export function shownValue(value: unknown): string {
  if (value === undefined) return "";
  let text: string;
  try {
    text = typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value); // a cycle or a BigInt, from a hand-made report
  }
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}

/** Importers write messages to follow a file:line prefix; alone on a line they read better capitalised. */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function reportLine(d: Diagnostic): ReportLine {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
  const path = isTopic(d.path) ? "" : d.path;
  const place = [path, d.recordId ? `(${d.recordId})` : ""].filter(Boolean).join(" ");
  return { where, place, message: sentence(d.message), value: shownValue(d.value), fix: sentence(d.fix) };
}

const GROUP_WORDS: Readonly<Record<Severity, { noun: Noun; what: string }>> = {
  error: { noun: ["error", "errors"], what: "what was skipped or refused" },
  warning: { noun: ["warning", "warnings"], what: "what was guessed or added" },
};

/** Errors then warnings, each in the importer's order (by file and line), the empty ones left out. */
export function diagnosticGroups(diagnostics: readonly Diagnostic[], cap = LINES_SHOWN): DiagnosticGroup[] {
  return (["error", "warning"] as const).flatMap((severity) => {
    const all = diagnostics.filter((d) => d.severity === severity);
    if (!all.length) return [];
    const { noun, what } = GROUP_WORDS[severity];
    return [{ severity, title: `${counted(all.length, noun)}: ${what}`, total: all.length, lines: all.slice(0, cap).map(reportLine), hidden: Math.max(0, all.length - cap) }];
  });
}
