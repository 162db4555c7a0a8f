/**
 * `faultlines export --format json|gexf|graphml|csv [--dynamic] [slice options] [--out FILE]`.
 * CSV is two files: `--out FILE` writes the relations to FILE and the actors beside it, to
 * `<stem>.actors.csv`, both with the byte-order mark Excel needs to read UTF-8. Without --out
 * only the relations go to stdout, without the mark (stdout feeds other programs, which would
 * take it for text), and stderr says how to get the actors too.
 *
 * The text is written as the exporters make it, a chunk at a time, to the file (under a
 * temporary name, renamed when whole: chunk-files.ts) or to stdout, so an export of any size
 * never stands in memory as one string.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { actorsFileName, CSV_BOM, exportCsvChunks } from "../export/csv";
import { exportGexfChunks, type GexfViz } from "../export/gexf";
import { exportGraphmlChunks } from "../export/graphml";
import { exportJsonChunks } from "../export/json";
import { actorSize } from "../look/actor-size";
import { familyColour, kindColour } from "../look/palette";
import { RelationIndex } from "../model/relation-index";
import { selectSubset, type Subset } from "../model/subset";
import type { DataSet } from "../model/types";
import { writeChunkFiles } from "./chunk-files";
import { LAYOUT_FILE } from "./layout";
import { loadData } from "./load-data";
import { CliError, DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";
import { SLICE_OPTIONS, sliceFiltersFrom } from "./slice-options";

const FORMATS = ["json", "gexf", "graphml", "csv"];

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...SLICE_OPTIONS, format: { type: "string" }, data: { type: "string" }, out: { type: "string" }, dynamic: { type: "boolean" } });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; give the data directory with --data DIR`);
  const format = values.format ?? "json";
  if (!FORMATS.includes(format)) throw new CliError(`--format "${format}" is not supported; use one of: ${FORMATS.join(", ")}`);
  if (values.dynamic && format !== "gexf") throw new CliError(`--dynamic is for --format gexf; the ${format === "json" ? "JSON" : format === "csv" ? "CSV" : "GraphML"} export always carries every period, as text`);
  const dir = values.data ?? DEFAULT_DATA_DIR;
  const { dataSet } = loadData(dir);
  const index = new RelationIndex(dataSet);
  const subset = selectSubset(index, sliceFiltersFrom(values, dataSet));
  const wrote = (to: string) => io.err(`wrote ${plural(subset.actors.length, "actor")} and ${plural(subset.relations.length, "relation")} to ${to}\n`);
  if (format === "csv") {
    const files = exportCsvChunks(subset, dataSet.taxonomy);
    if (!values.out) {
      for (const chunk of files.relations) io.out(chunk);
      io.err("wrote the relations to stdout; give --out FILE for the actors too, in the file beside it (FILE's stem + .actors.csv)\n");
      return 0;
    }
    const actorsFile = actorsFileName(values.out);
    await writeChunkFiles([
      { path: values.out, chunks: withBom(files.relations) },
      { path: actorsFile, chunks: withBom(files.actors) },
    ]);
    wrote(`${values.out} and ${actorsFile}`);
    return 0;
  }
  const chunks =
    format === "gexf" ? gexfChunks(dir, dataSet, subset, values.dynamic ?? false)
    : format === "graphml" ? exportGraphmlChunks(subset, dataSet.taxonomy, { viz: explorerViz(dir, subset), description: `Faultlines export from ${dir}` })
    : exportJsonChunks(subset, dataSet.taxonomy);
  if (values.out) {
    await writeChunkFiles([{ path: values.out, chunks }]);
    wrote(values.out);
  } else for (const chunk of chunks) io.out(chunk);
  return 0;
}

function* withBom(chunks: Iterable<string>): Generator<string> {
  yield CSV_BOM;
  yield* chunks;
}

/** GEXF with the explorer's looks. */
function gexfChunks(dir: string, dataSet: DataSet, subset: Subset, dynamic: boolean): Iterable<string> {
  return exportGexfChunks(subset, dataSet.taxonomy, { mode: dynamic ? "dynamic" : "snapshot", viz: explorerViz(dir, subset), description: `Faultlines export from ${dir}` });
}

/** The explorer's colours and sizes, and its stored positions when the data has them. */
function explorerViz(dir: string, subset: Subset): GexfViz {
  const positions = storedPositions(dir);
  const degree = new Map<string, number>();
  for (const r of subset.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  return {
    actorColour: (kind) => kindColour(kind, "light"),
    relationColour: (family) => familyColour(family, "light"),
    position: (actor) => positions?.[actor],
    actorSize: (actor) => actorSize(degree.get(actor) ?? 0),
  };
}

function storedPositions(dir: string): Record<string, { x: number; y: number }> | undefined {
  const path = join(dir, LAYOUT_FILE);
  if (!existsSync(path)) return undefined;
  const stored = JSON.parse(readFileSync(path, "utf8")) as { positions: Record<string, [number, number]> };
  return Object.fromEntries(Object.entries(stored.positions).map(([id, [x, y]]) => [id, { x, y }]));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
