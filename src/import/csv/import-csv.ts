/**
 * Imports a relation list from CSV or TSV (the separator is detected: comma, tab or semicolon),
 * one relation a row, with a header naming the columns in any case: source, target and type are
 * required; start, end, quote, source document, confidence, directed, note and id are read when
 * present (see columns.ts for the synonyms). Actors come from an optional actors file, or
 * are made from the names in the rows. Rows that cannot be read are skipped and reported with
 * their line; the import fails only when nothing usable is left. Dates: see dates.ts.
 *
 * Severity in the report: "error" for what was skipped or refused, "warning" for what was read
 * with a default, a guess or an addition to the taxonomy.
 */
import type { Taxonomy } from "../../model/types";
import { ActorDirectory, defaultKind, readActorsFile } from "./actors";
import { checkShape, openTable, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS, RowCells, type RelationField } from "./columns";
import { dayMonthOrder } from "./dates";
import { readRelationRow, SourceRegistry, type RowContext } from "./relations";
import { megabytes, rowNotes } from "../kit/report";
import { IdPool } from "../kit/ids";
import { warnLookAlikes } from "../kit/look-alikes";
import { TaxonomyGrowth, UNCLASSIFIED } from "../kit/taxonomy-growth";
import { TypeResolver, type TypeMapping } from "./type-mapping";
import type { ImportResult } from "../types";

/**
 * 20 million characters: a spreadsheet of some 100,000 relations, far beyond what the graph
 * shows legibly, and small enough to read in a second or two without exhausting a tab.
 */
export const MAX_CSV_CHARS = 20_000_000;

export interface CsvImportOptions {
  /** An actors file: id, label, kind, aliases. Without one, actors are made from the names in the rows. */
  readonly actors?: { readonly text: string; readonly fileName: string };
  /** The user's answers for unknown relation types: a type id of the taxonomy, or null to keep the name as a type of its own. */
  readonly typeMapping?: TypeMapping;
  /** Called every few thousand rows with the rows read and the rows in all, for a progress bar. */
  readonly onRows?: (done: number, total: number) => void;
}

/** Rows between calls of `onRows`: a few milliseconds of work. */
const ROWS_PER_PROGRESS = 5_000;

/** `unknownTypes`: type names neither in the taxonomy nor in the mapping, for the app to ask about. */
export type CsvImportResult = ImportResult & { readonly unknownTypes?: readonly string[] };

const EXAMPLE = "source,target,type,start,end,quote,source document";

export function importCsv(relationsText: string, fileName: string, taxonomy: Taxonomy, options: CsvImportOptions = {}): CsvImportResult {
  const notes = rowNotes(fileName);
  const counts = { rows: 0, relations: 0, skipped: 0, actors: 0, sources: 0, typesAdded: 0, kindsAdded: 0 };
  const refuse = (): CsvImportResult => ({ ok: false, report: { file: fileName, diagnostics: notes.finish(), counts } });

  for (const { text, fileName: file } of [{ text: relationsText, fileName }, ...(options.actors ? [options.actors] : [])])
    if (text.length > MAX_CSV_CHARS)
      notes.error({ file, path: "(file)" }, `the file is ${megabytes(text.length)}, more than the ${megabytes(MAX_CSV_CHARS)} this tool imports at once`, "Split it into smaller files, or keep only the rows and columns you need", file);
  if (notes.hasErrors) return refuse();

  const growth = new TaxonomyGrowth(taxonomy);
  const fromFile = options.actors && readActorsFile(options.actors.text, options.actors.fileName, growth, notes);
  if (options.actors && !fromFile) return refuse();
  const table = openTable(relationsText, fileName, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS, notes, EXAMPLE);
  if (!table) return refuse();
  const { header, rows } = table;
  if (!header.columns.has("start") && !header.columns.has("end")) {
    notes.error({ line: header.line, path: "(header)" }, "the header has no date column, and every relation needs a date", `Add a column "start" (or date, start date) with the day, month or year of each relation, e.g. "${EXAMPLE}"`, header.written.join(","));
    return refuse();
  }
  const actors = fromFile || new ActorDirectory(false);
  const sources = new SourceRegistry();
  const column = (field: RelationField) => header.columns.get(field);
  const cellsOf = function* (...fields: RelationField[]) {
    for (const row of rows) for (const f of fields) if (column(f) !== undefined) yield { text: row.fields[column(f)!] ?? "", line: row.line };
  };
  let fileSource: string | undefined;
  const ctx: RowContext = {
    file: fileName,
    notes,
    actors,
    actorsFromFile: !!fromFile,
    newActorKind: (line) => defaultKind(growth, notes, { file: fileName, line }, "the actors are made from the names in the rows, with no actors file to say what they are"),
    types: new TypeResolver(growth, notes, options.typeMapping),
    dates: dayMonthOrder(cellsOf("start", "end")),
    sources,
    fileSource: (line) => {
      if (fileSource === undefined) {
        fileSource = sources.idFor(fileName).id;
        notes.warn({ line, path: "(evidence)" }, `quotes with no source document are cited to the imported file itself (source "${fileSource}")`, 'Add a "source document" column naming where each quote comes from');
      }
      return fileSource;
    },
    relationIds: new IdPool(new Set([...cellsOf("id")].map((c) => c.text.trim()).filter(Boolean))),
  };

  const relations = [];
  for (const row of rows) {
    if (counts.rows % ROWS_PER_PROGRESS === 0) options.onRows?.(counts.rows, rows.length);
    counts.rows++;
    const relation = checkShape(row, header, fileName, notes) ? readRelationRow(new RowCells(row, header), ctx) : undefined;
    if (relation) relations.push(relation);
    else counts.skipped++;
  }

  options.onRows?.(counts.rows, rows.length);
  if (!relations.length) {
    notes.error({ path: "(file)" }, `none of the ${counts.rows} rows could be read, so nothing was imported`, "Correct the rows reported above and import the file again");
    return refuse();
  }
  const bare = relations.filter((r) => !r.evidence.length).length;
  if (bare)
    notes.warn(
      { line: header.line, path: "(evidence)" },
      column("quote") === undefined && column("document") === undefined
        ? "the file has no quote or source document column, so its relations have no evidence"
        : `${bare} of the ${relations.length} relations have no evidence: their rows give no quote or source document`,
      'Add a "quote" column with the words that support each relation and a "source document" column naming where they come from',
    );
  const uncited = relations.filter((r) => r.evidence.some((e) => !e.quote)).length;
  if (uncited)
    notes.warn({ line: header.line, path: "(evidence)" }, `${uncited} relation${uncited > 1 ? "s cite a source document" : " cites a source document"} without a quote; the evidence names the document only`, 'Add the supporting words in the "quote" column');
  if (growth.added.families.includes(UNCLASSIFIED.id))
    notes.warn({ path: "(taxonomy)" }, `the family "${UNCLASSIFIED.label}" is added to the taxonomy for the relation types it did not have`, "Map each new type to a type of the taxonomy, or give it a family in taxonomy.yaml");

  warnLookAlikes(actors.actors, notes);
  Object.assign(counts, { relations: relations.length, actors: actors.actors.length, sources: sources.sources.length, typesAdded: growth.added.types.length, kindsAdded: growth.added.kinds.length });
  const unknown = ctx.types.unknown;
  return {
    ok: true,
    dataSet: { taxonomy: growth.taxonomy(), actors: actors.actors, relations, sources: sources.sources },
    report: { file: fileName, diagnostics: notes.finish(), counts },
    ...(unknown.length ? { unknownTypes: [...unknown] } : {}),
  };
}
