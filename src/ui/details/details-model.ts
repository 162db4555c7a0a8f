/**
 * The pure part of the details panel: lookups over a data set, an actor's relations in the
 * current slice grouped by family and sorted by date, the words for a relation's direction, its
 * periods in words that say how much is known, how it stands at the time shown (certainly,
 * only possibly or not active), and an actor's kind and names over time.
 * No DOM, so it reads and tests on its own.
 */
import { kindsDuring, labelOn } from "../../model/actor-time";
import { TimeBounds } from "../../model/certainty";
import { formatDate, formatPeriod, type Day } from "../../model/dates";
import { periodInWords } from "../../model/period-words";
import { timeInWords, type Time } from "../../model/time-words";
import type { Actor, ActorKind, DataSet, Evidence, Relation, RelationFamily, RelationType, Source, Timing } from "../../model/types";

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
  /**
   * What each relation's dates say of when it is certainly and possibly active, cut to its
   * actors' lifetimes: the same rules (and the same class) as the relation index's bounds.
   */
  readonly bounds: TimeBounds;
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
    bounds: new TimeBounds(data.actors),
  };
}

/** Seen from one actor: it acts on the other, the other acts on it, or neither leads. */
export type Direction = "outgoing" | "incoming" | "mutual";

export const directionFrom = (relation: Relation, actor: string): Direction =>
  !relation.directed ? "mutual" : relation.source === actor ? "outgoing" : "incoming";

export const ARROW: Record<Direction, string> = { outgoing: "→", incoming: "←", mutual: "—" };

/** An actor's label: the one it went by at `time` when given (names change, actor-time.ts), else its first. */
export function actorLabel(index: DataIndex, id: string, time: Time | null = null): string {
  const actor = index.actors.get(id);
  if (!actor) return id;
  return time ? labelAt(actor, time) : actor.label;
}

/** Who acts on whom, in words a screen reader says well: "from Pakistan to Afghan Taliban". */
export function pairWords(index: DataIndex, relation: Relation, time: Time | null = null): string {
  const source = actorLabel(index, relation.source, time);
  const target = actorLabel(index, relation.target, time);
  return relation.directed ? `from ${source} to ${target}` : `between ${source} and ${target}`;
}

export const periodsText = (relation: Relation): string => relation.periods.map(formatPeriod).join(", ");

/** Whether the relation's type is an event or a standing state (omitted: a state). */
export const timingOf = (index: DataIndex, relation: Relation): Timing => index.types.get(relation.type)?.timing ?? "state";

/**
 * Each period of a relation in words that say how much is known, its actors' lifetimes bounding
 * open ends: "sometime in Mar 2026", "start unknown, not before 2007, no later than Mar 2026".
 */
export function periodsInWords(index: DataIndex, relation: Relation): string[] {
  const actors = [index.actors.get(relation.source), index.actors.get(relation.target)];
  const timing = timingOf(index, relation);
  return relation.periods.map((p) => periodInWords(p, timing, actors));
}

/** The days a time covers: one day, or a window's. */
export const daysOf = (time: Time): { from: Day; to: Day } => ("at" in time ? { from: time.at, to: time.at } : time);

/**
 * How a relation stands at a time, by its dates alone: "certain" when they say it is active on
 * some day of it, "possible" when they allow it but none says it, "inactive" when they rule it out.
 */
export type Standing = "certain" | "possible" | "inactive";

export function standingAt(index: DataIndex, relation: Relation, time: Time): Standing {
  const { from, to } = daysOf(time);
  if (index.bounds.activeIn(relation, from, to, true)) return "certain";
  return index.bounds.activeIn(relation, from, to) ? "possible" : "inactive";
}

export interface StandingWords {
  /** What a reader takes in first: "Certainly active", "Possibly active", "Not active". */
  readonly headline: string;
  /** The rest of the sentence: " on 1 Mar 2026: its dates allow it, none says it." */
  readonly rest: string;
  /** When the relation is active then but the filters hide it, a second sentence saying so. */
  readonly hidden?: string;
}

const HEADLINES: Record<Standing, string> = { certain: "Certainly active", possible: "Possibly active", inactive: "Not active" };
const REASONS: Record<Standing, string> = { certain: "", possible: ": its dates allow it, none says it", inactive: ": its dates rule it out" };

