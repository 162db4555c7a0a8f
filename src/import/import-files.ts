/**
 * One way in for every import: the files a person dropped or chose, whatever they are. Tells
 * their format from the names and, where a name says nothing or lies, from the content; sends
 * them to the GEXF, CSV or Faultlines importer; and refuses with a reason and a fix what none of
 * them can use: no file, a picture or an archive, a kind of file it does not read, several
 * formats at once, CSV files it cannot tell apart. A CSV file whose header is that of an event
 * data set (ACLED, UCDP GED, UCDP/PRIO dyadic) goes to the event importer, whatever its name.
 * With `into`, the result is the data set imported into with the file's data added to it: event
 * data through the event assembler, which matches the file's actor names as it reads; the other
 * formats imported on their own first, then merged (kit/merge-into.ts). `sizeProblem` lets a
 * caller refuse a file that is too large from its size alone, before reading it.
 */
import type { Diagnostic } from "../model/diagnostics";
import type { SourceText } from "../model/load";
import type { DataSet, Taxonomy } from "../model/types";
import type { ActorMatch, EventFormat, EventImportOptions, MappingRow } from "./events/types";
import { importCsv, MAX_CSV_CHARS } from "./csv/import-csv";
import { EventImport, importEvents, MAX_EVENT_FILE_CHARS, MAX_EVENT_ROWS } from "./events/event-import";
import { EVENT_FORMAT_NAMES } from "./events/types";
import { mergeInto } from "./kit/merge-into";
import { rowNotes } from "./kit/report";
import type { TypeMapping } from "./csv/type-mapping";
import { importFaultlinesFiles, MAX_FAULTLINES_JSON_CHARS } from "./faultlines/import-faultlines";
import { importGexf, MAX_FILE_CHARS } from "./gexf/import-gexf";
import type { ImportFormat, ImportResult } from "./types";

export type FileImportResult = ImportResult & {
  /** What the files were read as; null when they were refused before any importer saw them. */
  readonly format: ImportFormat | null;
  /** Positions the file gave (GEXF viz), by actor id; only for the actors that had one. */
  readonly positions?: Readonly<Record<string, readonly [number, number]>>;
  /** Relation type names the taxonomy lacks (CSV), for the app to ask about. */
  readonly unknownTypes?: readonly string[];
  /** Event data: how each category of event became a relation type, for the user to change. */
  readonly eventMapping?: readonly MappingRow[];
  /** With `into`: how each actor of the file was matched to the data set's, or created. */
  readonly actorMatches?: readonly ActorMatch[];
};

export interface FileImportOptions {
  readonly typeMapping?: TypeMapping;
  /** How far the records are read (rows of a CSV file), for a progress bar. */
  readonly onRecords?: (done: number, total: number) => void;
  /** Event data: the merging gap and the user's mapping of event categories to relation types. */
  readonly events?: Pick<EventImportOptions, "gapDays" | "mapping">;
  /** Import into this data set: the file's actors are matched to its actors, and the result holds both. */
  readonly into?: DataSet;
}

/** The formats told apart by name and content; event data is CSV told apart by its columns. */
type FileFormat = Exclude<ImportFormat, EventFormat>;

const FORMAT_NAMES: Record<FileFormat, string> = { gexf: "GEXF", csv: "CSV", faultlines: "Faultlines data" };
const EXTENSIONS: Record<FileFormat, readonly string[]> = { gexf: [".gexf", ".xml"], csv: [".csv", ".tsv", ".txt"], faultlines: [".yaml", ".yml", ".json"] };
const ACCEPTED = "a GEXF file (.gexf, or .xml), a relation list (.csv, .tsv or .txt) with an optional actors file, or the Faultlines data files or JSON export (.yaml, .yml, .json)";

