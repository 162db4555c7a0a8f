/**
 * fast-check arbitraries for relations with realistic dates: day, month and year precision,
 * open starts and ends, single-day periods, several periods per relation. Further down, richer
 * data sets for exports: qualified and decade dates, "[a..b]" moments, lifetimes, and text that
 * tries to break escaping (XML specials, right-to-left scripts, emoji, forbidden characters).
 */
import fc from "fast-check";
import { parsePartialDate, parsePeriod, type Period } from "../../src/model/dates";
import type { Actor, Confidence, DataSet, Evidence, Relation, Source, Taxonomy } from "../../src/model/types";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date string at a random precision, within a few years so that boundaries collide often. */
export const arbDateText = fc.oneof(
  fc.record({ y: fc.integer({ min: 2019, max: 2023 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.record({ y: fc.integer({ min: 2019, max: 2023 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}`),
  fc.integer({ min: 2019, max: 2023 }).map(String),
);

/** A valid period: a single date, a closed span (ends in order), or open at one side. */
export const arbPeriod: fc.Arbitrary<Period> = fc
  .tuple(arbDateText, arbDateText, fc.constantFrom("single", "span", "open-end", "open-start"))
  .map(([a, b, shape]) => {
    if (shape === "single") return parsePeriod(a);
    if (shape === "open-end") return parsePeriod(`${a}/..`);
    if (shape === "open-start") return parsePeriod(`../${a}`);
    const [pa, pb] = [parsePeriod(a), parsePeriod(b)];
    return pa.first <= pb.last ? parsePeriod(`${a}/${b}`) : parsePeriod(`${b}/${a}`);
  });

export const TYPES = [
  { id: "airstrike", family: "hostile" },
  { id: "rivalry", family: "hostile" },
  { id: "trade", family: "cooperative" },
  { id: "mediation", family: "mediating" },
  { id: "split", family: "structural" },
];
export const ACTORS = [
  { id: "a", kind: "state" },
  { id: "b", kind: "state" },
  { id: "c", kind: "armed-group" },
  { id: "d", kind: "armed-group" },
  { id: "e", kind: "person" },
];

const arbRelationParts = fc.record({
  ends: fc.uniqueArray(fc.constantFrom(...ACTORS.map((a) => a.id)), { minLength: 2, maxLength: 2 }),
  type: fc.constantFrom(...TYPES.map((t) => t.id)),
  confidence: fc.constantFrom<Confidence>("low", "medium", "high"),
  periods: fc.array(arbPeriod, { minLength: 1, maxLength: 3 }),
});

/** Sorted, and dropping any period that overlaps an earlier one: a relation's periods never overlap (the loader refuses it). */
export function withoutOverlaps(periods: Period[]): Period[] {
  const kept: Period[] = [];
  for (const p of [...periods].sort((x, y) => x.first - y.first)) if (!kept.length || kept[kept.length - 1].last < p.first) kept.push(p);
  return kept;
}

export const arbRelations = (maxLength = 200): fc.Arbitrary<Relation[]> =>
  fc.array(arbRelationParts, { maxLength }).map((parts) =>
    parts.map((p, i) => ({
      id: `r${i}`,
      source: p.ends[0],
      target: p.ends[1],
      type: p.type,
      directed: true,
      periods: withoutOverlaps(p.periods),
      confidence: p.confidence,
      evidence: [{ source: "doc", quote: "q" }],
    })),
  );

export function dataSetOf(relations: Relation[]): DataSet {
  return {
    taxonomy: {
      families: ["hostile", "cooperative", "mediating", "structural"].map((id) => ({ id, label: id })),
      types: TYPES.map((t) => ({ ...t, label: t.id, sign: 0 as const, directed: true, cameo: [], plover: null, mappingMilitants: null })),
      kinds: ["state", "armed-group", "person"].map((id) => ({ id, label: id })),
    },
    actors: ACTORS.map((a) => ({ ...a, label: a.id, aliases: [] })),
    relations,
    sources: [{ id: "doc", title: "doc", file: "doc.txt" }],
  };
}

/** Days worth querying: every period boundary and its neighbours, where off-by-one bugs live. */
export function boundaryDays(relations: Relation[]): number[] {
  const days = new Set<number>();
  for (const r of relations)
    for (const p of r.periods)
      for (const d of [p.first, p.last]) if (Number.isFinite(d)) [d - 1, d, d + 1].forEach((x) => days.add(x));
  return [...days];
}

/** Pieces of text that have broken exporters: XML specials, quotes, RTL scripts and marks, emoji, whitespace, and characters XML 1.0 forbids. */
export const HOSTILE_PIECES = [
  "&", "<", ">", '"', "'", "&amp;", "]]>", "<!--", "Tehrik-i-Taliban", "پاکستان", "طالبان", "د افغانستان اسلامي امارت", "ایران",
  "\u200F", "\u202E", "🙂", "🇵🇰", "👨‍👩‍👧", "\t", "\n", "\r\n", "\r", "  ", " ", "\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\u007F",
  "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\u2028", "a", "Z", "\\", "[", "]", ",", "|",
];

/** Text made of hostile pieces, or any code points at all. Never empty. */
export const arbHostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
);

/** A date at day, month or year precision, sometimes approximate or uncertain, or a decade. */
export const arbRichDateText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: arbDateText, weight: 4 },
  { arbitrary: fc.tuple(arbDateText, fc.constantFrom("~", "?", "%")).map(([d, q]) => d + q), weight: 2 },
  { arbitrary: fc.constantFrom("201X", "202X"), weight: 1 },
);

/** Any period shape the data allows: a date, a span, open at either end, or "[a..b]", one moment within a span. */
export const arbRichPeriod: fc.Arbitrary<Period> = fc
  .tuple(arbRichDateText, arbRichDateText, fc.constantFrom("single", "span", "open-end", "open-start", "moment"))
  .map(([a, b, shape]) => {
    if (shape === "single") return parsePeriod(a);
    if (shape === "open-end") return parsePeriod(`${a}/..`);
    if (shape === "open-start") return parsePeriod(`../${a}`);
    const [from, to] = parsePeriod(a).first <= parsePeriod(b).last ? [a, b] : [b, a];
    return parsePeriod(shape === "moment" ? `[${from}..${to}]` : `${from}/${to}`);
  });

export const RICH_TAXONOMY: Taxonomy = {
  families: ["hostile", "cooperative", "mediating", "structural"].map((id) => ({ id, label: id })),
  types: [
    { id: "airstrike", label: "Air strike & <raid>", family: "hostile", sign: -1 as const, directed: true },
    { id: "rivalry", label: "Rivalry", family: "hostile", sign: -1 as const, directed: false },
    { id: "trade", label: "تجارت \"trade\"", family: "cooperative", sign: 1 as const, directed: false },
    { id: "mediation", label: "Mediation 🕊", family: "mediating", sign: 0 as const, directed: true },
    { id: "split", label: "Split from", family: "structural", sign: 0 as const, directed: true },
  ].map((t) => ({ ...t, cameo: [], plover: null, mappingMilitants: null })),
  kinds: ["state", "armed-group", "person"].map((id) => ({ id, label: id })),
};

const arbActor = (id: string, kind: string): fc.Arbitrary<Actor> =>
  fc
    .record({
      label: arbHostileText,
      aliases: fc.array(arbHostileText, { maxLength: 3 }),
      description: fc.option(arbHostileText, { nil: undefined }),
      lifetime: fc.option(arbRichPeriod, { nil: undefined }),
    })
    .map(({ label, aliases, description, lifetime }) => ({ id, label, kind, aliases, ...(description ? { description } : {}), ...(lifetime ? { lifetime } : {}) }));

const arbEvidence: fc.Arbitrary<Evidence> = fc
  .record({ source: fc.constantFrom("doc", "other"), quote: arbHostileText, location: fc.option(fc.constantFrom("¶12", "p. 3", "¶4 <n>"), { nil: undefined }) })
  .map(({ source, quote, location }) => ({ source, quote, ...(location ? { location } : {}) }));

const arbRichRelation = fc.record({
  ends: fc.uniqueArray(fc.constantFrom(...ACTORS.map((a) => a.id)), { minLength: 2, maxLength: 2 }),
  type: fc.constantFrom(...RICH_TAXONOMY.types),
  directed: fc.option(fc.boolean(), { nil: undefined }),
  confidence: fc.constantFrom<Confidence>("low", "medium", "high"),
  periods: fc.array(arbRichPeriod, { minLength: 1, maxLength: 4 }),
  evidence: fc.array(arbEvidence, { minLength: 1, maxLength: 3 }),
  note: fc.option(arbHostileText, { nil: undefined }),
});

const SOURCES: Source[] = [
  { id: "doc", title: "Afghanistan-Pakistan: The Overlooked War", author: "Isabelle Saint-Mézard", publisher: "Ifri", date: parsePartialDate("2026-03-31"), file: "doc.txt" },
  { id: "other", title: "From Kabul to Tehran & back", file: "other.txt" },
];

/** A whole data set for exports: hostile text everywhere, lifetimes, rich periods, mixed directions. */
export const arbExportDataSet = (maxRelations = 30): fc.Arbitrary<DataSet> =>
  fc
    .tuple(fc.tuple(...ACTORS.map((a) => arbActor(a.id, a.kind))), fc.array(arbRichRelation, { maxLength: maxRelations }))
    .map(([actors, parts]) => ({
      taxonomy: RICH_TAXONOMY,
      actors,
      relations: parts.map((p, i) => ({
        id: `r${i}`,
        source: p.ends[0],
        target: p.ends[1],
        type: p.type.id,
        directed: p.directed ?? p.type.directed,
        periods: withoutOverlaps(p.periods),
        confidence: p.confidence,
        evidence: p.evidence,
        ...(p.note ? { note: p.note } : {}),
      })),
      sources: SOURCES,
    }));

/**
 * The data with dated changes on some actors (kind, label, both; a note with hostile text) and a
 * timing on some types, chosen from the data itself so each run differs.
 */
export function withChanges(data: DataSet): DataSet {
  const kinds = data.taxonomy.kinds.map((k) => k.id);
  return {
    ...data,
    taxonomy: { ...data.taxonomy, types: data.taxonomy.types.map((t, i) => (i % 3 === 2 ? t : { ...t, timing: i % 3 ? "event" : "state" })) },
    actors: data.actors.map((a, i) =>
      i % 2
        ? a
        : {
            ...a,
            changes: [
              { from: parsePartialDate("2021-08"), kind: kinds[(i + 1) % kinds.length], ...(a.description ? { note: a.description } : {}) },
              { from: parsePartialDate("2024-02-29"), label: a.aliases[0] || `${a.label} (renamed)` },
            ],
          },
    ),
  };
}
