/**
 * `faultlines coverage [--documents DIR] [--uncited] [--json] [--check]`: each paragraph of each
 * source document with the relations that cite it, so the paragraphs nothing cites yet stand
 * out; quotes not found verbatim and wrong "¶N" locations are errors (exit code 1). With
 * --check it prints only those errors and a one-line verdict: `npm run check:sources`.
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { documentCoverage, type DocumentCoverage } from "../model/evidence";
import { loadData } from "./load-data";
import { CliError, parseOptions, type Io } from "./options";

/**
 * Where the source documents' texts are: --documents DIR, or $FAULTLINES_DOCUMENTS. There is no
 * default: the documents are their publishers' work, cited here and not redistributed, so they
 * are never in the repository and only the one running the check knows where they are.
 */
export function documentsDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const dir = option ?? env.FAULTLINES_DOCUMENTS;
  if (!dir)
    throw new CliError(
      "no source documents to check against: their texts are not in the repository (they are their publishers' work). Fix: set FAULTLINES_DOCUMENTS to the directory holding them, or pass --documents DIR",
    );
  if (!existsSync(dir)) throw new CliError(`the source documents' directory ${dir} does not exist. Fix: point FAULTLINES_DOCUMENTS or --documents at the directory holding the documents' texts`);
  return dir;
}

export function coverageCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { documents: { type: "string" }, uncited: { type: "boolean" }, json: { type: "boolean" }, check: { type: "boolean" }, data: { type: "string", multiple: true } });
  const { dataSet } = loadData([...positionals, ...(values.data ?? [])]);
  const dir = documentsDir(values.documents);
  const reports: (DocumentCoverage & { title: string; file: string })[] = [];
  for (const source of dataSet.sources) {
    if (!source.file) continue;
    const path = documentPath(dir, source.id, source.file);
    reports.push({ ...documentCoverage(source.id, readFileSync(path, "utf8"), dataSet.relations), title: source.title, file: source.file });
  }
  if (values.json) io.out(`${JSON.stringify(reports, null, 2)}\n`);
  else if (!values.check) for (const report of reports) io.out(describe(report, values.uncited ?? false));
  const problems = reports.flatMap((r) => [
    ...r.missing.map((m) => `${r.file}: relation "${m.relation}" quotes words the document does not contain: ${JSON.stringify(m.quote.slice(0, 80))}. Fix: copy the quote verbatim from the document`),
    ...r.misplaced.map((m) => `${r.file}: relation "${m.relation}" says its quote is at ${m.location}, but it starts in ¶${m.actual}. Fix: set location: "¶${m.actual}"`),
  ]);
  for (const p of problems) io.err(`${p}\n`);
  if (values.check) {
    const quotes = dataSet.relations.reduce((n, r) => n + r.evidence.filter((e) => reports.some((d) => d.sourceId === e.source)).length, 0);
    io.out(
      problems.length
        ? `${problems.length} of ${quotes} quotes in ${reports.length} documents are not verbatim or not where they say\n`
        : `${quotes} quotes in ${reports.length} documents: every one verbatim, every ¶N where it starts\n`,
    );
  }
  return problems.length ? 1 : 0;
}

/**
 * Where a source's text is, refused unless it is inside the documents' directory once every
 * symlink and ".." is resolved: `file:` comes from the data set, which may be the one under
 * review, and a CI job must not print the machine's own files (`../../etc/passwd`, an absolute
 * path, a symlink out of the folder) as if they were a document.
 */
export function documentPath(dir: string, sourceId: string, file: string): string {
  const path = join(dir, file);
  const refuse = () =>
    new CliError(
      `the text of source "${sourceId}" is given as file: ${JSON.stringify(file)}, which leads outside the source documents' directory ${dir}; it was not read. Fix: give the document's path relative to that directory, with no "..", absolute path or symlink leading out of it`,
    );
  // Before looking whether it exists, so the message says nothing about files outside either.
  if (!within(resolve(dir), resolve(path))) throw refuse();
  if (!existsSync(path)) throw new CliError(`the text of source "${sourceId}" is not at ${path}. Fix: give the directory holding ${file} with --documents DIR or FAULTLINES_DOCUMENTS`);
  if (!within(realpathSync(dir), realpathSync(path))) throw refuse();
  return path;
}

function within(dir: string, path: string): boolean {
  const inside = relative(dir, path);
  return inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

function describe(report: DocumentCoverage & { title: string; file: string }, uncitedOnly: boolean): string {
  const cited = report.paragraphs.filter((p) => p.relations.length).length;
  const lines = [`${report.title}`, `  ${report.file} (source "${report.sourceId}"): ${cited} of ${report.paragraphs.length} paragraphs cited`];
  for (const { paragraph, relations } of report.paragraphs) {
    if (uncitedOnly && relations.length) continue;
    const preview = paragraph.text.length > 72 ? `${paragraph.text.slice(0, 71)}…` : paragraph.text;
    lines.push(`  ¶${String(paragraph.number).padEnd(3)} ${relations.length ? String(relations.length).padStart(3) : "  —"}  ${preview}`);
    if (relations.length) lines.push(`             ${relations.join(", ")}`);
  }
  return `${lines.join("\n")}\n\n`;
}
