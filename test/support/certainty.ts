/**
 * Which relations are only possibly active on a day, read from their period bounds
 * (model/certainty.ts: dates allow it, none says it), not from the app's slicing engine; whether
 * one is certainly active within a window, read from its dates alone (`certainlyActiveIn`); and so
 * the colour the explorer should draw a relation in on that day: its family's at its type's
 * manner's step, or the lighter one of a possible relation (look/relation-look.ts).
 */
import { TimeBounds } from "../../src/model/certainty";
import type { Day, PartialDate, Period } from "../../src/model/dates";
import type { Actor, DataSet, Relation } from "../../src/model/types";
import { mannerOf, relationColour } from "../../src/look/relation-look";

export interface Certainty {
  /** Whether the relation's dates allow it on `day` and none says it was active then. */
  possibleOnly(relation: string, day: Day): boolean;
  /**
   * The colour the relation is drawn in on `day`, in `theme`; when it is drawn by a line standing
   * for several (`line`, a bundle's relations), the line looks like its strongest relation: a
   * deed before a standing tie, a tie before a word.
   */
  colourOn(relation: string, day: Day, theme: "light" | "dark", line?: readonly string[]): string;
}

export function certaintyOf(dataSet: DataSet): Certainty {
  const bounds = new TimeBounds(dataSet.actors);
  const byId = new Map(dataSet.relations.map((r) => [r.id, r]));
  const typeById = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
  const within = (day: Day, span: { first: Day; last: Day }) => span.first <= day && day <= span.last;
  const possibleOnly = (id: string, day: Day) => {
    const b = bounds.of(byId.get(id)!);
    return b.some((p) => within(day, p.possible)) && !b.some((p) => within(day, p.certain));
  };
  return {
    possibleOnly,
    colourOn(id, day, theme, line = [id]) {
      const type = typeById.get(byId.get(id)!.type)!;
      const manners = line.map((member) => mannerOf(typeById.get(byId.get(member)!.type)));
      const manner = manners.includes("deed") ? "deed" : manners.includes("tie") ? "tie" : "word";
      return relationColour(type.family, manner, theme, possibleOnly(id, day));
    },
  };
}

/**
 * Whether the data says the relation was active on some day of [from, to], read from its dates
 * and its actors' lifetimes directly, apart from certainty.ts and the relation index.
 *
 * Each period is active from a first day to a last day, each of which any reading of its dates
 * allows (a qualified date may be off by one of its units); the relation is active from the
 * latest of its first day and both actors' to the earliest of its last day and both actors',
 * and the data is taken to agree with itself, so that first day is no later than that last day.
 * The window certainly holds an active day unless some such reading puts every active day
 * before it, or every one after it. A period its actors' lifetimes, as written, leave no day
 * is certain nowhere.
 */
export function certainlyActiveIn(relation: Relation, actors: readonly Actor[], from: Day, to: Day): boolean {
  const life = (id: string) => actors.find((a) => a.id === id)?.lifetime;
  const lives = [life(relation.source), life(relation.target)].filter((p) => p !== undefined);
  return relation.periods.some((period) => {
    const possibleFirst = Math.max(period.first, ...lives.map((p) => p.first));
    const possibleLast = Math.min(period.last, ...lives.map((p) => p.last));
    if (possibleLast < possibleFirst) return false;
    const ends = [endDays(period, false), ...lives.map((p) => endDays(p, true))];
    const firstDay = { earliest: Math.max(...ends.map((e) => e.first[0])), latest: Math.max(...ends.map((e) => e.first[1])) };
    const lastDay = { earliest: Math.min(...ends.map((e) => e.last[0])), latest: Math.min(...ends.map((e) => e.last[1])) };
    const allBefore = Math.max(lastDay.earliest, firstDay.earliest) < from;
    const allAfter = Math.min(firstDay.latest, lastDay.latest) > to;
    return !allBefore && !allAfter;
  });
}

/** The days a period's first day and its last day may each be, by any reading of its dates. */
function endDays(period: Period, lifetime: boolean): { first: [Day, Day]; last: [Day, Day] } {
  const { start, end } = period;
  if (period.uncertainPoint || (start && start === end)) {
    // One date, or one moment in a span: it begins and ends on a day somewhere in it.
    const span: [Day, Day] = [readings(start!)[0], readings(end!)[1]];
    return { first: span, last: span };
  }
  // An open start: a relation's may be any day up to its end; a lifetime's is before any date.
  const first: [Day, Day] = start ? readings(start) : lifetime ? [-Infinity, -Infinity] : [-Infinity, Infinity];
  const last: [Day, Day] = end ? readings(end) : [Infinity, Infinity];
  return { first, last };
}

/** The first and last day a date may stand for: its own span, or with a qualifier from the unit before it to the unit after. */
export function readings(date: PartialDate): [Day, Day] {
  if (!date.qualifier) return [date.first, date.last];
  const start = new Date(date.first * 86_400_000);
  const step = { day: [0, 0, 1], month: [0, 1, 0], year: [1, 0, 0], decade: [10, 0, 0], century: [100, 0, 0] }[date.precision];
  const shifted = (units: number) =>
    Date.UTC(start.getUTCFullYear() + units * step[0], start.getUTCMonth() + units * step[1], start.getUTCDate() + units * step[2]) / 86_400_000;
  return [shifted(-1), shifted(2) - 1];
}
