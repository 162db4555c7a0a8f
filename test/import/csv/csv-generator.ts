/**
 * Relation tables for the CSV import's property tests, each with what it must import to. A
 * header the importer reads (the columns in any order, named as spreadsheets name them, comma,
 * semicolon or tab), rows of two actors, a type and dates in every form the importer reads (ISO,
 * "9 Oct 2025", "Oct 2025", "25/10/2025", a span, an open start or end) and, sometimes, an actors
 * file they are looked up in. Most rows are sound; a few lack an actor or a type, join an actor
 * to itself, have a date no one can read, repeat an id or have too many values; a few files lose
 * a required column or every row, so that they must be refused.
 *
 * What each row must become is worked out here from what was written: the actors it joins, its
 * type, its period at the precision written, its evidence; or the reason it is skipped, at its line.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { CsvImportResult } from "../../../src/import/csv/import-csv";
import type { TypeMapping } from "../../../src/import/csv/type-mapping";
import { writeCsv } from "./csv-checks";
import { arbDateInYear, diagnosticsAt, edtfOf, expectRefusalSaysWhere, HOSTILE_TEXT, listed, pad2, periodOf, periodShape, precisionOf, rarely, withReport, type DateModel, type PeriodModel } from "../generators";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** How names compare in a relation table: by their compatibility form, in any case, runs of spaces as one. */
const keyOf = (name: string): string => name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/** The header names a spreadsheet may use for each field, in any case and with _ - or . between words. */
const HEADERS = {
  source: ["source", "Source", "from", "Actor 1", "actor1", "Side A", "SOURCE_ACTOR"],
  target: ["target", "To", "Actor 2", "side_b", "Target Actor"],
  type: ["type", "Relation Type", "event_type", "Relationship"],
  start: ["start", "Date", "Start Date", "event-date", "begin"],
  end: ["end", "End Date", "until", "to_date"],
  quote: ["quote", "Excerpt", "evidence"],
  document: ["source document", "Citation", "URL", "Reference"],
  confidence: ["confidence", "Certainty"],
  directed: ["directed", "Directed"],
  note: ["note", "Notes", "Comment"],
  id: ["id", "Relation ID"],
} as const;
type Field = keyof typeof HEADERS;
const OPTIONAL: readonly Field[] = ["end", "quote", "document", "confidence", "directed", "note", "id"];

/**
 * A date as a person writes it, and what it says of the day-month order of the file's other
 * dates: "25/10/2025" can only be day first, "10/25/2025" only month first, "03/04/2025" either.
 */
interface WrittenDate {
  readonly text: string;
  readonly date?: DateModel;
  readonly order?: "day-first" | "month-first";
  /** "03/04/2025": read by the order the file's other dates settle, or refused. */
  readonly ambiguous?: { readonly dayFirst: DateModel; readonly monthFirst: DateModel };
}

const arbWritten = (year: number): fc.Arbitrary<WrittenDate> =>
  fc.tuple(arbDateInYear(year), fc.nat(5), fc.constantFrom("", "", "", "", "~", "?")).map(([date, form, qualifier]): WrittenDate => {
    const { y, m, d } = date;
    const iso = edtfOf(date);
    if (qualifier) return { text: iso + qualifier, date };
    if (d !== undefined) {
      const forms: WrittenDate[] = [
        { text: iso, date },
        { text: `${d} ${MONTHS[m! - 1]} ${y}`, date },
        { text: `${LONG_MONTHS[m! - 1]} ${d}, ${y}`, date },
        { text: `${y}/${pad2(m!)}/${pad2(d)}`, date },
        d > 12 ? { text: `${d}/${m}/${y}`, date, order: "day-first" } : d === m ? { text: `${pad2(d)}.${pad2(m)}.${y}`, date } : { text: `${d}-${MONTHS[m! - 1]}-${y}`, date },
        d > 12 ? { text: `${pad2(m!)}/${d}/${y}`, date, order: "month-first" } : { text: `${d} ${LONG_MONTHS[m! - 1]} ${y}`, date },
      ];
      return forms[form];
    }
    if (m !== undefined) return [{ text: iso, date }, { text: `${MONTHS[m - 1]} ${y}`, date }, { text: `${LONG_MONTHS[m - 1]} ${y}`, date }, { text: `${pad2(m)}/${y}`, date }, { text: `${m}.${y}`, date }, { text: iso, date }][form];
    return { text: String(y), date };
  });

