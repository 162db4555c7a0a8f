/**
 * The bad-file corpora of the three importers (test/fixtures/import/{gexf,csv,faultlines}) and
 * what each file's report must say: shared by the importers' own tests, the test of the one
 * entry point (import-files) and the browser test that runs every file through the import
 * worker, so the three cannot drift apart. `corpusCases` puts the three tables in one shape;
 * `checkCorpusCase` is the check they all make.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostics";
import type { ImportFormat, ImportReport } from "../../src/import/types";

/** The formats with a corpus of fixtures here. */
export type CorpusFormat = Extract<ImportFormat, "gexf" | "csv" | "faultlines">;

export const CORPUS_DIRS: Record<CorpusFormat, string> = { gexf: "test/fixtures/import/gexf", csv: "test/fixtures/import/csv", faultlines: "test/fixtures/import/faultlines" };

/** The GEXF corpus: each file, whether it imports, and what the report must say. */
export const GEXF_CORPUS: { file: string; ok: boolean; message: RegExp; fix: RegExp; line?: number; severity?: "error" | "warning" }[] = [
  { file: "not-xml.gexf", ok: false, message: /this is not XML: it starts with "name,kind/, fix: /Choose a GEXF file/, line: 1 },
  { file: "empty.gexf", ok: false, message: /the file is empty/, fix: /Choose the \.gexf file itself/ },
  { file: "wrong-root.gexf", ok: false, message: /this is a GraphML file, not GEXF/, fix: /export it as GEXF/, line: 2 },
  { file: "billion-laughs.gexf", ok: false, message: /DOCTYPE declares entities.*billion laughs.*refused/, fix: /Delete the <!DOCTYPE/, line: 2 },
  { file: "xxe.gexf", ok: false, message: /DOCTYPE refers to something outside the file.*XXE.*refused/, fix: /Delete the <!DOCTYPE/, line: 3 },
  { file: "xxe-internal.gexf", ok: false, message: /DOCTYPE refers to something outside the file.*XXE/, fix: /Delete the <!DOCTYPE/, line: 2 },
  { file: "truncated.gexf", ok: false, message: /the XML is not well-formed/, fix: /damaged or was cut short/ },
  { file: "no-graph.gexf", ok: false, message: /there is no <graph> element/, fix: /Export the graph again/, line: 2 },
  { file: "no-nodes.gexf", ok: false, message: /the graph has no nodes/, fix: /Choose a file with nodes/, line: 3 },
  { file: "duplicate-node.gexf", ok: true, message: /the node id "pakistan" is already used by the node at line 5; this one is skipped/, fix: /Give each node its own id/, line: 7, severity: "error" },
  { file: "missing-node.gexf", ok: true, message: /the edge's target "tpp" is not a node of the file; the edge is skipped/, fix: /Did you mean "ttp"\?/, line: 10, severity: "error" },
  { file: "unreadable-date.gexf", ok: true, message: /the start "last spring" is not a date; its time is skipped/, fix: /YYYY-MM-DD/, line: 10, severity: "error" },
  { file: "unreadable-date.gexf", ok: true, message: /the start "2025-02-30" is not a date: not a valid calendar date/, fix: /YYYY-MM-DD/, line: 11, severity: "error" },
  { file: "unreadable-date.gexf", ok: true, message: /edge "e2" has no readable period left; it is skipped/, fix: /Correct its dates/, line: 10, severity: "error" },
  { file: "end-before-start.gexf", ok: true, message: /the end 1 Mar 2025 is before the start 9 Oct 2025; this period is skipped/, fix: /Swap the start and the end/, line: 9, severity: "error" },
  { file: "end-before-start.gexf", ok: true, message: /the end 2023 is before the start May 2024; its time is skipped/, fix: /Swap/, line: 15, severity: "error" },
  { file: "proto-keys.gexf", ok: true, message: /node attribute "__proto__" is not imported/, fix: /Nothing to do/, line: 5, severity: "warning" },
  { file: "html-label.gexf", ok: true, message: /the actor kind "<script>alert\(1\)<\/script>" is not in the taxonomy; added as "script-alert-1-script"/, fix: /Nothing to do/, line: 11, severity: "warning" },
  { file: "off-schema.gexf", ok: true, message: /the <gexf> element has no namespace; read as GEXF anyway/, fix: /xmlns="http:\/\/gexf\.net\/1\.3"/, line: 2, severity: "warning" },
  { file: "off-schema.gexf", ok: true, message: /the prefix "viz:" is used but never declared/, fix: /xmlns:viz/, line: 6, severity: "warning" },
  { file: "off-schema.gexf", ok: true, message: /<nodes count="3"> but it holds 2 nodes/, fix: /Correct the count/, line: 4, severity: "warning" },
  { file: "wrong-namespace.gexf", ok: true, message: /namespace "http:\/\/www\.gexf\.net\/1\.2" is not a GEXF namespace/, fix: /Use xmlns=/, line: 2, severity: "warning" },
  { file: "doubles.gexf", ok: true, message: /numbers \(doubles\), e\.g\. "0\.5", which cannot be dates; the file's time is dropped/, fix: /timeformat="date"/, line: 3, severity: "warning" },
  { file: "loop.gexf", ok: true, message: /from the node "a" to itself/, fix: /remove the edge/, line: 10, severity: "error" },
  { file: "bare-ampersand.gexf", ok: false, message: /a "&" does not start an entity such as &amp;/, fix: /Write a bare "&" as "&amp;"/, line: 6 },
  // A few thousand blanks in a timestamps attribute once took a minute to split.
  { file: "timestamps-spaces.gexf", ok: true, message: /1 of 2 relations have no dates this tool can use/, fix: /Give those edges a start/, severity: "warning" },
  { file: "huge-position.gexf", ok: true, message: /the viz:position of the node "a" lies beyond ±1,000,000,000.*the graph is laid out instead/, fix: /Lay the graph out again/, line: 5, severity: "warning" },
  { file: "huge-position.gexf", ok: true, message: /the viz:position of the node "b" lies beyond/, fix: /delete this <viz:position>/, line: 6, severity: "warning" },
  { file: "look-alike.gexf", ok: true, message: /the actors "pakistan" \(label "Pakistan"\) and "fake" \(label "Pak<U\+200B>istan"\) look the same/, fix: /merge them/, severity: "warning" },
];

export type CsvExpected = { ok: boolean; severity?: Diagnostic["severity"]; file?: string; line?: number; path?: string; value?: unknown; message: RegExp; fix?: RegExp; skipped?: number };
/** The CSV corpus: a fixture (read with its actors file, name.actors.csv, when there is one) and what its report must say. */
export const CSV_CORPUS: [fixture: string, expected: CsvExpected][] = [
  ["empty.csv", { ok: false, message: /^the file is empty$/, fix: /header line/ }],
  ["header-only.csv", { ok: false, line: 1, message: /^the file has a header but no rows$/, fix: /Add a row/ }],
  ["missing-columns.csv", { ok: false, line: 1, path: "(header)", message: /no "source", "target", "type" columns; it has "from_country", "to_country", "kind", "date"$/, fix: /source \(or from, actor1.*target \(or to, actor2.*type \(or relation/ }],
  ["no-date-column.csv", { ok: false, line: 1, message: /no date column/, fix: /"start"/ }],
  ["proto-header.csv", { ok: false, line: 1, message: /it has "__proto__", "constructor", "toString"/ }],
  ["unknown-actor.csv", { ok: true, line: 3, path: "target", value: "Talibn", message: /^unknown actor "Talibn": it is not in the actors file; the row is skipped$/, fix: /^Did you mean "taliban"\?/, skipped: 1 }],
  ["duplicate-actor.csv", { ok: true, file: "duplicate-actor.actors.csv", line: 4, path: "id", message: /actor id "pakistan" is already used by an earlier row; this row is skipped/, fix: /its own id/ }],
  ["unreadable-date.csv", { ok: true, line: 2, path: "start", value: "Marchh 2025", message: /start date cannot be read: "Marchh" is not a month; the row is skipped/, fix: /2025-10-09 \(a day\)/, skipped: 6 }],
  ["unreadable-date.csv", { ok: true, line: 3, value: "2025-13", message: /no month 13/, fix: /Months run from 01 to 12/ }],
  ["unreadable-date.csv", { ok: true, line: 4, value: "45678", message: /spreadsheet's day number/, fix: /Format the column as dates/ }],
  ["unreadable-date.csv", { ok: true, line: 5, message: /the row has no date/, fix: /start date/ }],
  ["unreadable-date.csv", { ok: true, line: 6, value: "2025-02-29", message: /no day 29 in Feb 2025/ }],
  ["unreadable-date.csv", { ok: true, line: 7, path: "end", value: "soon", message: /the end date cannot be read/ }],
  ["ambiguous-date.csv", { ok: true, line: 2, path: "start", value: "03/04/2025", message: /could be 3 Apr or 4 Mar 2025, and no date in the file settles/, fix: /2025-04-03 or 2025-03-04/, skipped: 1 }],
  ["settled-date.csv", { ok: true, severity: "warning", line: 2, message: /read day first.*"25\/10\/2025" on line 3/, fix: /year-month-day/, skipped: 0 }],
  ["end-before-start.csv", { ok: true, line: 2, value: "2026-03/2026-02", message: /end Feb 2026 is before the start Mar 2026; the row is skipped/, fix: /Swap/, skipped: 1 }],
  ["duplicate-ids.csv", { ok: true, line: 3, path: "id", value: "strikes", message: /relation id "strikes" is already used by an earlier row; the row is skipped/, fix: /own id/, skipped: 1 }],
  ["unclosed-quote.csv", { ok: true, line: 3, path: "(syntax)", message: /never closed, so the rest of the file \(to line 4\) reads as one value/, fix: /Close the quote/, skipped: 1 }],
  ["ragged-rows.csv", { ok: true, line: 2, path: "(row)", message: /6 values where the header has 5, so its values may be in the wrong columns; skipped/, fix: /quotes around/, skipped: 1 }],
  ["ragged-rows.csv", { ok: true, severity: "warning", line: 3, message: /4 values where the header has 5; the missing ones are read as empty/ }],
  ["unknown-type.csv", { ok: true, severity: "warning", line: 4, path: "type", value: "Airstrke", message: /"Airstrke" is not in the taxonomy; it is kept as a type of its own \("airstrke"\)/, fix: /did you mean "airstrike"/ }],
  ["self-relation.csv", { ok: true, line: 2, path: "target", message: /from "TTP" to itself/, skipped: 1 }],
  ["all-rows-bad.csv", { ok: false, message: /none of the 2 rows could be read/ }],
  ["all-rows-bad.csv", { ok: false, line: 3, path: "source", message: /no source actor; the row is skipped/ }],
  ["all-rows-bad.csv", { ok: false, line: 3, path: "start", value: "someday", message: /^the start date cannot be read/ }],
  ["bad-values.csv", { ok: true, severity: "warning", line: 2, path: "confidence", value: "sure", message: /"sure" is not low, medium or high; read as medium/ }],
  ["bad-values.csv", { ok: true, severity: "warning", line: 2, path: "directed", message: /"maybe" is not yes or no/ }],
  ["proto-keys.csv", { ok: true, severity: "warning", line: 1, message: /"__proto__", "constructor", "prototype" are not read/ }],
  // "[" and thousands of dots once took hours to read as a period.
  ["long-period.csv", { ok: true, line: 2, path: "start", message: /^the start date cannot be read: it is 5001 characters long, and no date or period this tool reads is over 100; the row is skipped$/, fix: /Write a day/, skipped: 1 }],
  ["look-alike.csv", { ok: true, severity: "warning", path: "actors", message: /the actors "pakistan" \(label "Pakistan"\) and "pak-istan" \(label "Pak<U\+200F>istan"\) look the same/, fix: /merge them/ }],
];

export type FaultlinesExpected = { ok: boolean; severity?: Diagnostic["severity"]; line?: number; path?: string; value?: unknown; message: RegExp; fix?: RegExp };
/** The corpus of broken and hostile JSON exports. */
export const FAULTLINES_CORPUS: [fixture: string, expected: FaultlinesExpected][] = [
  ["empty.json", { ok: false, message: /^the file is empty$/, fix: /Export/ }],
  ["wrong-format.json", { ok: false, line: 2, path: "format", value: "gephi/graph@1", message: /^the format is "gephi\/graph@1", not "faultlines\/export@1"$/, fix: /CSV/ }],
  ["newer-version.json", { ok: false, line: 2, path: "format", message: /another version \(faultlines\/export@2\)/, fix: /version/ }],
  ["no-format.json", { ok: false, line: 1, message: /no "format" field/ }],
  ["not-an-object.json", { ok: false, line: 1, message: /holds a list, not an export/ }],
  ["truncated.json", { ok: false, line: 9, path: "(syntax)", message: /^the file is not valid JSON/, fix: /cut short/ }],
  ["trailing-comma.json", { ok: false, line: 5, path: "(syntax)", message: /^the file is not valid JSON/ }],
  ["no-relations.json", { ok: false, line: 4, path: "relations", message: /"relations" is an object, not a list/ }],
  ["bad-period.json", { ok: true, line: 10, path: "relations[0].periods[1]", value: "2026-13", message: /period cannot be read: there is no month 13; it is left out/, fix: /01 to 12/ }],
  ["bad-period.json", { ok: true, line: 10, path: "relations[0].periods[2]", message: /end Feb 2026 is before the start Mar 2026/ }],
  ["bad-period.json", { ok: true, line: 10, path: "relations[0].periods", value: "2025-10-15", message: /overlaps 2025-10; it is left out/ }],
  ["bad-period.json", { ok: true, line: 15, path: "relations[1].periods", message: /no readable period; the relation is skipped/ }],
  ["bad-period.json", { ok: true, severity: "warning", line: 21, path: "relations[2].confidence", value: "certain", message: /read as medium/ }],
  ["unknown-type.json", { ok: true, severity: "warning", line: 8, path: "relations[0].type", message: /"drone-war" is not in the taxonomy; added in the family "hostile"/ }],
  ["unknown-type.json", { ok: true, severity: "warning", line: 9, path: "relations[1].type", message: /"mystery" is not in the taxonomy; added in the family "unclassified"/ }],
  ["unknown-type.json", { ok: true, severity: "warning", line: 5, path: "actors[1].kind", message: /kind "militia" is not in the taxonomy/ }],
  ["unknown-actor.json", { ok: false, line: 5, path: "actors[1].id", message: /actor id "pakistan" is already used by an earlier actor; the actor is skipped/ }],
  ["unknown-actor.json", { ok: false, line: 6, path: "actors[2].id", message: /has no id/ }],
  ["unknown-actor.json", { ok: false, line: 7, path: "actors[3]", message: /the actor is text, not an object/ }],
  ["unknown-actor.json", { ok: false, line: 10, path: "relations[0].target", value: "talibn", message: /unknown actor "talibn"/ }],
  ["unknown-actor.json", { ok: false, line: 11, path: "relations[1].target", message: /from "pakistan" to itself/ }],
  ["unknown-actor.json", { ok: false, message: /nothing of the relations in the file could be read/ }],
  ["bad-evidence.json", { ok: true, line: 10, path: "relations[0].evidence[1]", value: "nowhere", message: /cites "nowhere", which is not in the export's sources/ }],
  ["bad-evidence.json", { ok: true, line: 10, path: "relations[0].evidence[2]", message: /has no quote/ }],
  ["bad-evidence.json", { ok: true, severity: "warning", line: 13, path: "sources[0].date", value: "sometime", message: /date cannot be read/ }],
  ["bad-evidence.json", { ok: true, severity: "warning", line: 4, path: "actors[0].aliases", message: /not a list of text/ }],
  ["bad-evidence.json", { ok: true, severity: "warning", line: 1, message: /"extra" is not part of the export/ }],
  ["proto-keys.json", { ok: true, severity: "warning", line: 1, message: /"__proto__", "constructor" are not part of the export/ }],
  ["proto-keys.json", { ok: true, severity: "warning", line: 16, path: "sources[0].url", value: "javascript:alert(1)", message: /not a web address/ }],
  ["look-alike.json", { ok: true, severity: "warning", path: "actors", message: /the actors "pakistan" \(label "Pakistan"\) and "pakistan-2" \(label "Pak<U\+2066>istan"\) look the same/, fix: /merge them/ }],
  ["duplicate-key.json", { ok: false, line: 5, path: "(syntax)", message: /^Map keys must be unique: a key appears twice in one record$/, fix: /Remove or rename one of the two keys/ }],
];

/** One expectation of any of the three tables, in one shape. */
export interface CorpusCase {
  readonly format: CorpusFormat;
  /** The fixture the row is about. */
  readonly fixture: string;
  readonly ok: boolean;
  readonly message: RegExp;
  readonly fix?: RegExp;
  /** The fields the matching diagnostic must have: severity and file always, line, path and value when the row gives them. */
  readonly diagnostic: Partial<Pick<Diagnostic, "severity" | "file" | "line" | "path" | "value">>;
  /** CSV rows: how many rows the report counts as skipped. */
  readonly skipped?: number;
}

export function corpusCases(): CorpusCase[] {
  return [
    ...GEXF_CORPUS.map(({ file, ok, message, fix, line, severity = "error" }): CorpusCase => ({ format: "gexf", fixture: file, ok, message, fix, diagnostic: { severity, file, ...(line === undefined ? {} : { line }) } })),
    ...CSV_CORPUS.map(([fixture, { ok, message, fix, skipped, severity = "error", ...place }]): CorpusCase => ({ format: "csv", fixture, ok, message, fix, skipped, diagnostic: { severity, ...place, file: place.file ?? fixture } })),
    ...FAULTLINES_CORPUS.map(([fixture, { ok, message, fix, severity = "error", ...place }]): CorpusCase => ({ format: "faultlines", fixture, ok, message, fix, diagnostic: { severity, ...place, file: fixture } })),
  ];
}

/** A CSV fixture's actors file (name.actors.csv), read beside it, as the CSV tests do. */
const companionOf = (format: ImportFormat, fixture: string): string | undefined => {
  if (format !== "csv" || /\.actors\.csv$/.test(fixture)) return undefined;
  const actors = fixture.replace(/\.(csv|tsv)$/, ".actors.csv");
  return readdirSync(CORPUS_DIRS.csv).includes(actors) ? actors : undefined;
};

/** The files one import of a fixture reads, with their text: the fixture, then its actors file if it has one. */
export function corpusFiles(format: CorpusFormat, fixture: string): { name: string; text: string }[] {
  const names = [fixture, ...[companionOf(format, fixture)].filter((n): n is string => !!n)];
  return names.map((name) => ({ name, text: readFileSync(`${CORPUS_DIRS[format]}/${name}`, "utf8") }));
}

/** Every import the corpora make: each file of each directory, except the actors files, which come with theirs. */
export function corpusImports(): { format: CorpusFormat; fixture: string }[] {
  return (Object.keys(CORPUS_DIRS) as CorpusFormat[]).flatMap((format) => {
    const all = readdirSync(CORPUS_DIRS[format]).sort();
    const companions = new Set(all.map((f) => companionOf(format, f)));
    return all.filter((f) => !companions.has(f)).map((fixture) => ({ format, fixture }));
  });
}

/** The check every table row makes, on an importer's result or on what the import worker sent back. */
export function checkCorpusCase(result: { readonly ok: boolean; readonly report: ImportReport }, c: CorpusCase): void {
  const said = result.report.diagnostics.map((d) => `${d.file}:${d.line ?? ""}: ${d.severity}: ${d.message}`).join("\n");
  expect(result.ok, said).toBe(c.ok);
  const match = result.report.diagnostics.find((d) => c.message.test(d.message));
  expect(match, `no diagnostic matching ${c.message} in:\n${said}`).toBeDefined();
  expect(match).toMatchObject(c.diagnostic);
  if (c.fix) expect(match!.fix).toMatch(c.fix);
  if (c.skipped !== undefined) expect(result.report.counts.skipped).toBe(c.skipped);
}
