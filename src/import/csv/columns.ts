/**
 * The header row: which column holds which field, by name in any case and with the synonyms
 * spreadsheets use ("from", "Actor 1", "Event type"...), and the rows read through it. Headers
 * are compared as lower-case words, so "Source_Document", "source-document" and "Source
 * document" are one name.
 */
import { delimiterName, detectDelimiter, parseCsv, type CsvRow } from "./parse";
import type { DiagnosticCollector } from "../kit/report";

/** The names each field goes by, as normalised words. The first is the one messages suggest. */
export type ColumnNames<F extends string> = Readonly<Record<F, readonly string[]>>;

export const RELATION_COLUMNS = {
  source: ["source", "from", "actor1", "actor 1", "source actor", "side a"],
  target: ["target", "to", "actor2", "actor 2", "target actor", "side b"],
  type: ["type", "relation", "event type", "relation type", "relationship"],
  start: ["start", "date", "from date", "start date", "begin", "event date"],
  end: ["end", "to date", "end date", "until"],
  quote: ["quote", "excerpt", "evidence"],
  document: ["source document", "citation", "url", "document", "reference"],
  confidence: ["confidence", "certainty"],
  directed: ["directed"],
  note: ["note", "notes", "comment"],
  id: ["id", "relation id"],
} as const satisfies ColumnNames<string>;
export type RelationField = keyof typeof RELATION_COLUMNS;
export const REQUIRED_RELATION_COLUMNS: readonly RelationField[] = ["source", "target", "type"];

export const ACTOR_COLUMNS = {
  id: ["id", "actor id"],
  label: ["label", "name", "actor"],
  kind: ["kind", "type", "actor kind", "category"],
  aliases: ["aliases", "alias", "other names"],
  description: ["description"],
} as const satisfies ColumnNames<string>;
export type ActorField = keyof typeof ACTOR_COLUMNS;

export const headerKey = (text: string): string => text.normalize("NFKC").trim().toLowerCase().replace(/[\s_\-.]+/g, " ").trim();

export interface Header<F extends string> {
  readonly line: number;
  /** The header cells as written, for messages. */
  readonly written: readonly string[];
  readonly columns: ReadonlyMap<F, number>;
  /** Columns whose name is none of ours, as written. */
  readonly ignored: readonly string[];
  /** A second column for a field that already has one (the first is used), as written. */
  readonly repeated: readonly { readonly field: F; readonly header: string }[];
}

export function readHeader<F extends string>(row: CsvRow, names: ColumnNames<F>): Header<F> {
  const fieldByName = new Map<string, F>();
  for (const field of Object.keys(names) as F[]) for (const name of names[field]) fieldByName.set(name, field);
  const columns = new Map<F, number>();
  const ignored: string[] = [];
  const repeated: { field: F; header: string }[] = [];
  row.fields.forEach((cell, i) => {
    const field = fieldByName.get(headerKey(cell));
    if (field === undefined) {
      if (cell.trim()) ignored.push(cell);
    } else if (columns.has(field)) repeated.push({ field, header: cell });
    else columns.set(field, i);
  });
  return { line: row.line, written: row.fields, columns, ignored, repeated };
}

/** Which of `required` the header lacks. */
export const missingColumns = <F extends string>(header: Header<F>, required: readonly F[]): F[] => required.filter((f) => !header.columns.has(f));

/** "source (or from, actor1...)": how a message names a field's accepted headers. */
export const describeColumn = <F extends string>(field: F, names: ColumnNames<F>): string => {
  const [first, ...others] = names[field];
  return others.length ? `${first} (or ${others.slice(0, 3).join(", ")})` : first;
};

/** A row read through its header: cells by field, trimmed, "" when the row is too short. */
export class RowCells<F extends string> {
  constructor(
    readonly row: CsvRow,
    private readonly header: Header<F>,
  ) {}
  get(field: F): string {
    const i = this.header.columns.get(field);
    return i === undefined ? "" : (this.row.fields[i] ?? "").trim();
  }
  has(field: F): boolean {
    return this.header.columns.has(field);
  }
  /** The header of a field as the file writes it, for messages. */
  nameOf(field: F): string {
    const i = this.header.columns.get(field);
    return i === undefined ? field : this.header.written[i].trim() || field;
  }
}