/** "03/04/2025": a day and a month both 12 or less, written without saying which is which. */
const arbAmbiguous = (year: number): fc.Arbitrary<WrittenDate> =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).filter(([a, b]) => a !== b).map(([a, b]) => ({ text: `${pad2(a)}/${pad2(b)}/${year}`, ambiguous: { dayFirst: { y: year, m: b, d: a }, monthFirst: { y: year, m: a, d: b } } }));

/** Dates no reader can use: an impossible day, a word, a spreadsheet's day number, a misspelt month. */
const BAD_DATES = ["2025-13-45", "someday", "31/31/2025", "45123", "Marchh 2025", "2025-02-30", "0/5/2025"];
const OPEN_WORDS = ["ongoing", "..", "present", "Now", "open"];

type Dates =
  | { readonly shape: "single" | "same" | "span" | "open-end" | "open-start"; readonly start: WrittenDate; readonly end: WrittenDate; readonly openWord: string }
  | { readonly shape: "bad-start" | "bad-end"; readonly start: WrittenDate; readonly end: WrittenDate; readonly bad: string }
  | { readonly shape: "none" | "both-open" | "reversed"; readonly start: WrittenDate; readonly end: WrittenDate; readonly openWord: string };

/** Dates one row in `hostileOneIn` cannot read (none for 0). */
const arbDates = (hostileOneIn: number): fc.Arbitrary<Dates> =>
  fc.integer({ min: 1980, max: 2030 }).chain((y) =>
    fc.oneof(
      {
        weight: hostileOneIn ? hostileOneIn * 2 : 1,
        arbitrary: fc.record({
          shape: fc.constantFrom("single", "same", "span", "span", "open-end", "open-start"),
          start: hostileOneIn ? fc.oneof({ weight: 12, arbitrary: arbWritten(y) }, { weight: 1, arbitrary: arbAmbiguous(y) }) : arbWritten(y),
          end: arbWritten(y + 1 + (y % 3)),
          openWord: fc.constantFrom(...OPEN_WORDS),
        }),
      },
      { weight: hostileOneIn ? 1 : 0, arbitrary: fc.record({ shape: fc.constantFrom("bad-start", "bad-end"), start: arbWritten(y), end: arbWritten(y + 2), bad: fc.constantFrom(...BAD_DATES) }) },
      { weight: hostileOneIn ? 1 : 0, arbitrary: fc.record({ shape: fc.constantFrom("none", "both-open", "reversed"), start: arbWritten(y), end: arbWritten(y - 2), openWord: fc.constantFrom(...OPEN_WORDS) }) },
    ),
  );

/** The start and end cells a row's dates are written as. */
function cellsOf(dates: Dates, hasEnd: boolean): [string, string] {
  const { start, end } = dates;
  switch (dates.shape) {
    case "single":
      return [start.text, ""];
    case "same":
      return [start.text, hasEnd ? start.text : ""];
    case "span":
    case "reversed":
      return [start.text, hasEnd ? end.text : ""];
    case "open-end":
      return [start.text, hasEnd ? dates.openWord : ""];
    case "open-start":
      return hasEnd ? ["", end.text] : [start.text, ""];
    case "bad-start":
      return [dates.bad, hasEnd ? end.text : ""];
    case "bad-end":
      return hasEnd ? [start.text, dates.bad] : [dates.bad, ""];
    case "none":
      return ["", ""];
    case "both-open":
      return [hasEnd ? "" : dates.openWord, hasEnd ? dates.openWord : ""];
  }
}

