/**
 * `faultlines import FILE... --out DIR [--into PATH] [--gap DAYS] [--map CATEGORY=TYPE]... [--force]`:
 * any file the explorer's Import… takes (GEXF, a CSV relation list and its actors file, ACLED or
 * UCDP event data, the Faultlines files), read by the import's own code and written as a data
 * directory: the four YAML files and layout.json, so every command, git and an editor can work
 * on it. The import's report goes to stderr as the dialog shows it (each problem with its file,
 * line and fix; the counts; how event categories became relation types; how actor names were
 * matched). An import with errors writes nothing and exits 1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { DATA_DIR_FILES, dataDirChunks } from "../export/data-dir";
import { importFiles, type FileImportOptions } from "../import/import-files";
import { LAYOUT_SEED } from "../look/layout";
import { storedPositionsUsable } from "../look/layout-data-set";
import { closestMatch, errorsIn, formatDiagnostic } from "../model/diagnostics";
import { loadDataSet, roleOf } from "../model/load";
import type { DataSet, Taxonomy } from "../model/types";
import { writeChunkFiles } from "./chunk-files";
import { importReportText } from "./import-report";
import { LAYOUT_FILE, layoutOf, layoutText } from "./layout";
import { loadData, readImportFiles } from "./load-data";
import { loadOrFail } from "./load-or-fail";
import { CliError, DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";

/** Longer than any gap that still means "one run of events": ten years. */
const MAX_GAP_DAYS = 3650;
/** Problems of the written directory listed on stderr; `validate` lists them all. */
const SHOWN_PROBLEMS = 20;

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseOptions(args, {
    out: { type: "string" },
    into: { type: "string", multiple: true },
    gap: { type: "string" },
    map: { type: "string", multiple: true },
    force: { type: "boolean" },
  });
  if (!files.length) throw new CliError("give the files to import, e.g. faultlines import acled-2025.csv --out my-data");
  if (!values.out) throw new CliError("--out DIR is needed: the data directory to write");
  const out = values.out;
  checkOut(out, values.force ?? false);
  const into = values.into ? loadData(values.into, "--into").dataSet : undefined;
  const taxonomy = into?.taxonomy ?? loadOrFail(DEFAULT_DATA_DIR).taxonomy;
  const mapping = mappingOf(values.map ?? [], taxonomy);
  const options: FileImportOptions = {
    typeMapping: Object.fromEntries(Object.entries(mapping).map(([name, type]) => [name, type || null])),
    events: { mapping, ...(values.gap !== undefined ? { gapDays: gapOf(values.gap) } : {}) },
    ...(into ? { into } : {}),
  };

  const read = readImportFiles(files, "");
  const result = importFiles(read, taxonomy, options);
  io.err(importReportText(result));
  if (!result.ok) {
    io.err(`${files.join(", ")}: not imported; nothing was written to ${out}\n`);
    return 1;
  }
  const written = await writeDataDir(out, result.dataSet, read.map((f) => basename(f.name)), !into && storedPositionsUsable(result.dataSet, result.positions) ? result.positions : undefined);
  io.err(`wrote ${out}: ${result.dataSet.actors.length} actors, ${result.dataSet.relations.length} relations, ${result.dataSet.sources.length} sources; ${written.layout}\n`);
  // The files as written, read back: what every command will load.
  const problems = errorsIn(loadDataSet(DATA_DIR_FILES.map((name) => ({ name: join(out, name), text: readFileSync(join(out, name), "utf8") }))).diagnostics);
  if (problems.length) {
    // Written as read rather than patched: a made-up quote or file name would be worse than a gap the loader points at.
    io.err(
      `${out} does not load as a data directory yet: the data files need what ${files.length === 1 ? "the file" : "the files"} did not give (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.slice(0, SHOWN_PROBLEMS).map((d) => `  ${formatDiagnostic(d)}\n`).join("") +
        `${problems.length > SHOWN_PROBLEMS ? `  ... and ${problems.length - SHOWN_PROBLEMS} more\n` : ""}` +
        `Complete them in the files ("faultlines validate ${out}" lists them all), or read the imported files directly with --data: faultlines stats --data ${files.join(" --data ")}\n`,
    );
  }
  return 0;
}

/** Refuses a file, or a directory holding anything, unless --force; with --force, clears the data files the new ones replace. */
function checkOut(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new CliError(`--out ${out} is a file; give a directory to write the data files in`);
  const held = readdirSync(out);
  if (held.length && !force)
    throw new CliError(
      `--out ${out} is not empty (it holds ${held.slice(0, 5).join(", ")}${held.length > 5 ? ", ..." : ""}); the import would replace its data files, comments and all. Fix: give a new or empty directory, or add --force to replace them`,
    );
}

interface Written {
  /** What the layout is, in words. */
  readonly layout: string;
}

/** The data files and layout.json, each written a piece at a time and renamed into place when all are whole. */
async function writeDataDir(out: string, dataSet: DataSet, importedFrom: readonly string[], positions: Readonly<Record<string, readonly [number, number]>> | undefined): Promise<Written> {
  mkdirSync(out, { recursive: true });
  // A data file left from before in the other syntax (actors.json beside actors.yaml) would be a second one of its role.
  for (const name of readdirSync(out)) if (roleOf(name)) rmSync(join(out, name));
  const schemaDir = resolve(DEFAULT_DATA_DIR, "schema");
  const files = dataDirChunks(dataSet, { importedFrom, ...(existsSync(schemaDir) ? { schemaDir: relative(resolve(out), schemaDir) } : {}) });
  // The file's own positions when it gives one for every actor, as the explorer shows it; else the layout `faultlines layout` stores.
  const layout = positions
    ? { format: "faultlines/layout@1" as const, seed: LAYOUT_SEED, positions: Object.fromEntries(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }])) }
    : layoutOf(dataSet);
  await writeChunkFiles([...DATA_DIR_FILES.map((name) => ({ path: join(out, name), chunks: files[name]() })), { path: join(out, LAYOUT_FILE), chunks: [layoutText(layout)] }]);
  return { layout: positions ? `the file's positions kept in ${LAYOUT_FILE} ("faultlines layout ${out}" lays it out afresh)` : `laid out in ${LAYOUT_FILE}` };
}

/**
 * `--map CATEGORY=TYPE`: an event category (ACLED's "Battles: Armed clash") or a CSV relation
 * type name, and the relation type id it becomes; "CATEGORY=" leaves an event category out (and
 * keeps a CSV name as a type of its own).
 */
function mappingOf(entries: readonly string[], taxonomy: Taxonomy): Record<string, string> {
  const ids = taxonomy.types.map((t) => t.id);
  const mapping: Record<string, string> = Object.create(null);
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    if (at <= 0) throw new CliError(`--map "${entry}" should be CATEGORY=TYPE, e.g. --map "Battles: Armed clash=armed-clash", or "CATEGORY=" to leave a category out`);
    const [category, type] = [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
    if (type && !ids.includes(type)) {
      const guess = closestMatch(type, ids);
      throw new CliError(`--map "${entry}": "${type}" is not a relation type of the taxonomy. Fix: ${guess ? `did you mean "${guess}"? ` : ""}use a type id of its taxonomy.yaml (${ids.slice(0, 8).join(", ")}, ...), or nothing after "=" to leave the category out`);
    }
    Object.defineProperty(mapping, category, { value: type, enumerable: true });
  }
  return mapping;
}

function gapOf(text: string): number {
  const days = Number(text);
  if (!Number.isInteger(days) || days < 0 || days > MAX_GAP_DAYS)
    throw new CliError(`--gap "${text}" should be a whole number of days from 0 to ${MAX_GAP_DAYS}: events of one kind between one pair at most this far apart become one period of one relation`);
  return days;
}