/**
 * The standing in words, e.g. "Possibly active on 1 Mar 2026: its dates allow it, none says
 * it." A window reads "at some time between …"; `shown` is whether the view shows the relation.
 */
export function standingWords(standing: Standing, time: Time, shown: boolean): StandingWords {
  const when = "at" in time ? timeInWords(time, "on") : `at some time ${timeInWords(time, "on")}`;
  return {
    headline: HEADLINES[standing],
    rest: ` ${when}${REASONS[standing]}.`,
    ...(standing !== "inactive" && !shown ? { hidden: "The current filters hide it." } : {}),
  };
}

export interface RelationRow {
  readonly relation: Relation;
  readonly typeLabel: string;
  readonly counterpart: string;
  readonly direction: Direction;
  readonly dates: string;
  /** Only possibly active at the time shown: its dates allow it, none says it. */
  readonly possibleOnly: boolean;
}

/**
 * The relations between two actors that are in the slice, as rows seen from the first, oldest
 * first (by the start of the first period, then its end), then by type.
 */
export function pairRelationRows(index: DataIndex, pair: readonly [string, string], slice: ReadonlySet<string>, time: Time | null = null): RelationRow[] {
  const [actor, other] = pair;
  const rows: RelationRow[] = [];
  for (const relation of index.relationsOf.get(actor) ?? []) {
    const counterpart = relation.source === actor ? relation.target : relation.source;
    if (counterpart !== other || !slice.has(relation.id)) continue;
    rows.push(rowOf(index, relation, actor, time));
  }
  const first = (r: Relation) => r.periods[0]?.first ?? -Infinity;
  const firstEnd = (r: Relation) => r.periods[0]?.last ?? Infinity;
  return rows.sort((a, b) => first(a.relation) - first(b.relation) || firstEnd(a.relation) - firstEnd(b.relation) || a.typeLabel.localeCompare(b.typeLabel));
}

function rowOf(index: DataIndex, relation: Relation, actor: string, time: Time | null): RelationRow {
  return {
    relation,
    typeLabel: index.types.get(relation.type)?.label ?? relation.type,
    counterpart: relation.source === actor ? relation.target : relation.source,
    direction: directionFrom(relation, actor),
    dates: periodsText(relation),
    possibleOnly: time !== null && standingAt(index, relation, time) === "possible",
  };
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
export function actorRelationGroups(index: DataIndex, actor: string, slice: ReadonlySet<string>, time: Time | null = null): FamilyGroup[] {
  const groups = new Map<string, RelationRow[]>();
  for (const relation of index.relationsOf.get(actor) ?? []) {
    if (!slice.has(relation.id)) continue;
    const family = index.types.get(relation.type)?.family ?? "";
    const row = rowOf(index, relation, actor, time);
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

/**
 * Every kind the actor may have had at a time: on a day within a change's span (a change dated
 * "2021", on 1 May 2021) both the kind before and after, in a window each kind it had.
 */
export function kindsAt(actor: Actor, time: Time): string[] {
  return "at" in time ? kindsDuring(actor, time.at, time.at) : kindsDuring(actor, time.from, time.to);
}

/** The actor's label at a time (a window's: as of its last day). */
export const labelAt = (actor: Actor, time: Time): string => labelOn(actor, "at" in time ? time.at : time.to);

/**
 * An actor's dated changes of one field, in words: its first value, then each change, e.g.
 * ["Armed group", "State from Aug 2021 — took Kabul"]. Empty when that field never changes.
 */
function history(actor: Actor, field: "kind" | "label", name: (value: string) => string): string[] {
  const changes = (actor.changes ?? []).filter((c) => c[field] !== undefined);
  if (changes.length === 0) return [];
  return [name(actor[field]), ...changes.map((c) => `${name(c[field]!)} from ${formatDate(c.from)}${c.note ? ` — ${c.note}` : ""}`)];
}

export const kindHistory = (index: DataIndex, actor: Actor): string[] => history(actor, "kind", (k) => kindLabel(index, k));
export const labelHistory = (actor: Actor): string[] => history(actor, "label", (l) => l);
export const kindLabel = (index: DataIndex, kind: string): string => index.kinds.get(kind)?.label ?? kind;
