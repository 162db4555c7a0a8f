/**
 * The days on which what a view shows changes: a relation starts or ends being active, or (when
 * possible relations are shown) starts or stops being certain. Read from the relation index's
 * bounds (certainty.ts), which cut each period to its actors' lifetimes: a change is the first
 * day of a span or the day after its last. Each change keeps the date that made it, so it can be
 * said at that date's precision ("Oct 2025", not an invented 1 Oct 2025).
 */
import type { PeriodBounds, TimeBounds } from "./certainty";
import { formatDate, formatDay, type Day, type PartialDate } from "./dates";
import { upperBoundBy } from "./sorted";
import type { Relation } from "./types";

/** What happens to a relation on a change day. */
export type ChangeKind = "starts" | "ends" | "becomes certain" | "is no longer certain";

export interface RelationChange {
  readonly relation: Relation;
  readonly kind: ChangeKind;
  /** The data's date behind the change, at its own precision; undefined when an actor's lifetime set the day. */
  readonly date: PartialDate | undefined;
}

export interface ChangeDay {
  readonly day: Day;
  readonly changes: readonly RelationChange[];
}

/**
 * The change days of `relations`, in order. With `certainOnly` (possible relations hidden) only
 * the certain spans count, and their ends are the relation's starts and ends. Candidate days are
 * then kept only where the relation's state really differs from the day before, so two periods
 * that abut (one ends 31 Mar, the next starts 1 Apr) are no change.
 */
export function changeDays(relations: readonly Relation[], bounds: TimeBounds, certainOnly: boolean): ChangeDay[] {
  const byDay = new Map<Day, RelationChange[]>();
  // 2: certainly active on `day`, 1: only possibly (when possible relations count), 0: not active.
  // A plain loop over the relation's cached bounds: this runs a few times per period of every relation.
  let periods: readonly PeriodBounds[] = [];
  const state = (_: Relation, day: Day) => {
    let possible = false;
    for (let i = 0; i < periods.length; i++) {
      const b = periods[i];
      if (b.certain.first <= day && day <= b.certain.last) return 2;
      if (b.possible.first <= day && day <= b.possible.last) possible = true;
    }
    return possible && !certainOnly ? 1 : 0;
  };
  for (const relation of relations) {
    periods = bounds.of(relation);
    const seen = new Set<Day>();
    periods.forEach((b, i) => {
      const { start, end } = relation.periods[i];
      const candidates: [Day, ChangeKind, PartialDate | null][] = certainOnly
        ? [
            [b.certain.first, "starts", start],
            [b.certain.last + 1, "ends", end],
          ]
        : [
            [b.possible.first, "starts", start],
            [b.certain.first, "becomes certain", start],
            [b.certain.last + 1, "is no longer certain", end],
            [b.possible.last + 1, "ends", end],
          ];
      for (const [day, kind, written] of candidates) {
        if (!Number.isFinite(day) || seen.has(day)) continue;
        if (state(relation, day) === state(relation, day - 1)) continue;
        seen.add(day);
        const date = written && (kind === "starts" || kind === "becomes certain" ? covers(written, day) : covers(written, day - 1)) ? written : undefined;
        const list = byDay.get(day) ?? [];
        list.push({ relation, kind: kindOf(state(relation, day - 1), state(relation, day), certainOnly, kind), date });
        byDay.set(day, list);
      }
    });
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, changes]) => ({ day, changes }));
}

/** The kind from the states before and after (0 none, 1 possible, 2 certain), which the candidate only suggests. */
function kindOf(before: number, after: number, certainOnly: boolean, suggested: ChangeKind): ChangeKind {
  if (certainOnly || before === 0 || after === 0) return after > before ? "starts" : "ends";
  return after > before ? "becomes certain" : before > after ? "is no longer certain" : suggested;
}

const covers = (date: PartialDate, day: Day) => day >= date.first && day <= date.last;

const dayOf = (d: { readonly day: Day }) => d.day;

/** The first change day after `day`, or undefined. */
export function nextChange<T extends { readonly day: Day }>(days: readonly T[], day: Day): T | undefined {
  return days[upperBoundBy(days, day, dayOf)];
}

/** The last change day before `day` (days are whole numbers), or undefined. */
export function previousChange<T extends { readonly day: Day }>(days: readonly T[], day: Day): T | undefined {
  return days[upperBoundBy(days, day - 1, dayOf) - 1];
}

/** How many changes (relations, not days) lie in (after, upTo]: what a playback frame from `after` to `upTo` passes. */
export function changesBetween(days: readonly { readonly day: Day; readonly count: number }[], after: Day, upTo: Day): number {
  let n = 0;
  for (let next = nextChange(days, after); next && next.day <= upTo; next = nextChange(days, next.day)) n += next.count;
  return n;
}

/**
 * When a change day is, at the precision of the date that made it: "27 Feb 2026" for a day,
 * "Oct 2025" for a start known to the month, "after Mar 2026" for an end known to the month.
 */
export function changeWhen(change: ChangeDay): string {
  const coarse = change.changes.find((c) => c.date && c.date.precision !== "day");
  if (!coarse?.date) return formatDay(change.day);
  // A relation ending in Mar 2026 may be active to its last day: it has ended "after Mar 2026". It
  // is no longer certain from the month's second day, within it: "Mar 2026".
  return coarse.kind === "ends" ? `after ${formatDate(coarse.date)}` : formatDate(coarse.date);
}

/** A change day in words, for a timeline that knows nothing of the data set. */
export interface ChangeMark {
  readonly day: Day;
  /** When, at the precision of the date that made it: "27 Feb 2026", "Oct 2025", "after Mar 2026". */
  readonly when: string;
  /** What changes: "Threat: Pakistan → Afghan Taliban starts", "… and 3 more". */
  readonly what: string;
  /** How many relations change that day. */
  readonly count: number;
}

/** The change days in words, each relation named by `nameOf`. */
export function changeMarks(days: readonly ChangeDay[], nameOf: (relation: Relation) => string): ChangeMark[] {
  return days.map((c) => {
    const [first] = c.changes;
    const more = c.changes.length - 1;
    return { day: c.day, when: changeWhen(c), what: `${nameOf(first.relation)} ${first.kind}${more ? ` and ${more} more` : ""}`, count: c.changes.length };
  });
}
