/**
 * `faultlines export --format json|gexf [--dynamic] [slice options] [--out FILE]`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportGexf } from "../export/gexf";
import { exportJsonText } from "../export/json";
import { actorSize } from "../look/actor-size";
import { familyColour, kindColour } from "../look/palette";
import { RelationIndex } from "../model/relation-index";
import { selectSubset, type Subset } from "../model/subset";
import type { DataSet } from "../model/types";
import { LAYOUT_FILE } from "./layout";
import { loadData } from "./load-data";
import { CliError, DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";
import { SLICE_OPTIONS, sliceFiltersFrom } from "./slice-options";

const FORMATS = ["json", "gexf"];

export function exportCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { ...SLICE_OPTIONS, format: { type: "string" }, data: { type: "string" }, out: { type: "string" }, dynamic: { type: "boolean" } });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; give the data directory with --data DIR`);
  const format = values.format ?? "json";
  if (!FORMATS.includes(format)) throw new CliError(`--format "${format}" is not supported; use one of: ${FORMATS.join(", ")}`);
  if (values.dynamic && format !== "gexf") throw new CliError("--dynamic is for --format gexf; the JSON export always carries every period");
  const dir = values.data ?? DEFAULT_DATA_DIR;
  const { dataSet } = loadData(dir);
  const index = new RelationIndex(dataSet);
  const subset = selectSubset(index, sliceFiltersFrom(values, dataSet));
  const text = format === "gexf" ? gexfText(dir, dataSet, subset, values.dynamic ?? false) : exportJsonText(subset, dataSet.taxonomy);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`wrote ${plural(subset.actors.length, "actor")} and ${plural(subset.relations.length, "relation")} to ${values.out}\n`);
  } else io.out(text);
  return 0;
}

/** GEXF with the explorer's colours, and its stored positions when the data has them. */
function gexfText(dir: string, dataSet: DataSet, subset: Subset, dynamic: boolean): string {
  const positions = storedPositions(dir);
  const degree = new Map<string, number>();
  for (const r of subset.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  return exportGexf(subset, dataSet.taxonomy, {
    mode: dynamic ? "dynamic" : "snapshot",
    viz: {
      actorColour: (kind) => kindColour(kind, "light"),
      relationColour: (family) => familyColour(family, "light"),
      position: (actor) => positions?.[actor],
      actorSize: (actor) => actorSize(degree.get(actor) ?? 0),
    },
    description: `Faultlines export from ${dir}`,
  });
}

function storedPositions(dir: string): Record<string, { x: number; y: number }> | undefined {
  const path = join(dir, LAYOUT_FILE);
  if (!existsSync(path)) return undefined;
  const stored = JSON.parse(readFileSync(path, "utf8")) as { positions: Record<string, [number, number]> };
  return Object.fromEntries(Object.entries(stored.positions).map(([id, [x, y]]) => [id, { x, y }]));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