/** Each format's cap, as its importer counts it (GEXF in MiB, the others in millions), with its fix. */
const LIMITS: Record<FileFormat, { readonly chars: number; readonly unit: number; readonly fix: string; readonly why?: string }> = {
  gexf: { chars: MAX_FILE_CHARS, unit: 1024 * 1024, fix: "Filter the graph in Gephi (a time range, a component, the nodes you need) and export it again, or split it into several files" },
  // By name alone a .csv file may be event data, which is read as it arrives and capped by its
  // events, not its size: it gets the event cap here. A relation list is read whole, and its
  // importer refuses it past its own, smaller cap once read.
  csv: {
    chars: MAX_EVENT_FILE_CHARS,
    unit: 1_000_000,
    why: ` (ACLED or UCDP event data, read as it arrives, up to ${MAX_EVENT_ROWS.toLocaleString("en")} events; a relation list up to ${(MAX_CSV_CHARS / 1_000_000).toFixed(1)} MB)`,
    fix: "Split it into smaller files, or keep only the rows, events and columns you need",
  },
  // The JSON cap: a YAML file past its own, smaller cap is refused by the importer once read.
  faultlines: { chars: MAX_FAULTLINES_JSON_CHARS, unit: 1_000_000, fix: "Export a smaller part of the data (a date window, some relation types), or split the files" },
};

const extensionOf = (name: string): string => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
const formatByName = (name: string): FileFormat | undefined => (Object.keys(EXTENSIONS) as FileFormat[]).find((f) => EXTENSIONS[f].includes(extensionOf(name)));

/** What the first few kilobytes look like; enough to tell formats apart without parsing. */
type Content = "empty" | "gexf" | "xml" | "export" | "json" | "delimited" | "text";

function contentOf(text: string): Content {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  if (!head) return "empty";
  if (head[0] === "<") return /<(?:!DOCTYPE\s+)?(?:[\w.-]+:)?gexf[\s>/]/i.test(head) ? "gexf" : "xml";
  if (/^\{\s*"format"\s*:/.test(head)) return "export";
  if (head[0] === "{" || head[0] === "[") return "json";
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0];
  return [",", "\t", ";"].some((sep) => firstLine.split(sep).length >= 3) ? "delimited" : "text";
}

/**
 * The format the importers should read a file as, or null when none can: the extension decides,
 * unless the content plainly says otherwise (a GEXF file named .txt, a JSON export named .csv).
 * A .gexf file always goes to the GEXF importer, which says best what is wrong with it.
 */
export function formatOf(name: string, text: string): FileFormat | null {
  if (binaryKind(text)) return null;
  const content = contentOf(text);
  const byName = formatByName(name);
  if (extensionOf(name) === ".gexf" || content === "gexf") return "gexf";
  if (extensionOf(name) === ".xml") return content === "xml" || content === "empty" ? "gexf" : byContent(content);
  if (byName === "csv") return content === "export" ? "faultlines" : "csv";
  if (byName) return byName;
  return byContent(content);
}

/** For a file whose name says nothing: XML goes to the GEXF importer, which names other XML (GraphML, HTML). */
function byContent(content: Content): FileFormat | null {
  if (content === "xml") return "gexf";
  if (content === "export" || content === "json") return "faultlines";
  if (content === "delimited") return "csv";
  return null;
}

/** What a file is when it is not text at all: a picture, an archive, a document, or text in UTF-16. */
function binaryKind(text: string): string | undefined {
  const head = text.slice(0, 8192);
  if (/^\uFFFDPNG\r\n/.test(head)) return "a PNG image";
  if (/^GIF8[79]a/.test(head)) return "a GIF image";
  if (/^\uFFFD\uFFFD\uFFFD/.test(head) && head.includes("JFIF")) return "a JPEG image";
  if (/^%PDF-/.test(head)) return "a PDF document";
  if (/^PK\u0003\u0004/.test(head)) return "a ZIP archive (Excel, Word and OpenDocument files are ZIP archives too)";
  if (/^\u001f\uFFFD\u0008/.test(head)) return "a gzip archive";
  // UTF-16, as Excel's "Unicode text" writes it: every other byte of Latin text is a NUL.
  if (/^(\uFFFD\uFFFD)?([^\u0000]\u0000){8}/.test(head) || /^(\uFFFD\uFFFD)?(\u0000[^\u0000]){8}/.test(head)) return "text in UTF-16, not UTF-8";
  if (head.includes("\u0000")) return "a binary file, not text";
  return undefined;
}

