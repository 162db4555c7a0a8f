/**
 * What every command shares: where output goes (`Io`, so tests can run the CLI in-process and
 * read what it printed), the default data directory, the option parser, and the error that
 * makes a mistake on the command line a usage message rather than a stack trace. On its own so
 * the commands need not import the dispatcher (run.ts) that imports them.
 */
import { parseArgs } from "node:util";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const DEFAULT_DATA_DIR = "graph-data";

/** A problem with what was asked on the command line: printed as a message, exit code 2. */
export class CliError extends Error {}

/** parseArgs with our error type, so a typo in an option is a usage message, not a stack trace. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>["options"]>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

/** A numeric option above 0 and at most `max`, or `fallback` when not given; anything else is a usage message. */
export function positiveOption(name: string, text: string | undefined, fallback: number, max: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new CliError(`--${name} "${text}" should be a number above 0 and at most ${max}`);
  return value;
}
