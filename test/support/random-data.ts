/**
 * fast-check arbitraries for relations with realistic dates: day, month and year precision,
 * open starts and ends, single-day periods, several periods per relation.
 */
import fc from "fast-check";
import { parsePeriod, type Period } from "../../src/model/dates";
import type { Confidence, DataSet, Relation } from "../../src/model/types";

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
function withoutOverlaps(periods: Period[]): Period[] {
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
