/**
 * A period in words that say how much is known: "sometime in Mar 2026" for an event (or a state)
 * dated only to a month, "start unknown, not before 2007, no later than Mar 2026" for an open
 * start bounded by a lifetime, "since May 2025" for what still holds. The details panel and the
 * exports' descriptions read periods this way, so a guess never reads as a fact.
 */
import { formatDate, formatPeriod, type PartialDate, type Period } from "./dates";
import type { Actor, Timing } from "./types";

/** The latest of the lifetimes' starts and the earliest of their ends, as dates at their precision. */
function lifetimeLimits(actors: readonly (Actor | undefined)[]): { born?: PartialDate; gone?: PartialDate } {
  let born: PartialDate | undefined;
  let gone: PartialDate | undefined;
  for (const actor of actors) {
    const start = actor?.lifetime?.start;
    const end = actor?.lifetime?.end;
    if (start && (!born || start.first > born.first)) born = start;
    if (end && (!gone || end.last < gone.last)) gone = end;
  }
  return { ...(born ? { born } : {}), ...(gone ? { gone } : {}) };
}

/**
 * How a relation's period reads, given its type's timing and its two actors (whose lifetimes
 * bound an open start or an ongoing end).
 */
export function periodInWords(period: Period, timing: Timing, actors: readonly (Actor | undefined)[] = []): string {
  const { start, end } = period;
  const { born, gone } = lifetimeLimits(actors);
  if (period.uncertainPoint && start && end) return `sometime in ${formatPeriod({ ...period, uncertainPoint: undefined })}`;
  if (start && start === end) return start.precision === "day" ? formatDate(start) : `sometime in ${formatDate(start)}`;
  if (!start && end) {
    const floor = born && born.first > -Infinity ? `, not before ${formatDate(born)}` : "";
    return `start unknown${floor}, no later than ${formatDate(end)}`;
  }
  if (start && !end) {
    const since = timing === "event" ? `from ${formatDate(start)}, ongoing` : `since ${formatDate(start)}`;
    return gone && gone.last < Infinity ? `${since}, until ${formatDate(gone)} at the latest` : since;
  }
  return formatPeriod(period);
}
