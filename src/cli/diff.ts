/**
 * `faultlines diff --from A --to B [--format json|md|csv] [filters] [--out FILE]`: what changed
 * between two moments (model/compare.ts), each a day or a whole month, year or decade, under the
 * same filters as `export`: relations added, ended, continuing, and the pairs whose relation
 * turned from cooperative to hostile or back.
 */
import { writeFileSync } from "node:fs";
import { compareSlices } from "../model/compare";
import { applyFilters, type Filter } from "../model/filters";
import { RelationIndex } from "../model/relation-index";
import { diffCsv, diffJson, diffMarkdown, type DiffReport } from "./diff-report";
import { loadData } from "./load-data";
import { readSpan } from "./moments";
import { CliError, parseOptions, type Io } from "./options";
import { SLICE_OPTIONS, sliceFiltersFrom } from "./slice-options";

const FORMATS = { json: diffJson, md: diffMarkdown, csv: diffCsv } as const;
const EXAMPLE = "--from 2021-09-01 --to 2026-03-01";

export function diffCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { ...SLICE_OPTIONS, format: { type: "string" }, data: { type: "string", multiple: true }, out: { type: "string" } });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; give the data directory or file with --data PATH`);
  if (values.at !== undefined) throw new CliError(`diff compares two moments: give --from A --to B (each a day, a month or a year), e.g. ${EXAMPLE}, not --at`);
  const format = values.format ?? "json";
  if (!Object.hasOwn(FORMATS, format)) throw new CliError(`--format "${format}" is not supported; use one of: ${Object.keys(FORMATS).join(", ")}`);
  const { from, to } = readSpan(values, EXAMPLE);
  if (values.certain && values.possible) throw new CliError("give either --certain or --possible, not both");

  const { dataSet } = loadData(values.data);
  const index = new RelationIndex(dataSet);
  // The filters other than time apply at both moments; --certain keeps, at each, only what its dates say.
  const { from: _from, to: _to, certain, possible: _possible, ...rest } = values;
  const shared: Filter[] = [...(certain ? [{ type: "certainty", shown: "certain" } as const] : []), ...sliceFiltersFrom(rest, dataSet)];
  const comparison = compareSlices(applyFilters(index, [from.filter, ...shared]), applyFilters(index, [to.filter, ...shared]));
  const report: DiffReport = { from, to, comparison, dataSet, filterOptions: filterOptionsOf(values) };
  const text = FORMATS[format as keyof typeof FORMATS](report);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`wrote ${comparison.changes.length} relations (${comparison.added.length} added, ${comparison.ended.length} ended, ${comparison.turns.length} pairs turned) to ${values.out}\n`);
  } else io.out(text);
  return 0;
}

/** The filtering options as given, to say in the output what was compared. */
function filterOptionsOf(values: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(SLICE_OPTIONS)
    .filter((name) => !["at", "from", "to", "possible"].includes(name) && values[name] !== undefined && values[name] !== false)
    .map((name) => (values[name] === true ? `--${name}` : `--${name} ${values[name]}`));
}
