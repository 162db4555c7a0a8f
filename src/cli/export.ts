/**
 * `faultlines export --format json [slice options] [--out FILE]`.
 */
import { writeFileSync } from "node:fs";
import { exportJsonText } from "../export/json";
import { RelationIndex } from "../model/slice";
import { selectSubset } from "../model/subset";
import { loadOrFail } from "./load-or-fail";
import { CliError } from "./read-data-dir";
import { DEFAULT_DATA_DIR, parseOptions, type Io } from "./run";
import { SLICE_OPTIONS, sliceQueryFrom } from "./slice-options";

const FORMATS = ["json"];

export function exportCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { ...SLICE_OPTIONS, format: { type: "string" }, data: { type: "string" }, out: { type: "string" } });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; give the data directory with --data DIR`);
  const format = values.format ?? "json";
  if (!FORMATS.includes(format)) throw new CliError(`--format "${format}" is not supported; use one of: ${FORMATS.join(", ")}`);
  const dataSet = loadOrFail(values.data ?? DEFAULT_DATA_DIR);
  const index = new RelationIndex(dataSet);
  const subset = selectSubset(index, sliceQueryFrom(values, dataSet));
  const text = exportJsonText(subset, dataSet.taxonomy);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`wrote ${plural(subset.actors.length, "actor")} and ${plural(subset.relations.length, "relation")} to ${values.out}\n`);
  } else io.out(text);
  return 0;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