/** The period a row's dates must give, under the order the file's dates settle; or why it cannot. */
function rowPeriodOf(dates: Dates, hasEnd: boolean, order: "day-first" | "month-first" | undefined): PeriodModel | RegExp {
  const [startCell, endCell] = cellsOf(dates, hasEnd);
  if (!startCell && !endCell) return /the row has no date/;
  const isOpen = (t: string) => OPEN_WORDS.some((w) => w.toLowerCase() === t.toLowerCase());
  if ((!startCell || isOpen(startCell)) && (!endCell || isOpen(endCell))) return /both ends of the period are open/;
  const read = (cell: string, which: WrittenDate): DateModel | RegExp => {
    if (BAD_DATES.includes(cell)) return /date cannot be read/;
    if (which.ambiguous) return order === undefined ? /could be .* (no date in the file settles|both day first and month first)/s : order === "day-first" ? which.ambiguous.dayFirst : which.ambiguous.monthFirst;
    return which.date!;
  };
  const startDate = !startCell || isOpen(startCell) ? undefined : read(startCell, dates.start);
  if (startDate instanceof RegExp) return startDate;
  const endDate = !endCell ? startDate : isOpen(endCell) ? undefined : read(endCell, endCell === dates.start.text ? dates.start : dates.end);
  if (endDate instanceof RegExp) return endDate;
  if (dates.shape === "reversed" && endCell) return /is before the start/;
  const period = periodOf(startDate, endDate);
  const qualifier = (cell: string) => (/[~?]$/.test(cell) ? cell.slice(-1) : "");
  // A qualified date keeps its mark ("2019~"); the period is written with it.
  if (!qualifier(startCell) && !qualifier(endCell)) return period;
  const [s, e] = [startDate && edtfOf(startDate) + qualifier(startCell), endDate && edtfOf(endDate) + (endCell ? qualifier(endCell) : qualifier(startCell))];
  return { ...period, edtf: s && e ? (s === e ? s : `${s}/${e}`) : s ? `${s}/..` : `../${e}` };
}

/** Relation types as written: the taxonomy's under other spellings, new ones, hostile ones. */
const KNOWN_TYPES: ReadonlyMap<string, { readonly id: string; readonly directed: boolean }> = new Map([
  ["airstrike", { id: "airstrike", directed: true }],
  ["air strike", { id: "airstrike", directed: true }],
  ["truce", { id: "truce", directed: false }],
  ["sanctuary", { id: "sanctuary", directed: true }],
  ["split from", { id: "split", directed: true }],
  ["split", { id: "split", directed: true }],
]);
const TYPE_TEXTS = ["airstrike", "Air strike", "AIR  STRIKE", "truce", "Truce", "sanctuary", "Split from", "split", "Shelling", "__proto__", "<b>raid</b>", "طالبان talks", "constructor"];
/** The user's answers for some unknown types: "Shelling" is an air strike, "__proto__" a type of its own. */
const MAPPING: TypeMapping = Object.fromEntries([
  ["Shelling", "airstrike"],
  ["__proto__", null],
]);
const NAMES = ["Pakistan", "TTP", "Afghan Taliban", "Islamic State – Khorasan", "Ḥaqqānī Network", "Tehrik-i-Taliban Pakistan (TTP)", ...HOSTILE_TEXT];
const DIRECTED = new Map([
  ["yes", true],
  ["No", false],
  ["TRUE", true],
  ["0", false],
  ["y", true],
  ["undirected", false],
]);

interface Pools {
  readonly name: fc.Arbitrary<string>;
  readonly type: fc.Arbitrary<string>;
  readonly text: fc.Arbitrary<string>;
  /** Whether types come from the list above, so their mapping onto the taxonomy is known. */
  readonly vocabularyKnown: boolean;
}
export const HOSTILE_POOLS: Pools = { name: fc.constantFrom(...NAMES), type: fc.constantFrom(...TYPE_TEXTS), text: fc.constantFrom(...HOSTILE_TEXT, "  padded  "), vocabularyKnown: true };
const arbAnyText = fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: "binary", maxLength: 10 }), fc.string({ unit: "grapheme", maxLength: 5 }));
export const RANDOM_POOLS: Pools = { name: arbAnyText, type: arbAnyText, text: arbAnyText, vocabularyKnown: false };

/** One row; `ends` index the file's names (or actors); the flags make it hostile. */
interface RowChoice {
  readonly ends: readonly [number, number];
  readonly endForms: readonly [number, number];
  readonly type: string;
  readonly dates: Dates;
  readonly confidence?: string;
  readonly directed?: string;
  readonly quote?: string;
  readonly document?: string;
  readonly note?: string;
  readonly id: "made" | "given" | "repeat";
  readonly fault?: "no-source" | "no-target" | "no-type" | "loop" | "unknown-actor" | "shifted";
}

