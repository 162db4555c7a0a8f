/**
 * The CSV export, for a spreadsheet and for our own CSV import: two files, the relations (one
 * row a relation) and the actors (one row an actor); and the RFC 4180 writer the command line's
 * tables (diff, balance) use too.
 *
 * Format decisions:
 * - RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled; lines end
 *   in CRLF. A field a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
 *   carriage return) is written after an apostrophe, so opening the file never runs a name, a
 *   quote or a date as code; read back, the apostrophe stays.
 * - UTF-8 with a byte-order mark (`CSV_BOM`, added by whoever writes the file): without it
 *   Excel reads UTF-8 as the Windows code page and turns پاکستان into mojibake. LibreOffice,
 *   Google Sheets, R's readr and our importer skip it; pandas wants `encoding="utf-8-sig"`.
 * - Relations: the columns our CSV import reads (id, source, target, type, directed, start,
 *   end, confidence, quote, source document, note), with ids in source and target, so the pair
 *   of files imports back as it was; and, for people, each end's label, the type's label and
 *   family, `periods` (every period's EDTF text, joined by "; "), `first day` and `last day`
 *   (ISO days the periods reach, empty when open), `certainty then` (a slice of time only),
 *   `deaths` (summed over the evidence that counts them), `evidence count` and `citation lines`
 *   (one line per piece of evidence, with its date, deaths and place in the source). `start`
 *   and `end` span every period (the first one's start to the last one's end): our import
 *   reads one period a row (so "[2014..2015]", one moment in a span, comes back as
 *   the span "2014/2015"), and `periods` keeps each exactly. Quotes and the cited sources'
 *   references are one a line.
 * - Actors: id, label, kind, aliases (joined by "; ", as our import splits them), lifetime
 *   (EDTF) and description.
 */
import type { Subset } from "../model/subset";
import type { Actor, Relation, Taxonomy } from "../model/types";
import { dayToIso, type Period } from "../model/dates";
import { ChunkBuffer, joinChunks } from "./chunks";
import { Citations, fatalitiesOf } from "./gexf-citation";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(",");

/** The byte-order mark that tells Excel the file is UTF-8 (see the banner). */
export const CSV_BOM = "\uFEFF";

export interface CsvFiles {
  /** One row a relation. */
  readonly relations: string;
  /** One row an actor, the relations' ends among them. */
  readonly actors: string;
}

const RELATION_HEADER = ["id", "source", "source label", "target", "target label", "type", "type label", "family", "directed", "periods", "start", "end", "first day", "last day"];
const EVIDENCE_HEADER = ["confidence", "deaths", "evidence count", "quote", "source document", "citation lines", "note"];
const ACTOR_HEADER = ["id", "label", "kind", "aliases", "lifetime", "description"];

const CRLF = "\r\n";

/** The two files' texts, each in chunks of at most CHUNK_CHARS characters, written as they are read. */
export interface CsvChunks {
  readonly relations: Generator<string>;
  readonly actors: Generator<string>;
}

/** The two files in chunks; a relation the subset cannot hold throws when the relations' chunks reach it. */
export function exportCsvChunks(subset: Subset, taxonomy: Taxonomy): CsvChunks {
  return { relations: relationChunks(subset, taxonomy), actors: tableChunks([ACTOR_HEADER], subset.actors, actorRow) };
}

/** The two files whole, for small subsets and the tests: each file's chunks joined. */
export function exportCsv(subset: Subset, taxonomy: Taxonomy): CsvFiles {
  const files = exportCsvChunks(subset, taxonomy);
  return { relations: joinChunks(files.relations), actors: joinChunks(files.actors) };
}

function relationChunks(subset: Subset, taxonomy: Taxonomy): Generator<string> {
  const types = new Map(taxonomy.types.map((t) => [t.id, t]));
  const labels = new Map(subset.actors.map((a) => [a.id, a.label]));
  const citations = new Citations(subset.sources);
  const { time } = subset;
  const header = [...RELATION_HEADER, ...(time ? ["certainty then"] : []), ...EVIDENCE_HEADER];
  return tableChunks([header], subset.relations, (r) => {
    const type = types.get(r.type);
    if (!type) throw new Error(`exportCsv: relation "${r.id}" has the type "${r.type}", which the taxonomy does not define`);
    for (const end of [r.source, r.target])
      if (!labels.has(end)) throw new Error(`exportCsv: relation "${r.id}" ties "${end}", which is not among the subset's actors. Include both ends of every relation`);
    const [start, end] = cover(r.periods);
    const deaths = fatalitiesOf(r);
    return [
      r.id, r.source, labels.get(r.source)!, r.target, labels.get(r.target)!, r.type, type.label, type.family, String(r.directed),
      r.periods.map((p) => p.edtf).join("; "), start, end, day(r.periods[0]?.first), day(r.periods[r.periods.length - 1]?.last),
      ...(time ? [time.possibleOnly.has(r.id) ? "possible" : "certain"] : []),
      r.confidence, deaths === undefined ? "" : String(deaths), String(r.evidence.length),
      r.evidence.map((e) => e.quote).join("\n"), citations.sourceIds(r).map((id) => citations.reference(id)).join("\n"), citations.citation(r), r.note ?? "",
    ];
  });
}

/** A table's lines, the header first, each item's row as it comes. */
function* tableChunks<T>(header: readonly (readonly string[])[], items: readonly T[], row: (item: T) => readonly string[]): Generator<string> {
  const out = new ChunkBuffer();
  for (const line of header) out.push(csvLine(line) + CRLF);
  for (const item of items) {
    out.push(csvLine(row(item)) + CRLF);
    if (out.full) yield* out.take();
  }
  yield* out.finish();
}

const actorRow = (a: Actor): string[] => [a.id, a.label, a.kind, a.aliases.join("; "), a.lifetime?.edtf ?? "", a.description ?? ""];

/** "2025-10-31", or "" for an open end (or no period). */
const day = (d: number | undefined): string => (d !== undefined && Number.isFinite(d) ? dayToIso(d) : "");

/** The start and end our CSV import reads: from the first period's start to the last one's end, ".." for an open end. */
function cover(periods: Relation["periods"]): [string, string] {
  if (!periods.length) return ["", ""];
  const first: Period = periods[0];
  const last: Period = periods[periods.length - 1];
  return [first.start?.edtf ?? "..", last.end?.edtf ?? ".."];
}

/** A file name's sibling for the actors: "out/view.csv" → "out/view.actors.csv". */
export const actorsFileName = (relationsFile: string): string => relationsFile.replace(/(\.csv)?$/i, ".actors.csv");
