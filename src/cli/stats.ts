/**
 * `faultlines stats [dir] [--json]`: counts by actor kind, relation type, family, confidence
 * and year.
 */
import { dayToIso, utcDay } from "../model/dates";
import { RelationIndex } from "../model/relation-index";
import { timeExtent } from "../model/timeline";
import type { DataSet } from "../model/types";
import { loadOrFail } from "./load-or-fail";
import { DEFAULT_DATA_DIR, parseOptions, type Io } from "./options";

export interface Stats {
  readonly actors: number;
  readonly relations: number;
  readonly actorsByKind: Record<string, number>;
  readonly relationsByFamily: Record<string, number>;
  readonly relationsByType: Record<string, number>;
  readonly relationsByConfidence: Record<string, number>;
  /** Per year: relations active at some time in it, and periods starting in it. */
  readonly byYear: Record<string, { active: number; starting: number }>;
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
  const byYear: Record<string, { active: number; starting: number }> = {};
  const extent = timeExtent(relations);
  if (extent) {
    const index = new RelationIndex(dataSet);
    const [y0, y1] = [extent.first, extent.last].map((d) => Number(dayToIso(d).slice(0, 4)));
    for (let y = y0; y <= y1; y++) {
      const first = utcDay(y, 0, 1);
      const last = utcDay(y + 1, 0, 1) - 1;
      const starting = relations.reduce((n, r) => n + r.periods.filter((p) => p.start && p.start.first >= first && p.start.first <= last).length, 0);
      byYear[y] = { active: index.activeIn(first, last).length, starting };
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

export function statsCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { json: { type: "boolean" } });
  const dataSet = loadOrFail(positionals[0] ?? DEFAULT_DATA_DIR);
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
  io.out(`Relations by year     active  starting\n${Object.entries(stats.byYear).map(([y, c]) => `  ${y}                ${String(c.active).padStart(5)}     ${String(c.starting).padStart(5)}`).join("\n")}\n`);
  return 0;
}
