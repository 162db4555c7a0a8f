/**
 * `faultlines layout [dir] [--check]`: computes actor positions (seeded ForceAtlas2 over the
 * whole time span, overlaps removed) and stores them in layout.json beside the data, so the
 * first view is the same for everyone. --check fails when the stored layout is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../model/graph";
import { computeLayout, LAYOUT_SEED, type Positions } from "../look/layout";
import type { DataSet } from "../model/types";
import { isDirectory } from "./load-data";
import { loadOrFail } from "./load-or-fail";
import { CliError, DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";

export const LAYOUT_FILE = "layout.json";

export interface StoredLayout {
  readonly format: "faultlines/layout@1";
  readonly seed: number;
  readonly positions: Positions;
}

export function layoutFor(dir: string): StoredLayout {
  return layoutOf(loadOrFail(dir));
}

/** The layout `faultlines layout` stores for a data set: the one every reader of the directory opens on. */
export function layoutOf(dataSet: DataSet): StoredLayout {
  return { format: "faultlines/layout@1", seed: LAYOUT_SEED, positions: computeLayout(buildGraph(dataSet)) };
}

/** One actor per line, so a change of layout reads well in a diff. */
export function layoutText(layout: StoredLayout): string {
  const lines = Object.entries(layout.positions).map(([id, p]) => `    ${JSON.stringify(id)}: [${p.x}, ${p.y}]`);
  return `{\n  "format": "${layout.format}",\n  "seed": ${layout.seed},\n  "positions": {\n${lines.join(",\n")}\n  }\n}\n`;
}

export function layoutCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { check: { type: "boolean" }, data: { type: "string", multiple: true } });
  const paths = [...positionals, ...(values.data ?? [])];
  // The layout is stored beside the data files, so it needs their directory; a file has none of its own.
  if (paths.length > 1 || (paths.length === 1 && !isDirectory(paths[0])))
    throw new CliError(
      `layout stores actor positions in ${LAYOUT_FILE} inside a data directory, and ${paths.join(", ")} ${paths.length > 1 ? "are files" : "is a file"}, not one. Fix: make a data directory of ${paths.length > 1 ? "them" : "it"} with "faultlines import ${paths.join(" ")} --out DIR" (which writes ${LAYOUT_FILE} too), or give a data directory`,
    );
  const dir = paths[0] ?? DEFAULT_DATA_DIR;
  const path = join(dir, LAYOUT_FILE);
  const text = layoutText(layoutFor(dir));
  if (values.check) {
    const stored = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (stored === text) {
      io.out(`${path} is up to date\n`);
      return 0;
    }
    io.err(`${path} is ${stored ? "out of date" : "missing"}: run "faultlines layout ${dir}" and commit it\n`);
    return 1;
  }
  writeFileSync(path, text);
  io.out(`wrote ${path}\n`);
  return 0;
}
