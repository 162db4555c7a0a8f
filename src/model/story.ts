/**
 * The story of a pair of actors, or of one actor and its neighbours: every relation between them
 * over all time, in the order they began. A start is known only to its precision, so the order
 * reads the dates as written and never invents a day:
 * - an open start ("../2022": it began some time before its end, no one says when) comes first,
 *   the earliest possible beginning, those with an earlier end first;
 * - then by the first day the start covers ("2021" and "Jan 2021" both from 1 Jan 2021);
 * - on the same first day, the coarser date first ("2021" before "Jan 2021" before 1 Jan 2021):
 *   the less that is known of a start, the earlier it may have been, as with open starts;
 * - then by the end of that period (the shorter first; an ongoing one last), then by type and id,
 *   so the order never depends on the data file's.
 * A relation with several periods is placed by its first. Pure, so it is tested on inline data.
 */
import type { Precision } from "./dates";
import type { Relation } from "./types";

/** Coarser precisions rank first on the same first day. */
const PRECISION_RANK: Record<Precision, number> = { century: 0, decade: 1, year: 2, month: 3, day: 4 };

/** Where a relation's story begins: its first period's start, or an open start. */
export interface StoryStart {
  /** The start is open: the relation began some time before its end, no one says when. */
  readonly open: boolean;
  /** The first day the start covers (-Infinity for an open start). */
  readonly first: number;
  readonly precision: Precision | null;
  /** The last day of its first period (Infinity when ongoing). */
  readonly end: number;
}

export function storyStart(relation: Relation): StoryStart {
  const period = relation.periods[0];
  if (!period) return { open: true, first: -Infinity, precision: null, end: Infinity };
  const end = period.end ? period.end.last : Infinity;
  if (!period.start) return { open: true, first: -Infinity, precision: null, end };
  return { open: false, first: period.start.first, precision: period.start.precision, end };
}

/** The chronology's order of two relations (negative: `a` first). */
export function compareStoryOrder(a: Relation, b: Relation): number {
  const sa = storyStart(a);
  const sb = storyStart(b);
  if (sa.open !== sb.open) return sa.open ? -1 : 1;
  return (
    compareDays(sa.first, sb.first) ||
    rank(sa.precision) - rank(sb.precision) ||
    compareDays(sa.end, sb.end) ||
    compareText(a.type, b.type) ||
    compareText(a.id, b.id)
  );
}

const rank = (p: Precision | null): number => (p === null ? -1 : PRECISION_RANK[p]);
/** Infinities compare equal to themselves (Infinity - Infinity is NaN). */
const compareDays = (a: number, b: number): number => (a === b ? 0 : a < b ? -1 : 1);
const compareText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

/** The relations in story order, oldest first; a new array. */
export const chronology = (relations: readonly Relation[]): Relation[] => [...relations].sort(compareStoryOrder);

/** Every relation between two actors, in either direction, in story order. */
export function pairStory(relations: readonly Relation[], a: string, b: string): Relation[] {
  return chronology(relations.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a)));
}

/** Every relation of one actor, in story order. */
export const actorStory = (relations: readonly Relation[], actor: string): Relation[] => chronology(relations.filter((r) => r.source === actor || r.target === actor));

export interface Counterpart {
  readonly actor: string;
  /** How many relations the two have, over all time. */
  readonly count: number;
}

/** The actors one actor has relations with over all time, the most relations first, then by id. */
export function counterpartsOf(relations: readonly Relation[], actor: string): Counterpart[] {
  const counts = new Map<string, number>();
  for (const r of relations) {
    if (r.source !== actor && r.target !== actor) continue;
    const other = r.source === actor ? r.target : r.source;
    if (other === actor) continue;
    counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ actor: id, count })).sort((x, y) => y.count - x.count || compareText(x.actor, y.actor));
}
