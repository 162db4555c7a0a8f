/**
 * Events of one relation grouped into periods: events at most `gapDays` apart, from the last day
 * one may have happened to the first day the next may have, fall in one period; a period covers
 * its events from the first one's start to the last one's end at the precision the files give.
 *
 * A bound is never a day the file does not give. The relation began when its earliest event
 * happened, some day between the earliest first day and the earliest last day the events allow;
 * the start is written as the smallest date holding those days: the day itself when both are
 * one day, else their month, year, decade or century ("one day in 3-9 March 2025" starts a period
 * "2025-03/..."). The end likewise. A coarse bound can reach over a neighbouring period (a week
 * read as its month): such periods are merged, so periods never overlap.
 */
import { parsePeriod, type Day, type Period } from "../../model/dates";

export interface Dated {
  readonly period: Period;
}

export interface EventPeriod<T extends Dated> {
  readonly period: Period;
  /** In date order. */
  readonly events: readonly T[];
}

export function periodsOf<T extends Dated>(events: readonly T[], gapDays: number): EventPeriod<T>[] {
  const sorted = [...events].sort((a, b) => a.period.first - b.period.first || a.period.last - b.period.last);
  const groups: T[][] = [];
  let reach = -Infinity;
  for (const event of sorted) {
    if (groups.length && event.period.first - reach <= gapDays) groups[groups.length - 1].push(event);
    else groups.push([event]);
    reach = groups[groups.length - 1].length === 1 ? event.period.last : Math.max(reach, event.period.last);
  }
  // Built left to right; a period whose coarse bound reaches over the one before joins it.
  const built: EventPeriod<T>[] = [];
  for (const group of groups) {
    let merged: EventPeriod<T> = { period: periodOver(group), events: group };
    while (built.length && built[built.length - 1].period.last >= merged.period.first) {
      const before = built.pop()!;
      const all = [...before.events, ...merged.events];
      merged = { period: periodOver(all), events: all };
    }
    built.push(merged);
  }
  return built;
}

/** The period over some events: the one event's own date, or a span from the earliest start to the latest end. */
export function periodOver(events: readonly Dated[]): Period {
  if (events.length === 1) return events[0].period;
  let [startFirst, startLast, endFirst, endLast] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { period } of events) {
    startFirst = Math.min(startFirst, period.first);
    startLast = Math.min(startLast, period.last);
    endFirst = Math.max(endFirst, period.first);
    endLast = Math.max(endLast, period.last);
  }
  const start = startFirst === -Infinity ? ".." : (enclosing(startFirst, startLast) ?? "..");
  const end = endLast === Infinity ? ".." : (enclosing(endFirst, endLast) ?? centuryOf(endLast));
  return parsePeriod(start === end ? start : `${start}/${end}`);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function parts(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The smallest EDTF date holding the days [first, last]: a day, a month, a year, a decade or a
 * century; undefined when no century holds them (a week over 31 December 1999), or for years
 * out of the four digits EDTF dates are written in here.
 */
export function enclosing(first: Day, last: Day): string | undefined {
  const a = parts(first);
  const b = parts(last);
  if (a.y < 0 || b.y > 9999) return undefined;
  const y = pad(a.y, 4);
  if (first === last) return `${y}-${pad(a.m, 2)}-${pad(a.d, 2)}`;
  if (a.y === b.y && a.m === b.m) return `${y}-${pad(a.m, 2)}`;
  if (a.y === b.y) return y;
  if (Math.floor(a.y / 10) === Math.floor(b.y / 10)) return `${y.slice(0, 3)}X`;
  if (Math.floor(a.y / 100) === Math.floor(b.y / 100)) return `${y.slice(0, 2)}XX`;
  return undefined;
}

/**
 * The end written when no date holds the latest event's days (a week over the turn of a
 * century): the century of its last day. It allows a little more than the events do, the only
 * bound that can stand there; the start in that case is left open ("start unknown").
 */
const centuryOf = (day: Day): string => `${pad(parts(day).y, 4).slice(0, 2)}XX`;
