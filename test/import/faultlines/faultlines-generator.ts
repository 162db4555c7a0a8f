/**
 * The project's own formats for the Faultlines import's property tests, each with what it must
 * import to: JSON exports whose records are one a line (so each has a known line), and the four
 * data files as YAML or JSON. Periods are written in every form the formats allow: a date at a
 * year's, a month's or a day's precision, a span, open at either end, "[a..b]", qualified with ~
 * or ?, as text or as the export's period objects. Most records are sound; in an export a few
 * are broken (not an object, no id, an id used twice, an unknown actor, a loop, a period no one
 * can read, periods that overlap, evidence citing no source) and are skipped or trimmed; in the
 * data files one fault refuses the whole set. A few exports are damaged so they must be refused.
 *
 * What each record must become, or why and where it is reported, is worked out here from what
 * was written, never by the importer's helpers.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { SourceText } from "../../../src/model/load";
import type { ImportResult } from "../../../src/import/types";
import { loadFixture } from "../../support/fixtures";
import { arbDateInYear, bandYears, edtfOf, expectRefusalSaysWhere, HOSTILE_TEXT, listed, periodShape, precisionOf, rarely, withReport, type DateModel, type PeriodModel } from "../generators";

const FORMAT = "faultlines/export@1";

/** One period as written, and the shape it must be read as. */
interface PeriodWritten {
  /** As text, or as an export's period object. */
  readonly value: unknown;
  readonly expected: PeriodModel;
  /** Its place in time among the relation's periods. */
  readonly band: number;
}

/** The k-th of n periods of a relation: in its own band of years, so none overlaps another. */
const arbPeriodAt = (k: number, n: number, base: number, asObjects: boolean): fc.Arbitrary<PeriodWritten> => {
  const { from, to } = bandYears(base, k);
  return fc
    .record({
      shape: fc.constantFrom("single", "span", "span", "open-end", "open-start", "moment"),
      start: arbDateInYear(from),
      end: arbDateInYear(to),
      qualifier: fc.constantFrom("", "", "", "", "~", "?"),
      form: asObjects ? fc.constantFrom("text", "object", "object", "ends") : fc.constant("text"),
    })
    .map(({ shape: wanted, start, end, qualifier, form }): PeriodWritten => {
      // Only the first period may be open at its start, only the last at its end.
      const shape = (wanted === "open-start" && k > 0) || (wanted === "open-end" && k < n - 1) ? "span" : wanted;
      const s = shape === "open-start" ? undefined : edtfOf(start) + qualifier;
      const e = shape === "open-end" ? undefined : shape === "single" ? s : edtfOf(end);
      const edtf = shape === "single" ? s! : shape === "moment" ? `[${s}..${e}]` : `${s ?? ".."}/${e ?? ".."}`;
      const precision = (d: DateModel | undefined, text: string | undefined) => (text === undefined ? null : precisionOf(d!));
      const expected = { edtf, start: precision(start, s), end: precision(shape === "single" ? start : end, e) };
      if (form === "text" || shape === "moment") return { value: edtf, expected, band: k };
      if (form === "ends" && shape !== "single") return { value: { ...(s ? { start: s } : {}), ...(e ? { end: e } : {}) }, expected, band: k };
      return { value: { edtf, start: s ?? null, end: e ?? null, precision: { start: expected.start, end: expected.end } }, expected, band: k };
    });
};

const arbPeriods = (asObjects: boolean): fc.Arbitrary<PeriodWritten[]> =>
  fc.tuple(fc.integer({ min: 1950, max: 2020 }), fc.integer({ min: 1, max: 3 })).chain(([base, n]) =>
    fc.tuple(fc.tuple(...Array.from({ length: n }, (_, k) => arbPeriodAt(k, n, base, asObjects))), fc.nat()).map(([periods, turn]) => [...periods.slice(turn % n), ...periods.slice(0, turn % n)]),
  );

/** Relation types as written: the taxonomy's ids and labels, new ones, hostile ones. */
const KNOWN_TYPES: ReadonlyMap<string, { readonly id: string; readonly directed: boolean }> = new Map([
  ["airstrike", { id: "airstrike", directed: true }],
  ["air strike", { id: "airstrike", directed: true }],
  ["truce", { id: "truce", directed: false }],
  ["sanctuary", { id: "sanctuary", directed: true }],
  ["split", { id: "split", directed: true }],
  ["split from", { id: "split", directed: true }],
]);
const TYPE_TEXTS = ["airstrike", "Air strike", "truce", "sanctuary", "split", "shelling", "__proto__", "<b>raid</b>", "constructor", "طالبان"];
const FAMILIES = [undefined, "hostile", "cooperative", "mediating", "unknown-family"];
const KINDS = new Map([
  ["state", "state"],
  ["armed-group", "armed-group"],
  ["Armed group", "armed-group"],
]);

// ---------------------------------------------------------------------------------------------
// JSON exports

type RecordFault = "not-object" | "no-id" | "repeat-id";
type RelationFault = RecordFault | "unknown-actor" | "loop" | "no-type" | "no-periods" | "bad-period" | "overlap" | "evidence-not-list" | "bad-evidence" | "proto-key";

