/**
 * The fast way to read a data file whose text is plain JSON: `JSON.parse`, with source positions
 * found only when a diagnostic asks for one, by walking the text to the path. It answers only
 * where it is sure to give what the YAML reader (yaml-file.ts) gives for the same text — the
 * same data, the same line and column for every path — and declines otherwise, saying why, so
 * the caller can read the file as YAML and report exactly what it reports today.
 */
import { LineCounter } from "yaml";
import type { DataPath } from "./diagnostics";
import type { Position } from "./yaml-file";

/** The position of the value at `path`, or of its nearest parent that exists; at the key itself when `atKey`. */
export type Locator = (path: DataPath, atKey?: boolean) => Position | undefined;

export type JsonRead = { readonly ok: true; readonly data: unknown; readonly locate: Locator } | { readonly ok: false; readonly reason: string };

/**
 * Deeper than any data set nests; beyond it the YAML reader decides (it recurses, and a
 * runaway file is refused there as it is today).
 */
const MAX_DEPTH = 1000;

const BOM = 0xfeff;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const TAB = 0x09;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === TAB;

export function readJson(text: string): JsonRead {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === BOM ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message.split("\n")[0].slice(0, 120)})` };
  }
  // An empty file has its own message, and YAML's reading of it is cheap.
  if (data === null) return { ok: false, reason: "nothing but null" };
  // YAML breaks lines at "\r\n" and "\n" only, and refuses a lone "\r", which JSON takes as space.
  if (/\r(?!\n)/.test(text)) return { ok: false, reason: "a carriage return without a line feed" };
  // YAML takes a tab before the top-level value as indentation, and refuses it.
  if (tabAroundData(text)) return { ok: false, reason: "a tab before or after the data" };
  const shape = scanKeys(text);
  if (shape.depth > MAX_DEPTH) return { ok: false, reason: `lists or records nested ${shape.depth} deep` };
  if (writesKeyTwice(text, data, shape.keys)) return { ok: false, reason: "a key appears twice in one record" };
  return { ok: true, data, locate: jsonLocator(text) };
}

/**
 * Whether a tab stands in the blank before the top-level value or after it. Walked from each end,
 * not matched with a pattern: one like /\t[ \t\r\n]*$/ retries at every tab of a long run of
 * tabs between tokens, and took minutes on a small file.
 */
function tabAroundData(text: string): boolean {
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  while (isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== TAB) i++;
  if (text.charCodeAt(i) === TAB) return true;
  for (let j = text.length - 1; j >= 0 && isSpace(text.charCodeAt(j)); j--) if (text.charCodeAt(j) === TAB) return true;
  return false;
}

/**
 * Whether `text`, which JSON.parse read as `data`, writes a key twice in one record. JSON.parse
 * keeps the last of two equal keys without a word: fewer keys parsed than written means a duplicate.
 */
export function writesKeyTwice(text: string, data: unknown, keys = scanKeys(text).keys): boolean {
  return keys !== ownKeyCount(data);
}

/** The end of the string whose opening quote is at `start`: the offset just past its closing quote. */
function stringEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end + 1;
  }
}

/** How many keys the text writes (a string followed by ":" is a key in valid JSON), and how deep it nests. */
function scanKeys(text: string): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  let deepest = 0;
  let afterString = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      afterString = true;
      continue;
    }
    if (c === COLON && afterString) keys++;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    if (!isSpace(c)) afterString = false;
    i++;
  }
  return { keys, depth: deepest };
}

/** The own keys of every record in the parsed data, counted without recursion. */
function ownKeyCount(data: unknown): number {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null) pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      count++;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === "object" && item !== null) pending.push(item);
    }
  }
  return count;
}

/** Where a record's or a list's entries start in the text; keys only for records. */
interface Entries {
  readonly keys?: string[];
  readonly keyAt?: number[];
  readonly valueAt: number[];
}

/**
 * Positions in JSON text, as the YAML reader gives them: the offset of a value's first character
 * (its quote, bracket or digit), lines counted at each "\n" by YAML's own LineCounter. Each
 * record or list walked to is indexed once and kept, so a report with thousands of diagnostics
 * walks the text about once, and a file with none never walks it at all.
 */
export function jsonLocator(text: string): Locator {
  let lines: LineCounter | undefined;
  const entries = new Map<number, Entries>();
  const skipSpace = (i: number) => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  };
  /** The offset just past the value that starts at `i`. */
  const valueEnd = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return stringEnd(text, i);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      while (i < text.length && !isSpace(text.charCodeAt(i)) && !",]}".includes(text[i])) i++;
      return i;
    }
    let depth = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) {
        i = stringEnd(text, i);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return i + 1;
      i++;
    }
    return i;
  };
  const entriesAt = (start: number): Entries => {
    const known = entries.get(start);
    if (known) return known;
    const isRecord = text.charCodeAt(start) === OPEN_BRACE;
    const found: Entries = isRecord ? { keys: [], keyAt: [], valueAt: [] } : { valueAt: [] };
    let i = skipSpace(start + 1);
    const close = isRecord ? CLOSE_BRACE : CLOSE_BRACKET;
    while (i < text.length && text.charCodeAt(i) !== close) {
      if (isRecord) {
        const keyEnd = stringEnd(text, i);
        const raw = text.slice(i + 1, keyEnd - 1);
        found.keys!.push(raw.includes("\\") ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw);
        found.keyAt!.push(i);
        i = skipSpace(skipSpace(keyEnd) + 1); // past the colon
      }
      found.valueAt.push(i);
      i = skipSpace(valueEnd(i));
      if (text.charCodeAt(i) === COMMA) i = skipSpace(i + 1);
    }
    entries.set(start, found);
    return found;
  };
  /** The offset of the value at `path`, walked as yaml-file.ts walks the YAML document. */
  const offsetOf = (path: DataPath, atKey: boolean): number => {
    let at = skipSpace(text.charCodeAt(0) === BOM ? 1 : 0);
    for (let i = 0; i < path.length; i++) {
      const step = path[i];
      const c = text.charCodeAt(at);
      if (c === OPEN_BRACE) {
        const { keys, keyAt, valueAt } = entriesAt(at);
        const k = keys!.indexOf(String(step));
        if (k < 0) return at;
        at = i === path.length - 1 && atKey ? keyAt![k] : valueAt[k];
      } else if (c === OPEN_BRACKET && typeof step === "number") {
        const next = entriesAt(at).valueAt[step];
        if (next === undefined) return at;
        at = next;
      } else return at;
    }
    return at;
  };
  return (path, atKey = false) => {
    if (!lines) {
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    }
    const { line, col } = lines.linePos(offsetOf(path, atKey));
    return { line, column: col };
  };
}