/**
 * Whether the row has the header's shape. Extra cells that are all empty are the trailing
 * delimiters some spreadsheets write, and harmless; extra cells with text mean the values have
 * shifted (usually a comma inside a value without quotes), so the row cannot be trusted.
 */
export function rowShape(row: CsvRow, width: number): "ok" | "short" | "shifted" {
  if (row.fields.length < width) return "short";
  for (let i = width; i < row.fields.length; i++) if (row.fields[i].trim()) return "shifted";
  return "ok";
}

export interface OpenedTable<F extends string> {
  readonly header: Header<F>;
  readonly rows: readonly CsvRow[];
}

/**
 * A file's header and data rows, with the parser's problems, unknown and repeated columns
 * reported; undefined (with the reason reported) when the file is empty, lacks a required
 * column or has no data row.
 */
export function openTable<F extends string>(text: string, file: string, names: ColumnNames<F>, required: readonly F[], notes: DiagnosticCollector, example: string): OpenedTable<F> | undefined {
  const delimiter = detectDelimiter(text, file);
  const table = parseCsv(text, delimiter);
  for (const p of table.problems) notes.add(p.severity, { file, line: p.line, path: "(syntax)" }, p.message, p.fix, p.value);
  const [first, ...rows] = table.rows;
  if (!first) {
    notes.error({ file, path: "(file)" }, "the file is empty", `Save the sheet as CSV with a header line first, e.g. "${example}"`);
    return undefined;
  }
  const header = readHeader(first, names);
  const missing = missingColumns(header, required);
  if (missing.length) {
    const found = header.written.filter((h) => h.trim()).map((h) => `"${h}"`);
    notes.error(
      { file, line: header.line, path: "(header)" },
      `the header has no ${missing.map((f) => `"${f}"`).join(", ")} column${missing.length > 1 ? "s" : ""}; it has ${found.length ? found.join(", ") : "no names"}${found.length === 1 && delimiter === "," ? " (read as one column: the file may use another separator)" : ""}`,
      `Name the columns in the first line: ${required.map((f) => describeColumn(f, names)).join(", ")}, e.g. "${example}"`,
      header.written.join(delimiter),
    );
    return undefined;
  }
  for (const { field, header: h } of header.repeated)
    notes.warn({ file, line: header.line, path: "(header)" }, `two columns are named as the ${field}; the first is read and "${h}" ignored`, `Rename or remove the column "${h}"`, h);
  if (header.ignored.length)
    notes.warn(
      { file, line: header.line, path: "(header)" },
      `the column${header.ignored.length > 1 ? "s" : ""} ${header.ignored.map((h) => JSON.stringify(h)).join(", ")} ${header.ignored.length > 1 ? "are" : "is"} not read (read as ${delimiterName(delimiter)}-separated)`,
      `Columns read: ${Object.keys(names).map((f) => describeColumn(f as F, names)).join(", ")}`,
    );
  if (!rows.length) {
    notes.error({ file, line: header.line, path: "(file)" }, "the file has a header but no rows", "Add a row under the header for each record");
    return undefined;
  }
  return { header, rows };
}

/** Whether a row can be read, reporting a shifted or short one. A short row is read, its missing cells empty. */
export function checkShape<F extends string>(row: CsvRow, header: Header<F>, file: string, notes: DiagnosticCollector): boolean {
  if (row.unclosedQuote) return false; // reported by the parser
  const shape = rowShape(row, header.written.length);
  const count = `the row has ${row.fields.length} value${row.fields.length === 1 ? "" : "s"} where the header has ${header.written.length}`;
  if (shape === "shifted") {
    notes.error({ file, line: row.line, path: "(row)" }, `${count}, so its values may be in the wrong columns; skipped`, "Put quotes around any value that contains the separator, or remove the extra values");
    return false;
  }
  // Said once: some tools leave trailing empty cells out of every row.
  if (shape === "short")
    notes.once(`short-row:${file}`, "warning", { file, line: row.line, path: "(row)" }, `${count}; the missing ones are read as empty, here and in any other short row`, "Add the missing values, or separators for empty ones");
  return true;
}