interface ExportChoices {
  readonly name: string;
  readonly actors: readonly { readonly id: string; readonly label?: string; readonly kind?: string; readonly aliases: unknown; readonly fault?: RecordFault }[];
  readonly sources: readonly { readonly id: string; readonly title?: string; readonly date?: string; readonly url?: string; readonly fault?: RecordFault }[];
  readonly relations: readonly {
    readonly ends: readonly [number, number];
    readonly type: string;
    readonly family?: string;
    readonly directed?: boolean;
    readonly periods: readonly PeriodWritten[];
    readonly confidence: string;
    readonly evidence: readonly { readonly source: number; readonly quote?: string; readonly location?: string }[];
    readonly note?: string;
    readonly fault?: RelationFault;
  }[];
  readonly damage?: "other-version" | "no-format" | "cut" | "relations-not-a-list" | "all-relations-broken";
  readonly cutAt: number;
}

const arbText = fc.constantFrom(...HOSTILE_TEXT, "Pakistan", "Afghan Taliban", "  padded  ");
const ACTOR_IDS = ["pakistan", "taliban", "ttp", "iran", "kabul", "isis-k"];

const arbExportChoices = (hostileOneIn: number, damageOneIn: number): fc.Arbitrary<ExportChoices> =>
  fc.record({
    name: fc.constantFrom("export.json", "export.json", "relations.json", "Faultlines export (3).JSON"),
    actors: fc.array(
      fc.record({
        id: fc.oneof({ weight: 6, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("hostile") }),
        label: fc.option(arbText, { nil: undefined, freq: 6 }),
        kind: fc.option(fc.constantFrom("state", "armed-group", "Armed group", "militia", "__proto__"), { nil: undefined, freq: 6 }),
        aliases: fc.oneof({ weight: 8, arbitrary: fc.array(arbText, { maxLength: 2 }) }, { weight: 1, arbitrary: fc.constantFrom("Islamabad", 3, null, ["a", 1]) }),
        fault: rarely(fc.constantFrom<RecordFault>("not-object", "no-id", "repeat-id"), hostileOneIn * 3),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    sources: fc.array(
      fc.record({
        id: fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("hostile") }),
        title: fc.option(arbText, { nil: undefined, freq: 6 }),
        date: fc.option(fc.constantFrom("2026-03", "2019", "2020-02-29", "soon", "2021-02-29"), { nil: undefined }),
        url: fc.option(fc.constantFrom("https://example.org/a?b=1", "javascript:alert(1)"), { nil: undefined }),
        fault: rarely(fc.constantFrom<RecordFault>("not-object", "no-id", "repeat-id"), hostileOneIn * 3),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    relations: fc.array(
      fc.record({
        ends: fc.tuple(fc.nat(), fc.nat()),
        type: fc.constantFrom(...TYPE_TEXTS),
        family: fc.constantFrom(...FAMILIES),
        directed: fc.option(fc.boolean(), { nil: undefined }),
        periods: arbPeriods(true),
        confidence: fc.constantFrom("low", "medium", "high", "high", "certain", "HIGH"),
        evidence: fc.array(fc.record({ source: fc.nat(), quote: fc.option(arbText, { nil: undefined, freq: 8 }), location: fc.option(fc.constantFrom("¶4", "p. 3"), { nil: undefined }) }), { maxLength: 2 }),
        note: fc.option(arbText, { nil: undefined }),
        fault: rarely(
          fc.constantFrom<RelationFault>("not-object", "no-id", "repeat-id", "unknown-actor", "loop", "no-type", "no-periods", "bad-period", "overlap", "evidence-not-list", "bad-evidence", "proto-key"),
          Math.ceil(hostileOneIn / 2),
        ),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    damage: rarely(fc.constantFrom<NonNullable<ExportChoices["damage"]>>("other-version", "no-format", "cut", "relations-not-a-list", "all-relations-broken"), damageOneIn),
    cutAt: fc.nat(),
  });

export interface ExportRelationCase {
  readonly line: number;
  /** Why the record is skipped, as the report says; undefined when it becomes a relation. */
  readonly skipped?: RegExp;
  readonly relation?: {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly type: { readonly id: string } | { readonly added: string; readonly family: string };
    readonly directed: boolean;
    readonly periods: readonly PeriodModel[];
    readonly confidence: string;
    readonly evidence: readonly { source: string; quote: string; location?: string }[];
    readonly note?: string;
  };
  /** Periods and evidence left out of a relation that is read: each an error at its line. */
  readonly trimmed: readonly RegExp[];
}

export interface ExportCase {
  readonly file: SourceText;
  readonly imports: boolean;
  readonly refusal?: { readonly message: RegExp; readonly line?: number };
  readonly actors: readonly { readonly line: number; readonly skipped?: RegExp; readonly id?: string; readonly label?: string; readonly kind?: string; readonly aliases?: readonly string[] }[];
  readonly sources: readonly { readonly line: number; readonly id?: string; readonly title?: string; readonly url?: string; readonly date?: string }[];
  readonly relations: readonly ExportRelationCase[];
  readonly damage: string;
}

/** Ids by the record's place: plain ones ("pakistan", "doc"), or hostile ones ("__proto__", markup, other scripts). */
const HOSTILE_IDS = ["__proto__", "constructor", "Ḥaqqānī", "<b>x</b>"];
const plainIds = (c: ExportChoices): ExportChoices => ({
  ...c,
  actors: c.actors.map((a, i) => ({ ...a, id: a.id ? HOSTILE_IDS[i % 4] : (ACTOR_IDS[i] ?? `actor-${i}`) })),
  sources: c.sources.map((s, i) => ({ ...s, id: s.id ? HOSTILE_IDS[i % 4] : ["doc", "report", "memo"][i] })),
});

export const arbExportCase = ({ hostileOneIn = 10, damageOneIn = 8 } = {}): fc.Arbitrary<ExportCase> => arbExportChoices(hostileOneIn, damageOneIn).map((c) => buildExport(plainIds(c)));

/** A sound export, for mutations. */
export const arbSoundExport = (): fc.Arbitrary<ExportCase> => arbExportChoices(0, 0).map((c) => buildExport(plainIds(c)));

function buildExport(c: ExportChoices): ExportCase {
  // Records are checked in the order the importer reads them: actors, sources, relations.
  const actorIds = new Set<string>();
  const actors = c.actors.map((a, i) => {
    const id = a.fault === "repeat-id" && i > 0 ? c.actors[i - 1].id : a.fault === "no-id" ? "" : a.id;
    const record = a.fault === "not-object" ? [id] : { id, ...(a.label !== undefined ? { label: a.label } : {}), ...(a.kind !== undefined ? { kind: a.kind } : {}), aliases: a.aliases };
    const skipped = a.fault === "not-object" ? /the actor is a list, not an object/ : !id ? /the actor has no id/ : actorIds.has(id) ? /the actor id .* is already used/s : undefined;
    if (!skipped) actorIds.add(id);
    const aliases = Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === "string") ? (a.aliases as string[]) : [];
    return { record, expected: { ...(skipped ? { skipped } : { id, label: a.label || id, kind: a.kind, aliases }) } };
  });
  const sourceIds = new Set<string>();
  const sources = c.sources.map((s, i) => {
    const id = s.fault === "repeat-id" && i > 0 ? c.sources[i - 1].id : s.fault === "no-id" ? " " : s.id;
    const record = s.fault === "not-object" ? 7 : { id, ...(s.title !== undefined ? { title: s.title } : {}), ...(s.date !== undefined ? { date: s.date } : {}), ...(s.url !== undefined ? { url: s.url } : {}), file: "doc.txt" };
    const skipped = s.fault === "not-object" || !id.trim() || sourceIds.has(id);
    if (!skipped) sourceIds.add(id);
    const date = s.date && !["soon", "2021-02-29"].includes(s.date) ? s.date : undefined;
    return { record, expected: skipped ? {} : { id, title: s.title || id, ...(s.url?.startsWith("https:") ? { url: s.url } : {}), ...(date ? { date } : {}) } };
  });
  const relationIds = new Set<string>();
  const newTypes = new Map<string, { added: string; family: string }>();
  const allBroken = c.damage === "all-relations-broken";
  const relations = c.relations.map((r, i) => {
    const fault = allBroken ? "unknown-actor" : r.fault;
    const id = fault === "repeat-id" && i > 0 ? `r${i - 1}` : fault === "no-id" ? "" : `r${i}`;
    const n = c.actors.length;
    const [a, b] = [r.ends[0] % n, ((r.ends[0] % n) + 1 + (r.ends[1] % (n - 1))) % n];
    const source = fault === "unknown-actor" ? "talibann" : c.actors[a].id;
    const target = fault === "loop" ? source : c.actors[b].id;
    const written = r.periods.map((p) => p.value);
    const periods = fault === "overlap" ? [...written, written[0]] : fault === "bad-period" ? [...written, "2025-13"] : fault === "no-periods" ? [] : written;
    const sourceList = c.sources.map((s) => s.id);
    const evidence = r.evidence.map((e) => ({ source: fault === "bad-evidence" ? "nowhere" : (sourceList[e.source % Math.max(1, sourceList.length)] ?? "nowhere"), ...(e.quote !== undefined ? { quote: e.quote } : {}), ...(e.location ? { location: e.location } : {}) }));
    const record =
      fault === "not-object"
        ? null
        : {
            id,
            source,
            target,
            ...(fault === "no-type" ? {} : { type: r.type }),
            ...(r.family ? { family: r.family } : {}),
            ...(r.directed !== undefined ? { directed: r.directed } : {}),
            periods,
            confidence: r.confidence,
            evidence: fault === "evidence-not-list" ? { source: "doc" } : evidence,
            ...(r.note !== undefined ? { note: r.note } : {}),
          };
    const endsKnown = [source, target].every((x) => actorIds.has(x));
    const skipped =
      fault === "not-object"
        ? /the relation is null, not an object/
        : !id
          ? /the relation has no id/
          : relationIds.has(id)
            ? /the relation id .* is already used/s
            : !endsKnown
              ? /unknown actor .* not in the export's actors/s
              : source === target
                ? /goes from .* to itself/s
                : fault === "no-type"
                  ? /the relation has no type/
                  : fault === "no-periods"
                    ? /has no readable period/
                    : undefined;
    // An id is taken as soon as its record is read, even when the record is then skipped.
    if (fault !== "not-object" && id) relationIds.add(id);
    const known = KNOWN_TYPES.get(r.type.toLowerCase());
    // A new type is made by the first relation read that names it, in the family that relation gives.
    if (!skipped && !known && !newTypes.has(r.type.toLowerCase())) newTypes.set(r.type.toLowerCase(), { added: r.type, family: r.family && r.family !== "unknown-family" ? r.family : "unclassified" });
    const keptEvidence = fault === "evidence-not-list" ? [] : evidence.filter((e) => sourceIds.has(e.source) && typeof e.quote === "string");
    // What is left out of a relation that is read: a period no one can read, one that overlaps another, evidence citing nothing.
    const trimmed = [
      ...(fault === "bad-period" ? [/the period cannot be read/] : []),
      ...(fault === "overlap" ? [/overlaps/] : []),
      ...(fault === "evidence-not-list" ? [/the evidence is an object, not a list/] : []),
      ...(fault === "evidence-not-list" ? [] : evidence).filter((e) => !(sourceIds.has(e.source) && typeof e.quote === "string")).map((e) => (sourceIds.has(e.source) ? /has no quote/ : /not in the export's sources/)),
    ];
    return {
      record: fault === "proto-key" && record ? { __proto__marker: true, ...record } : record,
      expected: {
        line: 0,
        ...(skipped ? { skipped } : {}),
        ...(skipped
          ? {}
          : {
              relation: {
                id,
                source,
                target,
                type: known ? { id: known.id } : newTypes.get(r.type.toLowerCase())!,
                directed: r.directed ?? known?.directed ?? true,
                periods: [...r.periods].sort((x, y) => x.band - y.band).map((p) => p.expected),
                confidence: ["low", "medium", "high"].includes(r.confidence) ? r.confidence : "medium",
                evidence: keptEvidence.map((e) => ({ source: e.source, quote: e.quote!, ...(e.location ? { location: e.location } : {}) })),
                ...(r.note ? { note: r.note } : {}),
              },
            }),
        trimmed: skipped ? [] : trimmed,
      } as ExportRelationCase,
    };
  });

  // One record a line, so each record's line is known.
  const lines = ["{"];
  if (c.damage !== "no-format") lines.push(`  "format": ${JSON.stringify(c.damage === "other-version" ? "faultlines/export@2" : FORMAT)},`);
  const list = (name: string, records: readonly unknown[], last = false) => {
    const at: number[] = [];
    if (!records.length) lines.push(`  "${name}": []${last ? "" : ","}`);
    else {
      lines.push(`  "${name}": [`);
      records.forEach((r, i) => {
        lines.push(`    ${writeRecord(r)}${i < records.length - 1 ? "," : ""}`);
        at.push(lines.length);
      });
      lines.push(`  ]${last ? "" : ","}`);
    }
    return at;
  };
  const actorLines = list("actors", actors.map((a) => a.record));
  const relationLines =
    c.damage === "relations-not-a-list" ? (lines.push('  "relations": { "r0": "not a list" },'), []) : list("relations", relations.map((r) => r.record));
  const sourceLines = list("sources", sources.map((s) => s.record), true);
  lines.push("}");
  let text = lines.join("\n") + "\n";
  const relationsCases = relations.map((r, i) => ({ ...r.expected, line: relationLines[i] ?? 0 }));

  let refusal: ExportCase["refusal"];
  if (c.damage === "cut") {
    text = text.slice(0, 1 + (c.cutAt % (text.trimEnd().length - 1)));
    refusal = { message: /not valid JSON/ };
  } else if (c.damage === "other-version") refusal = { message: /another version \(faultlines\/export@2\)/, line: 2 };
  else if (c.damage === "no-format") refusal = { message: /has no "format" field/ };
  else if (c.damage === "relations-not-a-list") refusal = { message: /"relations" is an object, not a list/, line: relationLinesOf(text) };
  else if (relationsCases.every((r) => r.skipped)) refusal = { message: /could be read, so nothing was imported/ };
  // A damaged file may no longer look like an export: named as one, it is still read as one.
  const name = c.damage ? "export.json" : c.name;
  return {
    file: { name, text },
    imports: !refusal,
    ...(refusal ? { refusal } : {}),
    actors: actors.map((a, i) => ({ line: actorLines[i], ...a.expected })),
    sources: sources.map((s, i) => ({ line: sourceLines[i], ...s.expected })),
    relations: relationsCases,
    damage: c.damage ?? "",
  };
}

/** A record on one line; "proto-key" records get a "__proto__" key of their own, as JSON.parse makes them. */
function writeRecord(r: unknown): string {
  if (r && typeof r === "object" && "__proto__marker" in r) {
    const { __proto__marker: _, ...rest } = r as Record<string, unknown>;
    return JSON.stringify(rest).replace(/^\{/, '{"__proto__":{"polluted":true},');
  }
  return JSON.stringify(r);
}

const relationLinesOf = (text: string) => text.split("\n").findIndex((l) => l.includes('"relations"')) + 1;

export function expectExportAsPlanned(c: ExportCase, r: ImportResult): void {
  withReport(() => checkExport(c, r), () => `${listed(r.report.diagnostics)}\n--- ${c.file.name}:\n${c.file.text}`);
}

function checkExport(c: ExportCase, r: ImportResult): void {
  expect(r.ok).toBe(c.imports);
  const d = r.report.diagnostics;
  const at = (line: number) => d.filter((x) => x.file === c.file.name && x.line === line && x.severity === "error");
  if (!r.ok) {
    expectRefusalSaysWhere(d, [c.file.name], () => c.file.text);
    const said = d.find((x) => x.severity === "error" && c.refusal!.message.test(x.message));
    expect(said, `no error says ${c.refusal!.message}`).toBeDefined();
    if (c.refusal!.line !== undefined) expect(said!.line).toBe(c.refusal!.line);
    return;
  }
  const { actors, relations, sources, taxonomy } = r.dataSet;
  const readActors = c.actors.filter((a) => !a.skipped);
  expect(actors.map((a) => [a.id, a.label, a.aliases])).toEqual(readActors.map((a) => [a.id, a.label, a.aliases]));
  readActors.forEach((a, i) => {
    const known = a.kind === undefined || !a.kind.trim() ? "actor" : KINDS.get(a.kind);
    if (known) expect(actors[i].kind).toBe(known);
    else expect(taxonomy.kinds.find((k) => k.id === actors[i].kind)?.label, `the kind added for "${a.kind}"`).toBe(a.kind);
  });
  for (const a of c.actors) if (a.skipped) expect(at(a.line).some((x) => a.skipped!.test(x.message)), `the actor at line ${a.line} is not reported there as ${a.skipped}`).toBe(true);
  expect(sources.map((s) => ({ id: s.id, title: s.title, ...(s.url ? { url: s.url } : {}), ...(s.date ? { date: s.date.edtf } : {}) }))).toEqual(c.sources.filter((s) => s.id !== undefined).map(({ line: _, ...s }) => s));

  const read = c.relations.filter((x) => !x.skipped);
  expect(r.report.counts).toMatchObject({ actors: readActors.length, relations: read.length, sources: c.sources.filter((s) => s.id !== undefined).length });
  expect(relations).toHaveLength(read.length);
  const typeById = new Map(taxonomy.types.map((t) => [t.id, t]));
  read.forEach((want, i) => {
    const x = relations[i];
    const w = want.relation!;
    const where = `the relation at line ${want.line}`;
    expect({ id: x.id, source: x.source, target: x.target, directed: x.directed, confidence: x.confidence, evidence: x.evidence, note: x.note }, where).toEqual({
      id: w.id,
      source: w.source,
      target: w.target,
      directed: w.directed,
      confidence: w.confidence,
      evidence: w.evidence,
      note: w.note,
    });
    expect(x.periods.map(periodShape), `${where}: its periods`).toEqual(w.periods);
    if ("id" in w.type) expect(x.type, where).toBe(w.type.id);
    else {
      const type = typeById.get(x.type);
      expect([type?.label, type?.family], `${where}: the type added`).toEqual([w.type.added, w.type.family]);
    }
    for (const problem of want.trimmed) expect(at(want.line).some((y) => problem.test(y.message)), `${where}: nothing at its line says ${problem}`).toBe(true);
  });
  for (const x of c.relations) if (x.skipped) expect(at(x.line).some((y) => x.skipped!.test(y.message)), `the relation at line ${x.line} is not reported there as ${x.skipped}`).toBe(true);
}

// ---------------------------------------------------------------------------------------------
// The four data files

/** How a data file is written: YAML with a key a line, YAML with a record a line, or JSON with a record a line. */
export type FileStyle = "block" | "flow" | "json";

/** A data file with a list of records, and the lines each record spans. */
export function writeDataFile(list: string, records: unknown, style: FileStyle): { text: string; spans: [number, number][] } {
  // A list edited into something else is written as it is.
  if (!Array.isArray(records)) return { text: style === "json" ? `{ ${JSON.stringify(list)}: ${JSON.stringify(records ?? null)} }\n` : `${list}: ${JSON.stringify(records ?? null)}\n`, spans: [] };
  const lines: string[] = style === "json" ? ["{", `  ${JSON.stringify(list)}: [`] : [`${list}:${records.length ? "" : " []"}`];
  const spans: [number, number][] = [];
  const key = (k: string) => (/^[a-z][a-zA-Z]*$/.test(k) ? k : JSON.stringify(k));
  records.forEach((r, i) => {
    const first = lines.length + 1;
    if (style === "json") lines.push(`    ${JSON.stringify(r)}${i < records.length - 1 ? "," : ""}`);
    else if (style === "flow" || !r || typeof r !== "object" || Array.isArray(r) || !Object.keys(r).length) lines.push(`  - ${JSON.stringify(r)}`);
    else Object.entries(r).forEach(([k, v], j) => lines.push(`${j ? "    " : "  - "}${key(k)}: ${JSON.stringify(v)}`));
    spans.push([first, lines.length]);
  });
  if (style === "json") lines.push("  ]", "}");
  return { text: lines.join("\n") + "\n", spans };
}

/** One fault that makes the loader refuse the whole data set: a reference to nothing, a date no one can read, a record against the schema, a YAML slip. */
type DataFault =
  | "unknown-actor"
  | "unknown-type"
  | "loop"
  | "bad-period"
  | "overlap"
  | "bad-id"
  | "no-evidence"
  | "unknown-source"
  | "bad-confidence"
  | "unknown-kind"
  | "repeat-actor"
  | "bad-lifetime"
  | "repeat-source"
  | "bad-source-date"
  | "no-file"
  | "syntax";

const FAULT_OF: Readonly<Record<DataFault, { file: "actors" | "relations" | "sources"; message?: RegExp }>> = {
  "unknown-actor": { file: "relations", message: /unknown actor "talibann"/ },
  "unknown-type": { file: "relations", message: /unknown relation type "airstrik"/ },
  loop: { file: "relations", message: /goes from .* to itself/s },
  "bad-period": { file: "relations", message: /cannot read the date/ },
  overlap: { file: "relations", message: /overlaps/ },
  "bad-id": { file: "relations", message: /not a valid id/ },
  "no-evidence": { file: "relations" },
  "unknown-source": { file: "relations", message: /unknown source "nowhere"/ },
  "bad-confidence": { file: "relations", message: /not one of the allowed values/ },
  "unknown-kind": { file: "actors", message: /unknown actor kind "militia"/ },
  "repeat-actor": { file: "actors", message: /the actor id .* is already used/s },
  "bad-lifetime": { file: "actors", message: /cannot read the date/ },
  "repeat-source": { file: "sources", message: /the source id .* is already used/s },
  "bad-source-date": { file: "sources", message: /cannot read the date/ },
  "no-file": { file: "sources", message: /a source needs a file name or a URL/ },
  syntax: { file: "relations" },
};

/** The loader fixture's taxonomy file, as YAML and as JSON. */
const fixture = loadFixture("valid");
if (!fixture.ok) throw new Error("the loader's valid fixture does not load");
const TAXONOMY_TEXTS: Readonly<Record<"yaml" | "json", string>> = {
  yaml: readFileSync("test/fixtures/loader/valid/taxonomy.yaml", "utf8"),
  json: JSON.stringify(fixture.dataSet.taxonomy, null, 2),
};

interface DataChoices {
  readonly styles: readonly [FileStyle, FileStyle, FileStyle, FileStyle];
  readonly sources: readonly { readonly title: string; readonly date?: string; readonly url: boolean; readonly author?: string }[];
  readonly actors: readonly { readonly label: string; readonly kind: string; readonly aliases: readonly string[]; readonly description?: string; readonly lifetime?: PeriodWritten }[];
  readonly relations: readonly {
    readonly ends: readonly [number, number];
    readonly type: string;
    readonly directed?: boolean;
    readonly periods: readonly PeriodWritten[];
    readonly confidence: string;
    readonly evidence: readonly { readonly source: number; readonly quote: string; readonly location?: string }[];
    readonly note?: string;
  }[];
  readonly fault?: DataFault;
  readonly faultAt: number;
}

const TAXONOMY_TYPES = new Map([
  ["airstrike", true],
  ["truce", false],
  ["sanctuary", true],
  ["split", true],
]);

const arbDataChoices = (faultOneIn: number): fc.Arbitrary<DataChoices> =>
  fc.record({
    styles: fc.tuple(...([0, 1, 2, 3] as const).map(() => fc.constantFrom<FileStyle>("block", "block", "flow", "json"))) as fc.Arbitrary<[FileStyle, FileStyle, FileStyle, FileStyle]>,
    sources: fc.array(fc.record({ title: arbText, date: fc.option(fc.constantFrom("2026-03", "2019", "2020-02-29", "2019~"), { nil: undefined }), url: fc.boolean(), author: fc.option(arbText, { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
    actors: fc.array(
      fc.record({
        label: arbText,
        kind: fc.constantFrom("state", "armed-group"),
        aliases: fc.array(arbText, { maxLength: 2 }),
        description: fc.option(arbText, { nil: undefined }),
        lifetime: fc.option(arbPeriods(false).map((p) => p[0]), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    relations: fc.array(
      fc.record({
        ends: fc.tuple(fc.nat(), fc.nat()),
        type: fc.constantFrom(...TAXONOMY_TYPES.keys()),
        directed: fc.option(fc.boolean(), { nil: undefined }),
        periods: arbPeriods(false),
        confidence: fc.constantFrom("low", "medium", "high"),
        evidence: fc.array(fc.record({ source: fc.nat(), quote: arbText, location: fc.option(fc.constantFrom("¶4", "p. 3"), { nil: undefined }) }), { minLength: 1, maxLength: 2 }),
        note: fc.option(arbText, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    fault: rarely(
      fc.constantFrom<DataFault>("unknown-actor", "unknown-type", "loop", "bad-period", "overlap", "bad-id", "no-evidence", "unknown-source", "bad-confidence", "unknown-kind", "repeat-actor", "bad-lifetime", "repeat-source", "bad-source-date", "no-file", "syntax"),
      faultOneIn,
    ),
    faultAt: fc.nat(),
  });

export interface DataFilesCase {
  readonly files: readonly SourceText[];
  readonly imports: boolean;
  /** The fault's file, the lines of its record, and what the report must say there. */
  readonly fault?: { readonly kind: string; readonly file: string; readonly lines: readonly [number, number]; readonly message?: RegExp };
  /** The data set as written, records as the model holds them; periods as their shapes. */
  readonly records: { readonly actors: readonly object[]; readonly relations: readonly object[]; readonly sources: readonly object[] };
  /** The plain data of each file, for mutations. */
  readonly data: Readonly<Record<"sources" | "actors" | "relations", unknown[]>>;
  readonly styles: readonly FileStyle[];
}

/** The four data files, sound or with one fault. */
export const arbDataFilesCase = ({ faultOneIn = 4 } = {}): fc.Arbitrary<DataFilesCase> => arbDataChoices(faultOneIn).map(buildDataFiles);

const ACTOR_SLUGS = ["pakistan", "taliban", "ttp", "iran", "kabul", "isis-k"];

function buildDataFiles(c: DataChoices): DataFilesCase {
  const fault = c.fault;
  const sourceIds = c.sources.map((_, i) => ["doc", "report", "memo"][i]);
  const sources = c.sources.map((s, i) => ({
    id: fault === "repeat-source" && i === c.faultAt % c.sources.length && i > 0 ? sourceIds[0] : sourceIds[i],
    title: s.title,
    ...(s.author ? { author: s.author } : {}),
    ...(fault === "bad-source-date" && i === c.faultAt % c.sources.length ? { date: "soon" } : s.date ? { date: s.date } : {}),
    ...(fault === "no-file" && i === c.faultAt % c.sources.length ? {} : s.url ? { url: `https://example.org/${sourceIds[i]}` } : { file: `${sourceIds[i]}.txt` }),
  }));
  const actorIds = c.actors.map((_, i) => ACTOR_SLUGS[i]);
  const actors = c.actors.map((a, i) => ({
    id: fault === "repeat-actor" && i === c.faultAt % c.actors.length && i > 0 ? actorIds[0] : actorIds[i],
    label: a.label,
    kind: fault === "unknown-kind" && i === c.faultAt % c.actors.length ? "militia" : a.kind,
    ...(a.aliases.length ? { aliases: a.aliases } : {}),
    ...(a.description ? { description: a.description } : {}),
    ...(fault === "bad-lifetime" && i === c.faultAt % c.actors.length ? { lifetime: "2025-13" } : a.lifetime ? { lifetime: a.lifetime.value as string } : {}),
  }));
  const n = c.actors.length;
  const relations = c.relations.map((r, i) => {
    const here = i === c.faultAt % c.relations.length;
    const [a, b] = [r.ends[0] % n, ((r.ends[0] % n) + 1 + (r.ends[1] % (n - 1))) % n];
    const periods = r.periods.map((p) => p.value as string);
    return {
      id: fault === "bad-id" && here ? "__proto__" : `r${i}`,
      source: fault === "unknown-actor" && here ? "talibann" : actorIds[a],
      target: fault === "loop" && here ? actorIds[a] : actorIds[b],
      type: fault === "unknown-type" && here ? "airstrik" : r.type,
      ...(r.directed !== undefined ? { directed: r.directed } : {}),
      periods: fault === "bad-period" && here ? [...periods, "2025-13"] : fault === "overlap" && here ? [...periods, periods[0]] : periods,
      confidence: fault === "bad-confidence" && here ? "certain" : r.confidence,
      evidence:
        fault === "no-evidence" && here
          ? []
          : r.evidence.map((e, j) => ({ source: fault === "unknown-source" && here && j === 0 ? "nowhere" : sourceIds[e.source % sourceIds.length], quote: e.quote, ...(e.location ? { location: e.location } : {}) })),
      ...(r.note ? { note: r.note } : {}),
    };
  });

  const [taxonomyStyle, sourcesStyle, actorsStyle, relationsStyle] = c.styles;
  const written = {
    sources: writeDataFile("sources", sources, sourcesStyle),
    actors: writeDataFile("actors", actors, actorsStyle),
    relations: writeDataFile("relations", relations, relationsStyle),
  };
  const nameOf = (list: string, style: FileStyle) => `${list}.${style === "json" ? "json" : "yaml"}`;
  let relationsText = written.relations.text;
  let faultCase: DataFilesCase["fault"];
  if (fault) {
    const file = FAULT_OF[fault].file;
    const list = file === "relations" ? c.relations : file === "actors" ? c.actors : c.sources;
    const index = c.faultAt % list.length;
    const style = c.styles[["taxonomy", "sources", "actors", "relations"].indexOf(file)];
    let lines = written[file].spans[index];
    // A YAML slip: a quote never closed, in the record's first line; JSON read as YAML then, too.
    if (fault === "syntax") {
      const all = relationsText.split("\n");
      all[lines[0] - 1] = all[lines[0] - 1].replace(/"r\d+"/, '"unclosed');
      relationsText = all.join("\n");
      lines = [lines[0], all.length];
    }
    // Repeated ids are reported at the record that repeats one; an earlier record is never at fault.
    const repeated = (fault === "repeat-actor" || fault === "repeat-source") && index === 0;
    if (!repeated) faultCase = { kind: fault, file: nameOf(file, style), lines, ...(FAULT_OF[fault].message ? { message: FAULT_OF[fault].message } : {}) };
  }
  const files: SourceText[] = [
    { name: nameOf("taxonomy", taxonomyStyle), text: TAXONOMY_TEXTS[taxonomyStyle === "json" ? "json" : "yaml"] },
    { name: nameOf("sources", sourcesStyle), text: written.sources.text },
    { name: nameOf("actors", actorsStyle), text: written.actors.text },
    { name: nameOf("relations", relationsStyle), text: relationsText },
  ];
  return {
    files,
    imports: !faultCase,
    ...(faultCase ? { fault: faultCase } : {}),
    records: {
      sources: sources.map(({ date, ...s }) => ({ ...s, ...(date ? { date } : {}) })),
      actors: c.actors.map((a, i) => ({ id: actorIds[i], label: a.label, kind: a.kind, aliases: a.aliases, ...(a.description ? { description: a.description } : {}), ...(a.lifetime ? { lifetime: a.lifetime.expected } : {}) })),
      relations: c.relations.map((r, i) => ({
        id: `r${i}`,
        source: relations[i].source,
        target: relations[i].target,
        type: r.type,
        directed: r.directed ?? TAXONOMY_TYPES.get(r.type)!,
        periods: [...r.periods].sort((x, y) => x.band - y.band).map((p) => p.expected),
        confidence: r.confidence,
        evidence: relations[i].evidence,
        ...(r.note ? { note: r.note } : {}),
      })),
    },
    data: { sources, actors, relations },
    styles: c.styles,
  };
}

/** The data files load as written, or are refused at the line of the fault. */
export function expectDataFilesAsPlanned(c: DataFilesCase, r: ImportResult, taxonomy: unknown): void {
  withReport(() => checkDataFiles(c, r, taxonomy), () => `${listed(r.report.diagnostics)}\n${c.files.map((f) => `--- ${f.name}:\n${f.text}`).join("\n")}`);
}

function checkDataFiles(c: DataFilesCase, r: ImportResult, taxonomy: unknown): void {
  expect(r.ok).toBe(c.imports);
  const d = r.report.diagnostics;
  if (!r.ok) {
    const f = c.fault!;
    expectRefusalSaysWhere(d, c.files.map((x) => x.name), (name) => c.files.find((x) => x.name === name)!.text);
    const there = d.filter((x) => x.severity === "error" && x.file === f.file && x.line !== undefined && x.line >= f.lines[0] && x.line <= f.lines[1] && x.fix.trim() !== "");
    expect(there.length, `no error in ${f.file} at lines ${f.lines.join("-")} (${f.kind})`).toBeGreaterThan(0);
    if (f.message) expect(there.some((x) => f.message!.test(x.message)), `no error at lines ${f.lines.join("-")} says ${f.message}`).toBe(true);
    return;
  }
  const { actors, relations, sources } = r.dataSet;
  expect(r.dataSet.taxonomy).toEqual(taxonomy);
  expect(sources.map(({ date, ...s }) => ({ ...s, ...(date ? { date: date.edtf } : {}) }))).toEqual(c.records.sources);
  expect(actors.map(({ lifetime, ...a }) => ({ ...a, ...(lifetime ? { lifetime: periodShape(lifetime) } : {}) }))).toEqual(c.records.actors);
  expect(relations.map((x) => ({ ...x, periods: x.periods.map(periodShape) }))).toEqual(c.records.relations);
  expect(r.report.counts).toMatchObject({ actors: c.records.actors.length, relations: c.records.relations.length, sources: c.records.sources.length });
}

/** Free text of the data files, which any words may replace: a change here never makes a data set unusable. */
const FREE_TEXT: Readonly<Record<"sources" | "actors" | "relations", readonly (readonly (string | number)[])[]>> = {
  sources: [["title"], ["author"]],
  actors: [["label"], ["description"], ["aliases"]],
  relations: [["note"], ["evidence", 0, "quote"], ["evidence", 0, "location"]],
};

export interface TextEdit {
  readonly list: "sources" | "actors" | "relations";
  readonly record: number;
  readonly field: number;
  readonly text: string;
}

export const arbTextEdit: fc.Arbitrary<TextEdit> = fc.record({
  list: fc.constantFrom("sources", "actors", "relations"),
  record: fc.nat(),
  field: fc.nat(),
  text: fc.constantFrom(...HOSTILE_TEXT, "  padded  ", "Islamabad"),
});

/** A copy of the data files' records with one free text changed to other words. */
export function editText(data: DataFilesCase["data"], edit: TextEdit): DataFilesCase["data"] {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, Record<string, unknown>[]>;
  const records = copy[edit.list];
  const path = FREE_TEXT[edit.list][edit.field % FREE_TEXT[edit.list].length];
  let node: Record<string | number, unknown> = records[edit.record % records.length];
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  node[last] = last === "aliases" ? [edit.text] : edit.text;
  return copy as unknown as DataFilesCase["data"];
}