const arbRow = (pools: Pools, hostileOneIn: number): fc.Arbitrary<RowChoice> =>
  fc.record({
    ends: fc.tuple(fc.nat(), fc.nat()),
    endForms: fc.tuple(fc.nat(), fc.nat()),
    type: pools.type,
    dates: arbDates(hostileOneIn),
    confidence: fc.option(fc.constantFrom("low", "Medium", "HIGH", "", "sure"), { nil: undefined }),
    directed: fc.option(fc.constantFrom(...DIRECTED.keys(), "", "maybe"), { nil: undefined }),
    quote: fc.option(pools.text, { nil: undefined }),
    document: fc.option(fc.oneof(pools.text, fc.constantFrom("A test document", "https://example.org/report?id=1")), { nil: undefined }),
    note: fc.option(pools.text, { nil: undefined }),
    id: hostileOneIn ? fc.constantFrom<RowChoice["id"]>("made", "given", "given", "repeat") : fc.constantFrom<RowChoice["id"]>("made", "given"),
    fault: rarely(fc.constantFrom<NonNullable<RowChoice["fault"]>>("no-source", "no-target", "no-type", "loop", "unknown-actor", "shifted"), hostileOneIn),
  });

interface ActorChoice {
  readonly id: string;
  readonly kind: string;
  readonly aliases: number;
}

/** What makes a whole file unusable: no type column, no date column, no row, no row that reads, an actors file without ids. */
type Damage = "no-type-column" | "no-date-column" | "header-only" | "all-rows-bad" | "actors-without-ids";

export interface RowCase {
  readonly line: number;
  /** Why the row is skipped, as the report says; undefined when it becomes a relation. */
  readonly skipped?: RegExp;
  /** The actors it joins: their labels (made from the names) or their ids (from an actors file). */
  readonly ends: readonly [string, string];
  readonly type: { readonly id: string } | { readonly added: string } | { readonly any: true };
  readonly directed: boolean | "type";
  readonly period: PeriodModel;
  readonly confidence: string;
  readonly evidence: readonly { readonly document: string; readonly quote: string }[];
  readonly note?: string;
  readonly id?: string;
}

export interface CsvCase {
  readonly text: string;
  readonly file: string;
  readonly actors?: { readonly text: string; readonly file: string };
  readonly typeMapping?: TypeMapping;
  readonly imports: boolean;
  readonly refusal?: { readonly message: RegExp; readonly file: string; readonly line?: number };
  readonly rows: readonly RowCase[];
  /** Type names the taxonomy lacks and no answer maps, as first written: the app asks about these. */
  readonly unknownTypes: readonly string[];
  readonly vocabularyKnown: boolean;
  readonly damage: string;
}

export const arbCsvCase = (pools: Pools = HOSTILE_POOLS, { hostileOneIn = 12, damageOneIn = 8 } = {}): fc.Arbitrary<CsvCase> =>
  fc
    .record({
      delimiter: fc.constantFrom(",", ",", ";", "\t"),
      newline: fc.constantFrom("\r\n", "\n"),
      bom: fc.boolean(),
      columns: fc.tuple(fc.subarray([...OPTIONAL]), fc.nat(), fc.boolean()),
      names: fc.uniqueArray(pools.name, { minLength: 2, maxLength: 6, selector: keyOf }).filter((names) => names.every((n) => keyOf(n) !== "")),
      actorsFile: rarely(fc.array(fc.record({ id: fc.constantFrom("plain", "plain", "plain", "__proto__", "constructor"), kind: fc.constantFrom("state", "Armed group", "militia", ""), aliases: fc.nat(2) }), { minLength: 6, maxLength: 6 }), 3),
      mapping: fc.boolean(),
      rows: fc.array(arbRow(pools, hostileOneIn), { minLength: 1, maxLength: 10 }),
      damage: rarely(fc.constantFrom<Damage>("no-type-column", "no-date-column", "header-only", "all-rows-bad", "actors-without-ids"), damageOneIn),
    })
    .map((c) => buildCsv(c, pools.vocabularyKnown));

interface Choices {
  readonly delimiter: string;
  readonly newline: string;
  readonly bom: boolean;
  readonly columns: readonly [readonly Field[], number, boolean];
  readonly names: readonly string[];
  readonly actorsFile?: readonly ActorChoice[];
  readonly mapping: boolean;
  readonly rows: readonly RowChoice[];
  readonly damage?: Damage;
}

