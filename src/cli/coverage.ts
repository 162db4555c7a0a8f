/**
 * `faultlines coverage [--documents DIR] [--uncited] [--json]`: each paragraph of each source
 * document with the relations that cite it, so the paragraphs nothing cites yet stand out;
 * quotes not found verbatim and wrong "¶N" locations are errors (exit code 1).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { documentCoverage, type DocumentCoverage } from "../model/evidence";
import { loadOrFail } from "./load-or-fail";
import { CliError } from "./read-data-dir";
import { DEFAULT_DATA_DIR, parseOptions, type Io } from "./run";

/**
 * Where the source documents' texts are: $FAULTLINES_DOCUMENTS, or shared/seeds beside the
 * repository. They sit outside it: they are the publishers' work, cited here, not ours to
 * redistribute. Resolved from this file, so it holds whatever directory the command runs in.
 */
export const DEFAULT_DOCUMENTS_DIR =
  process.env.FAULTLINES_DOCUMENTS ?? relative(process.cwd(), fileURLToPath(new URL("../../../shared/seeds", import.meta.url)));

export function coverageCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { documents: { type: "string" }, uncited: { type: "boolean" }, json: { type: "boolean" } });
  const dataSet = loadOrFail(positionals[0] ?? DEFAULT_DATA_DIR);
  const dir = values.documents ?? DEFAULT_DOCUMENTS_DIR;
  const reports: (DocumentCoverage & { title: string; file: string })[] = [];
  for (const source of dataSet.sources) {
    if (!source.file) continue;
    const path = join(dir, source.file);
    if (!existsSync(path)) throw new CliError(`the text of source "${source.id}" is not at ${path}; give the directory holding ${source.file} with --documents DIR`);
    reports.push({ ...documentCoverage(source.id, readFileSync(path, "utf8"), dataSet.relations), title: source.title, file: source.file });
  }
  if (values.json) io.out(`${JSON.stringify(reports, null, 2)}\n`);
  else for (const report of reports) io.out(describe(report, values.uncited ?? false));
  const problems = reports.flatMap((r) => [
    ...r.missing.map((m) => `${r.file}: relation "${m.relation}" quotes words the document does not contain: ${JSON.stringify(m.quote.slice(0, 80))}. Fix: copy the quote verbatim from the document`),
    ...r.misplaced.map((m) => `${r.file}: relation "${m.relation}" says its quote is at ${m.location}, but it starts in ¶${m.actual}. Fix: set location: "¶${m.actual}"`),
  ]);
  for (const p of problems) io.err(`${p}\n`);
  return problems.length ? 1 : 0;
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
