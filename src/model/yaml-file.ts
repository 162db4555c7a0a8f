/**
 * Reads one data file (YAML, or JSON, which YAML 1.2 includes) and keeps the source positions,
 * so any later problem found in the data can be reported at its line and column. Plain JSON
 * takes the fast way (json-file.ts), which gives the same data and positions at a fraction of
 * the time and memory; everything else, broken JSON included, is read as YAML.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { DataPath, Diagnostic } from "./diagnostics";
import { readJson } from "./json-file";

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface DataFile {
  readonly name: string;
  /** The plain data, or undefined when the file could not be parsed. */
  readonly data: unknown;
  readonly syntaxErrors: readonly Diagnostic[];
  /** The position of the value at `path`, or of its nearest parent that exists. */
  locate(path: DataPath, atKey?: boolean): Position | undefined;
}

/** Far above any real data set, far below what a "billion laughs" file needs. */
const MAX_ALIAS_COUNT = 1000;

/**
 * `maxYamlChars` bounds what is read as YAML, whose document takes many times the text's size
 * in memory; plain JSON of any size is read. A larger file that is not plain JSON is refused.
 */
export function readDataFile(name: string, text: string, maxYamlChars = Infinity): DataFile {
  const json = readJson(text);
  if (json.ok) return { name, data: json.data, syntaxErrors: [], locate: json.locate };
  if (text.length <= maxYamlChars) return readYamlFile(name, text);
  const mb = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;
  return {
    name,
    data: undefined,
    syntaxErrors: [{ severity: "error", file: name, path: "(file)", message: `the file is ${mb(text.length)} and not plain JSON (${json.reason}); only JSON is read past ${mb(maxYamlChars)}, YAML takes too much memory`, fix: "Correct the JSON at the place named (the YAML reader would name the line), or split the file into smaller ones" }],
    locate: () => undefined,
  };
}

/** Through a document of nodes and their positions: many times the time and memory of JSON.parse. */
export function readYamlFile(name: string, text: string): DataFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // One slip often trips several parser rules on the same line; report the first of each line.
  const seenLines = new Set<number>();
  const firstPerLine = doc.errors.filter((e) => {
    const line = lineCounter.linePos(e.pos[0]).line;
    return seenLines.has(line) ? false : (seenLines.add(line), true);
  });
  const syntaxErrors: Diagnostic[] = firstPerLine.map((e) => ({
    severity: "error",
    file: name,
    ...at(e.pos[0]),
    path: "(syntax)",
    message: firstLine(e.message),
    fix: syntaxFix(e.code),
  }));
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      syntaxErrors.push({
        severity: "error",
        file: name,
        path: "(aliases)",
        message: `the file could not be expanded: ${firstLine((e as Error).message)}`,
        fix: "Write the repeated values out instead of using many YAML aliases (*name)",
      });
    }
  }
  if (syntaxErrors.length === 0 && (data === null || data === undefined))
    syntaxErrors.push({ severity: "error", file: name, path: "(top level)", message: "the file is empty", fix: `Start it with the key the schema expects, e.g. "${name.replace(/\..*$/, "")}:"` });
  return {
    name,
    data: syntaxErrors.length ? undefined : data,
    syntaxErrors,
    locate: (path, atKey = false) => {
      const node = nodeAt(doc, path, atKey);
      return node?.range ? at(node.range[0]) : undefined;
    },
  };
}

function nodeAt(doc: Document, path: DataPath, atKey: boolean): Node | undefined {
  let node = doc.contents as Node | null;
  if (!node) return undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return node;
      const last = i === path.length - 1;
      const next = (last && atKey ? pair.key : pair.value) as Node | null;
      if (!next) return (pair.key as Node) ?? node;
      node = next;
    } else if (isSeq(node) && typeof step === "number" && node.items[step]) {
      node = node.items[step] as Node;
    } else {
      return node;
    }
  }
  return node;
}

const firstLine = (text: string) => text.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");

function syntaxFix(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "Remove or rename one of the two keys: each key appears once in a record";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "Check the indentation and punctuation on this line against the lines around it";
    case "MULTILINE_IMPLICIT_KEY":
      return 'Put a value that contains ": " in quotes, or use a block scalar (|) for long text';
    default:
      return "Correct the YAML syntax at this position; quote text that contains \": \" or starts with a special character";
  }
}