/** The line each row of a written table starts on, counted from its line breaks. */
function linesOf(rows: readonly (readonly string[])[], delimiter: string, newline: string): number[] {
  let line = 1;
  return rows.map((row) => {
    const at = line;
    line += writeCsv([row], delimiter as ",", newline).split(/\r\n|\r|\n/).length - 1;
    return at;
  });
}

function buildCsv(c: Choices, vocabularyKnown: boolean): CsvCase {
  const file = "relations.csv";
  const damage = c.damage;
  const [optional, order, extraColumn] = c.columns;
  let fields: Field[] = ["source", "target", "type", "start", ...optional];
  if (damage === "no-type-column") fields = fields.filter((f) => f !== "type");
  if (damage === "no-date-column") fields = fields.filter((f) => f !== "start" && f !== "end");
  // The columns in any order: rotated, with the header names people use.
  fields = [...fields.slice(order % fields.length), ...fields.slice(0, order % fields.length)];
  const has = (f: Field) => fields.includes(f);
  const header = [...fields.map((f, i) => HEADERS[f][(order + i) % HEADERS[f].length]), ...(extraColumn ? ["Region"] : [])];

  // With an actors file, rows name actors by id, label or alias; without, the names make the actors.
  const actorRows = c.actorsFile?.map((a, i) => ({
    id: a.id === "plain" ? `a${i}` : a.id,
    label: c.names[i % c.names.length] + (i >= c.names.length ? ` ${i}` : ""),
    kind: a.kind,
    aliases: Array.from({ length: a.aliases }, (_, k) => `alias ${i}.${k}`),
  }));
  const actors = actorRows?.filter((a, i) => actorRows.findIndex((b) => b.id === a.id) === i);
  const find = (text: string): string | undefined => {
    if (!actors) return undefined;
    const byId = actors.find((a) => a.id === text);
    if (byId) return byId.id;
    for (const a of actors) if ([a.id, a.label, ...a.aliases].some((n) => keyOf(n) === keyOf(text))) return a.id;
    return undefined;
  };
  // The two ends of a row are two different names (or actors), unless the row is meant to be a loop.
  const pick = (row: RowChoice, end: 0 | 1, n: number) => (end === 0 || n < 2 ? row.ends[0] % n : ((row.ends[0] % n) + 1 + (row.ends[1] % (n - 1))) % n);
  const nameOf = (row: RowChoice, end: 0 | 1): string => {
    if (!actors) {
      const name = c.names[pick(row, end, c.names.length)];
      return [name, name.toUpperCase(), ` ${name} `, name][row.endForms[end] % 4];
    }
    const a = actors[pick(row, end, actors.length)];
    const forms = [a.id, a.label, a.label.toLowerCase(), ...a.aliases];
    return forms[row.endForms[end] % forms.length];
  };

  // The day-month order the file's own dates settle, from every date cell, read or not.
  const rowsChoices = damage === "header-only" ? [] : c.rows;
  const cells = rowsChoices.map((row) => {
    const loop = row.fault === "loop";
    const ends = [nameOf(row, 0), loop ? nameOf(row, 0) : nameOf(row, 1)];
    return {
      source: row.fault === "no-source" || damage === "all-rows-bad" ? "" : row.fault === "unknown-actor" ? "Nobody At All" : ends[0],
      target: row.fault === "no-target" ? "" : ends[1],
      type: row.fault === "no-type" ? "" : row.type,
      dates: cellsOf(row.dates, has("end")),
    };
  });
  const orders = new Set(rowsChoices.flatMap((row, i) => [row.dates.start, row.dates.end].filter((d) => cells[i].dates.includes(d.text) && d.order).map((d) => d.order)));
  const order1 = orders.size === 1 ? [...orders][0] : undefined;

  const written: string[][] = [];
  const rows: RowCase[] = [];
  const givenIds = new Set<string>();
  const typeLabels = new Map<string, string>();
  const unknownTypes: string[] = [];
  rowsChoices.forEach((row, i) => {
    const cell = cells[i];
    const id = row.id === "made" ? "" : row.id === "given" ? `r${i}` : `r${Math.max(0, i - 1)}`;
    const value: Record<Field, string> = {
      source: cell.source,
      target: cell.target,
      type: cell.type,
      start: cell.dates[0],
      end: cell.dates[1],
      quote: row.quote ?? "",
      document: row.document ?? "",
      confidence: row.confidence ?? "",
      directed: row.directed ?? "",
      note: row.note ?? "",
      id,
    };
    written.push([...fields.map((f) => value[f]), ...(extraColumn ? ["north"] : []), ...(row.fault === "shifted" ? ["oops"] : [])]);

    // Why the row is skipped, in the importer's words; the first reason found is enough.
    const trimmed = (f: Field) => (has(f) ? value[f].trim() : "");
    const [source, target] = [trimmed("source"), trimmed("target")];
    const ids = actors ? [source, target].map(find) : [source, target];
    const period = has("start") || has("end") ? rowPeriodOf(row.dates, has("end"), order1) : /no date column/;
    const typeText = trimmed("type");
    const given = trimmed("id");
    const skipped =
      row.fault === "shifted"
        ? /values may be in the wrong columns/
        : !source || !target
          ? /the row has no (source|target) actor/
          : actors && (!ids[0] || !ids[1])
            ? /unknown actor .* not in the actors file/s
            : (actors ? ids[0] === ids[1] : keyOf(source) === keyOf(target))
              ? /goes from .* to itself/s
              : !typeText
                ? /the row has no relation type/
                : given && givenIds.has(given)
                  ? /is already used by an earlier row/
                  : period instanceof RegExp
                    ? period
                    : undefined;
    if (!skipped && given) givenIds.add(given);

    // The type: the taxonomy's, the one the user mapped it to, or one of its own, named as first written.
    const known = KNOWN_TYPES.get(keyOf(typeText));
    const mapped = c.mapping && typeText === "Shelling" ? KNOWN_TYPES.get("airstrike") : undefined;
    let type: RowCase["type"] = { any: true };
    let directedByType: boolean | "type" = "type";
    if (vocabularyKnown) {
      if (known ?? mapped) [type, directedByType] = [{ id: (known ?? mapped)!.id }, (known ?? mapped)!.directed];
      else {
        if (!skipped && !typeLabels.has(keyOf(typeText))) {
          typeLabels.set(keyOf(typeText), typeText);
          if (!(c.mapping && typeText === "__proto__")) unknownTypes.push(typeText);
        }
        [type, directedByType] = [{ added: typeLabels.get(keyOf(typeText)) ?? typeText }, true];
      }
    }
    const directed = DIRECTED.get(trimmed("directed"));
    const confidence = trimmed("confidence").toLowerCase();
    const [quote, document] = [trimmed("quote"), trimmed("document")];
    rows.push({
      line: 0,
      ...(skipped ? { skipped } : {}),
      ends: actors ? [ids[0] ?? "", ids[1] ?? ""] : [source, target],
      type,
      directed: directed ?? directedByType,
      period: period instanceof RegExp ? { edtf: "", start: null, end: null } : period,
      confidence: ["low", "medium", "high"].includes(confidence) ? confidence : "medium",
      evidence: quote || document ? [{ document: document || file, quote }] : [],
      ...(trimmed("note") ? { note: trimmed("note") } : {}),
      ...(given ? { id: given } : {}),
    });
  });

  const lines = linesOf([header, ...written], c.delimiter, c.newline);
  const located = rows.map((r, i) => ({ ...r, line: lines[i + 1] }));
  const text = (c.bom ? "\uFEFF" : "") + writeCsv([header, ...written], c.delimiter as ",", c.newline);
  const actorsText =
    actorRows &&
    writeCsv(
      [damage === "actors-without-ids" ? ["kind", "aliases"] : ["id", "label", "kind", "aliases"], ...actorRows.map((a) => (damage === "actors-without-ids" ? [a.kind, a.aliases.join("|")] : [a.id, a.label, a.kind, a.aliases.join(a.aliases.length % 2 ? "|" : ";")]))],
      ",",
      c.newline,
    );

  let refusal: CsvCase["refusal"];
  if (damage === "actors-without-ids" && actorsText) refusal = { message: /neither an id nor a label column/, file: "actors.csv", line: 1 };
  else if (damage === "no-type-column") refusal = { message: /the header has no "type" column/, file, line: 1 };
  else if (damage === "no-date-column") refusal = { message: /the header has no date column/, file, line: 1 };
  else if (damage === "header-only") refusal = { message: /the file has a header but no rows/, file, line: 1 };
  else if (located.every((r) => r.skipped)) refusal = { message: /none of the \d+ rows could be read/, file };
  return {
    text,
    file,
    ...(actorsText ? { actors: { text: actorsText, file: "actors.csv" } } : {}),
    ...(c.mapping ? { typeMapping: MAPPING } : {}),
    imports: !refusal,
    ...(refusal ? { refusal } : {}),
    rows: located,
    unknownTypes,
    vocabularyKnown,
    damage: damage ?? "",
  };
}

