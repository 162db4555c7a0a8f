/**
 * The pure part of the details panel: lookups over a data set, an actor's relations in the
 * current slice grouped by family and sorted by date, and the words for a relation's direction.
 * No DOM, so it reads and tests on its own.
 */
import { formatDate, formatPeriod } from "../../model/dates";
import type { Actor, ActorKind, DataSet, Evidence, Relation, RelationFamily, RelationType, Source } from "../../model/types";

/** A data set's records by id, built once per data set. */
export interface DataIndex {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly types: ReadonlyMap<string, RelationType>;
  readonly families: ReadonlyMap<string, RelationFamily>;
  readonly kinds: ReadonlyMap<string, ActorKind>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Each actor's relations, in data order. */
  readonly relationsOf: ReadonlyMap<string, readonly Relation[]>;
  /** Family ids in taxonomy order, the order groups are shown in. */
  readonly familyOrder: readonly string[];
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));

export function indexDataSet(data: DataSet): DataIndex {
  const relationsOf = new Map<string, Relation[]>();
  for (const r of data.relations)
    for (const end of [r.source, r.target]) {
      const list = relationsOf.get(end);
      if (list) list.push(r);
      else relationsOf.set(end, [r]);
    }
  return {
    actors: byId(data.actors),
    relations: byId(data.relations),
    types: byId(data.taxonomy.types),
    families: byId(data.taxonomy.families),
    kinds: byId(data.taxonomy.kinds),
    sources: byId(data.sources),
    relationsOf,
    familyOrder: data.taxonomy.families.map((f) => f.id),
  };
}

/** Seen from one actor: it acts on the other, the other acts on it, or neither leads. */
export type Direction = "outgoing" | "incoming" | "mutual";

export const directionFrom = (relation: Relation, actor: string): Direction =>
  !relation.directed ? "mutual" : relation.source === actor ? "outgoing" : "incoming";

export const ARROW: Record<Direction, string> = { outgoing: "→", incoming: "←", mutual: "—" };

export const actorLabel = (index: DataIndex, id: string): string => index.actors.get(id)?.label ?? id;

/** Who acts on whom, in words a screen reader says well: "from Pakistan to Afghan Taliban". */
export function pairWords(index: DataIndex, relation: Relation): string {
  const source = actorLabel(index, relation.source);
  const target = actorLabel(index, relation.target);
  return relation.directed ? `from ${source} to ${target}` : `between ${source} and ${target}`;
}

export const periodsText = (relation: Relation): string => relation.periods.map(formatPeriod).join(", ");

export interface RelationRow {
  readonly relation: Relation;
  readonly typeLabel: string;
  readonly counterpart: string;
  readonly direction: Direction;
  readonly dates: string;
}

export interface FamilyGroup {
  readonly family: string;
  readonly label: string;
  readonly rows: readonly RelationRow[];
}

/** When the relation last started: its latest period's start (open starts count as earliest). */
const latestStart = (r: Relation): number => r.periods[r.periods.length - 1]?.first ?? -Infinity;
const latestEnd = (r: Relation): number => r.periods[r.periods.length - 1]?.last ?? -Infinity;

/**
 * An actor's relations that are in the slice, grouped by family in taxonomy order, each group
 * newest first (by the start of the latest period, then its end), then by type.
 */
export function actorRelationGroups(index: DataIndex, actor: string, slice: ReadonlySet<string>): FamilyGroup[] {
  const groups = new Map<string, RelationRow[]>();
  for (const relation of index.relationsOf.get(actor) ?? []) {
    if (!slice.has(relation.id)) continue;
    const type = index.types.get(relation.type);
    const family = type?.family ?? "";
    const row: RelationRow = {
      relation,
      typeLabel: type?.label ?? relation.type,
      counterpart: relation.source === actor ? relation.target : relation.source,
      direction: directionFrom(relation, actor),
      dates: periodsText(relation),
    };
    const list = groups.get(family);
    if (list) list.push(row);
    else groups.set(family, [row]);
  }
  const rank = (family: string): number => {
    const i = index.familyOrder.indexOf(family);
    return i < 0 ? index.familyOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([family, rows]) => ({
      family,
      label: index.families.get(family)?.label ?? (family || "Other"),
      rows: rows.sort(
        (a, b) =>
          latestStart(b.relation) - latestStart(a.relation) ||
          latestEnd(b.relation) - latestEnd(a.relation) ||
          a.typeLabel.localeCompare(b.typeLabel),
      ),
    }));
}

/** The parts of a citation that are known, in reading order: author, title, publisher, date, place. */
export function citationParts(evidence: Evidence, source: Source | undefined): { author?: string; title: string; publisher?: string; date?: string; location?: string } {
  return {
    author: source?.author,
    title: source?.title ?? evidence.source,
    publisher: source?.publisher,
    date: source?.date ? formatDate(source.date) : undefined,
    location: evidence.location,
  };
}