/** A file too large for its format's importer, from its size in bytes: checked before it is read. */
export function sizeProblem(name: string, bytes: number): Diagnostic | undefined {
  const format = formatByName(name);
  // A file whose name says nothing could be of any format: it gets the largest cap here, and its importer's own later.
  const limit = format ? LIMITS[format] : Object.values(LIMITS).reduce((a, b) => (a.chars >= b.chars ? a : b));
  if (bytes <= limit.chars) return undefined;
  const mb = (n: number) => `${(n / limit.unit).toFixed(1)} MB`;
  return { severity: "error", file: name, path: "(file)", value: bytes, message: `the file is ${mb(bytes)}, over the ${mb(limit.chars)} this tool imports${format ? ` from a ${FORMAT_NAMES[format]} file${limit.why ?? ""}` : ""}; it was not read`, fix: limit.fix };
}

export function importFiles(files: readonly SourceText[], taxonomy: Taxonomy, options: FileImportOptions = {}): FileImportResult {
  const name = files.map((f) => f.name).join(", ") || "(no file)";
  const refuse = (diagnostics: Diagnostic[], format: ImportFormat | null = null): FileImportResult => ({ ok: false, format, report: { file: name, diagnostics, counts: {} } });
  const problem = (file: string, message: string, fix: string, value?: unknown): Diagnostic => ({ severity: "error", file, path: "(file)", ...(value === undefined ? {} : { value }), message, fix });

  if (!files.length) return refuse([problem(name, "no file was given", `Choose ${ACCEPTED}`)]);
  const unusable = files.flatMap((f) => {
    const binary = binaryKind(f.text);
    if (binary === "text in UTF-16, not UTF-8") return [problem(f.name, "the file is text in UTF-16, and this tool reads UTF-8", 'Save it again as UTF-8 (in Excel: "CSV UTF-8"; in a text editor: encoding UTF-8)')];
    if (binary) return [problem(f.name, `the file is ${binary}, not data this tool reads`, `Choose ${ACCEPTED}`)];
    if (formatOf(f.name, f.text) === null) return [problem(f.name, `the file is not a kind this tool imports${extensionOf(f.name) ? ` (${extensionOf(f.name)})` : " (its name has no extension, and its content is not GEXF, CSV or JSON)"}`, `Choose ${ACCEPTED}`, extensionOf(f.name) || undefined)];
    return [];
  });
  if (unusable.length) return refuse(unusable);

  // Event data is CSV told apart by its header, whatever the file's name.
  const formats: ImportFormat[] = files.map((f) => {
    const byNameAndContent = formatOf(f.name, f.text) as FileFormat;
    return (byNameAndContent === "csv" && EventImport.formatOf(f.text.slice(0, 65_536))) || byNameAndContent;
  });
  const format = formats[0];
  if (formats.some((f) => f !== format)) {
    const list = files.map((f, i) => `${f.name} is ${formatName(formats[i])}`).join(", ");
    return refuse([problem(name, `the files are of different formats (${list}); one import reads one format`, "Import them one at a time, or choose files of one format: one GEXF file, a relation list with its actors file, the Faultlines data files, or one ACLED or UCDP export")]);
  }
  if (format !== "gexf" && format !== "csv" && format !== "faultlines") return fromEvents(files, format, taxonomy, options, refuse, problem);
  const result = format === "gexf" ? fromGexf(files, taxonomy, refuse, problem) : format === "csv" ? fromCsv(files, taxonomy, options, refuse, problem) : { ...importFaultlinesFiles(files, taxonomy), format };
  return options.into ? mergedInto(options.into, result, name) : result;
}

const formatName = (format: ImportFormat): string => (format === "gexf" || format === "csv" || format === "faultlines" ? FORMAT_NAMES[format] : `${EVENT_FORMAT_NAMES[format]} event data`);

/**
 * One event file at a time: each export is its own source, and a second one is added to the
 * first by importing it into the data set on screen, where its actors are matched by name. Read
 * whole here (the command line, the tests); the import worker pushes the chunks of one file to
 * an EventImport itself, so a large export is never held whole.
 */