/** Each row became the relation it says, or is reported at its line; or the file is refused with the reason. */
export function expectCsvAsPlanned(c: CsvCase, r: CsvImportResult): void {
  withReport(() => checkCsv(c, r), () => `${listed(r.report.diagnostics)}\n--- ${c.file}:\n${c.text}${c.actors ? `\n--- ${c.actors.file}:\n${c.actors.text}` : ""}`);
}

function checkCsv(c: CsvCase, r: CsvImportResult): void {
  expect(r.ok).toBe(c.imports);
  const d = r.report.diagnostics;
  if (!r.ok) {
    expectRefusalSaysWhere(d, [c.file, ...(c.actors ? [c.actors.file] : [])], (f) => (f === c.file ? c.text : c.actors!.text));
    const said = d.find((x) => x.severity === "error" && x.file === c.refusal!.file && c.refusal!.message.test(x.message));
    expect(said, `no error of ${c.refusal!.file} says ${c.refusal!.message}`).toBeDefined();
    if (c.refusal!.line !== undefined) expect(said!.line).toBe(c.refusal!.line);
    if (c.refusal!.line === undefined) for (const row of c.rows) expect(diagnosticsAt(d, c.file, row.line).some((x) => row.skipped!.test(x.message)), `the row at line ${row.line} is not reported there as ${row.skipped}`).toBe(true);
    return;
  }
  const { actors, relations, sources, taxonomy } = r.dataSet;
  const read = c.rows.filter((row) => !row.skipped);
  expect(r.report.counts).toMatchObject({ rows: c.rows.length, relations: read.length, skipped: c.rows.length - read.length });
  expect(relations).toHaveLength(read.length);
  for (const row of c.rows) if (row.skipped) expect(diagnosticsAt(d, c.file, row.line).some((x) => row.skipped!.test(x.message)), `the skipped row at line ${row.line} is not reported there as ${row.skipped}`).toBe(true);

  // Without an actors file, one actor per name in any case, labelled as first written in a row that was read.
  const label = new Map(actors.map((a) => [a.id, a.label]));
  if (!c.actors) {
    const firstWritten = new Map<string, string>();
    for (const row of read) for (const name of row.ends) if (!firstWritten.has(keyOf(name))) firstWritten.set(keyOf(name), name);
    expect(actors.map((a) => a.label)).toEqual([...firstWritten.values()]);
  }
  const title = new Map(sources.map((s) => [s.id, s.title]));
  const typeById = new Map(taxonomy.types.map((t) => [t.id, t]));
  read.forEach((row, i) => {
    const x = relations[i];
    const where = `the relation of the row at line ${row.line}`;
    if (c.actors) expect([x.source, x.target], where).toEqual(row.ends);
    else expect([label.get(x.source), label.get(x.target)].map((l) => keyOf(l ?? "")), where).toEqual(row.ends.map(keyOf));
    expect(x.periods.map(periodShape), `${where}: its period`).toEqual([row.period]);
    expect(x.confidence, where).toBe(row.confidence);
    expect(x.note, where).toBe(row.note);
    expect(x.evidence.map((e) => ({ document: title.get(e.source), quote: e.quote })), `${where}: its evidence`).toEqual(row.evidence);
    if (row.id !== undefined) expect(x.id, where).toBe(row.id);
    const type = typeById.get(x.type);
    expect(type, where).toBeDefined();
    if ("id" in row.type) expect(x.type, where).toBe(row.type.id);
    if ("added" in row.type) expect([type!.label, type!.family], `${where}: the type added`).toEqual([row.type.added, "unclassified"]);
    expect(x.directed, `${where}: its direction`).toBe(row.directed === "type" ? type!.directed : row.directed);
  });
  if (c.vocabularyKnown) expect(r.unknownTypes ?? [], "the type names to ask the user about").toEqual(c.unknownTypes);
}
