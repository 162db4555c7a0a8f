/**
 * Reads a data directory from disk for the loader: the four data files by name, nothing else.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadDataSet, roleOf, type LoadResult, type SourceText } from "../model/load";
import { CliError } from "./options";

export function readDataDir(dir: string): SourceText[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir} is a file, not a data directory. Give the directory that holds actors.yaml, relations.yaml, taxonomy.yaml and sources.yaml`);
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "there is no such directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new CliError(`cannot read the data directory ${dir}: ${why}. Give the directory that holds actors.yaml, relations.yaml, taxonomy.yaml and sources.yaml`);
  }
  const cwd = process.cwd();
  return names
    .filter((name) => roleOf(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const shown = relative(cwd, path);
      return { name: shown.startsWith("..") ? path : shown, text: readFileSync(path, "utf8") };
    });
}

export const loadDataDir = (dir: string): LoadResult => loadDataSet(readDataDir(dir));