function fromEvents(files: readonly SourceText[], format: EventFormat, taxonomy: Taxonomy, options: FileImportOptions, refuse: Refuse, problem: Problem): FileImportResult {
  if (files.length > 1)
    return refuse([problem(files.map((f) => f.name).join(", "), `${files.length} ${EVENT_FORMAT_NAMES[format]} files were given; one import reads one export`, "Import one of them, then import each of the others into the data set on screen (it matches their actors by name)")], format);
  const [file] = files;
  const { onRecords } = options;
  return importEvents(file.text, file.name, taxonomy, { ...options.events, ...(options.into ? { into: options.into } : {}), ...(onRecords ? { onRows: (done: number) => onRecords(done, 0) } : {}) });
}

/**
 * A GEXF, CSV or Faultlines import added to the data set imported into: actors matched by name
 * and alias, the rest added (kit/merge-into.ts says how), what it did in the report. Positions
 * the file gave are kept for its new actors only: those already on screen keep their place.
 */
function mergedInto(into: DataSet, result: FileImportResult, file: string): FileImportResult {
  if (!result.ok) return result;
  const notes = rowNotes(file);
  const { dataSet, matches } = mergeInto(into, result.dataSet, notes);
  const onScreen = new Set(into.actors.map((a) => a.id));
  const merged = new Set(dataSet.actors.map((a) => a.id));
  const kept = result.positions && Object.fromEntries(Object.entries(result.positions).filter(([id]) => !onScreen.has(id) && merged.has(id)));
  const { positions: _given, ...rest } = result;
  return {
    ...rest,
    dataSet,
    report: { ...result.report, diagnostics: [...result.report.diagnostics, ...notes.finish()] },
    actorMatches: matches,
    ...(kept ? { positions: kept } : {}),
  };
}

type Refuse = (diagnostics: Diagnostic[], format?: ImportFormat | null) => FileImportResult;
type Problem = (file: string, message: string, fix: string, value?: unknown) => Diagnostic;

function fromGexf(files: readonly SourceText[], taxonomy: Taxonomy, refuse: Refuse, problem: Problem): FileImportResult {
  if (files.length > 1) return refuse([problem(files.map((f) => f.name).join(", "), `${files.length} GEXF files were given; each holds a graph of its own, and one is imported at a time`, "Choose one of them, or merge the graphs in Gephi and export the result")], "gexf");
  const [file] = files;
  const result = importGexf(file.text, file.name, taxonomy);
  if (!result.ok) return { ...result, format: "gexf" };
  // fromEntries makes own properties, so an actor named "__proto__" is a key like any other.
  const positions = Object.fromEntries([...result.positions].map(([id, at]) => [id, [at.x, at.y] as const]));
  return { ok: true, dataSet: result.dataSet, report: result.report, format: "gexf", positions };
}

function fromCsv(files: readonly SourceText[], taxonomy: Taxonomy, options: FileImportOptions, refuse: Refuse, problem: Problem): FileImportResult {
  const names = files.map((f) => f.name).join(", ");
  if (files.length > 2) return refuse([problem(names, `${files.length} CSV files were given; an import reads one relation list and at most one actors file`, 'Choose the relation list, and its actors file if it has one (a name with "actors" in it)')], "csv");
  let relations = files[0];
  let actors: SourceText | undefined;
  if (files.length === 2) {
    const named = files.filter((f) => /actors/i.test(baseName(f.name)));
    // Both named "actors": the one that also says "relations" is the relation list.
    const picked = named.length === 2 ? named.filter((f) => !/relation/i.test(baseName(f.name))) : named;
    if (picked.length !== 1)
      return refuse([
        named.length === 2
          ? problem(names, 'both CSV files have "actors" in their names, so which one is the relation list cannot be told', 'Rename the relation list so that its name does not say "actors", e.g. "relations.csv"')
          : problem(names, 'two CSV files were given, and neither is named as an actors file', 'Put "actors" in the name of the actors file (e.g. "groups.actors.csv"), or import the relation list on its own'),
      ], "csv");
    actors = picked[0];
    relations = files.find((f) => f !== actors)!;
  }
  const result = importCsv(relations.text, relations.name, taxonomy, { ...(actors ? { actors: { text: actors.text, fileName: actors.name } } : {}), ...(options.typeMapping ? { typeMapping: options.typeMapping } : {}), ...(options.onRecords ? { onRows: options.onRecords } : {}) });
  return { ...result, format: "csv" };
}

const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;
