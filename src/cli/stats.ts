/**
 * `faultlines stats [dir | --data PATH...] [--json]`: counts by actor kind, relation type, family, confidence
 * and year. A year counts the relations its days may hold and, of those, the ones its days
 * certainly hold (model/certainty.ts: a relation dated "2026-03" may be active on any day of
 * March, is certainly active on none, and so certainly within 2026). The years run from the earliest day any relation may
 * be active, bounded by its actors' lifetimes, to the latest day any date names; a year in which
 * nothing may be active is left out. So a date known to the decade ("201X") counts in each year
 * of its decade and no other, and a start unknown ("../2026-03") reaches back only as far as
 * both actors existed; one with no lifetime to bound it sets no first year.
 */
import { maskCount } from "../model/activity-mask";
import { dayToIso, utcDay, type Day } from "../model/dates";
import { RelationIndex } from "../model/relation-index";
import type { DataSet } from "../model/types";
import { loadData } from "./load-data";
import { parseOptions, type Io } from "./options";

export interface YearCounts {
  readonly possible: number;
  readonly certain: number;
  readonly starting: number;
}

export interface Stats {
  readonly actors: number;
  readonly relations: number;
  readonly actorsByKind: Record<string, number>;
  readonly relationsByFamily: Record<string, number>;
  readonly relationsByType: Record<string, number>;
  readonly relationsByConfidence: Record<string, number>;
  /**
   * Per year: relations possibly active on some day of it, those certainly active on some day of
   * it (a part of the possible), and periods starting in it.
   */
  readonly byYear: Record<string, YearCounts>;
  readonly openEnded: number;
}

export function computeStats(dataSet: DataSet): Stats {
  const { taxonomy, actors, relations } = dataSet;
  const countBy = <T>(items: readonly T[], key: (t: T) => string, order: string[]) => {
    const counts = Object.fromEntries(order.map((k) => [k, 0]));
    for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  };
  const familyOf = new Map(taxonomy.types.map((t) => [t.id, t.family]));
  const byYear: Record<string, YearCounts> = {};
  const index = new RelationIndex(dataSet);
  const extent = yearsOf(index);
  if (extent) {
    const [y0, y1] = [extent.first, extent.last].map((d) => Number(dayToIso(d).slice(0, 4)));
    for (let y = y0; y <= y1; y++) {
      const first = utcDay(y, 0, 1);
      const last = utcDay(y + 1, 0, 1) - 1;
      const possible = maskCount(index.activeMaskIn(first, last));
      if (!possible) continue;
      const starting = relations.reduce((n, r) => n + r.periods.filter((p) => p.start && p.start.first >= first && p.start.first <= last).length, 0);
      byYear[y] = { possible, certain: maskCount(index.certainMaskIn(first, last)), starting };
    }
  }
  return {
    actors: actors.length,
    relations: relations.length,
    actorsByKind: countBy(actors, (a) => a.kind, taxonomy.kinds.map((k) => k.id)),
    relationsByFamily: countBy(relations, (r) => familyOf.get(r.type) ?? "?", taxonomy.families.map((f) => f.id)),
    relationsByType: countBy(relations, (r) => r.type, taxonomy.types.map((t) => t.id)),
    relationsByConfidence: countBy(relations, (r) => r.confidence, ["high", "medium", "low"]),
    byYear,
    openEnded: relations.filter((r) => r.periods.some((p) => p.last === Infinity)).length,
  };
}

/**
 * The first day any relation may be active (its possible days, cut to lifetimes) and the last
 * day any of them names: the last possible day, or for an ongoing period the first (it runs on
 * past the data, which says nothing of years to come). Undefined when no day is finite.
 */
function yearsOf(index: RelationIndex): { first: Day; last: Day } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const r of index.relations)
    for (const { possible } of index.bounds.of(r)) {
      if (possible.last < possible.first) continue;
      for (const day of [possible.first, possible.last])
        if (Number.isFinite(day)) ((first = Math.min(first, day)), (last = Math.max(last, day)));
    }
  return first <= last ? { first, last } : undefined;
}

export function statsCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { json: { type: "boolean" }, data: { type: "string", multiple: true } });
  const { dataSet } = loadData([...positionals, ...(values.data ?? [])]);
  const stats = computeStats(dataSet);
  if (values.json) {
    io.out(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const label = new Map<string, string>([...dataSet.taxonomy.kinds, ...dataSet.taxonomy.types, ...dataSet.taxonomy.families].map((x) => [x.id, x.label]));
  const table = (title: string, counts: Record<string, number>) => {
    const rows = Object.entries(counts);
    const width = Math.max(...rows.map(([k]) => (label.get(k) ?? k).length), title.length);
    return `${title}\n${rows.map(([k, n]) => `  ${(label.get(k) ?? k).padEnd(width)}  ${String(n).padStart(5)}`).join("\n")}\n`;
  };
  io.out(`${stats.actors} actors, ${stats.relations} relations (${stats.openEnded} still ongoing)\n\n`);
  io.out(table("Actors by kind", stats.actorsByKind) + "\n");
  io.out(table("Relations by family", stats.relationsByFamily) + "\n");
  io.out(table("Relations by type", stats.relationsByType) + "\n");
  io.out(table("Relations by confidence", stats.relationsByConfidence) + "\n");
  io.out(
    `Relations by year   possible  certain  starting\n${Object.entries(stats.byYear)
      .map(([y, c]) => `  ${y}              ${String(c.possible).padStart(6)}   ${String(c.certain).padStart(6)}    ${String(c.starting).padStart(6)}`)
      .join("\n")}\n` + "(possible: the dates allow the relation on some day of the year; certain: they say it was active on some day of it)\n",
  );
  return 0;
}
