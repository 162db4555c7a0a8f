/**
 * Deaths a relation's evidence counts, in a window of days or over all time: what sizing
 * relations by deaths reads (look/relation-width.ts).
 *
 * Which evidence counts in a window [from, to]:
 * - dated evidence (an event's date, at the precision its source gives) when its date's span of
 *   days meets the window: an event "in Mar 2026" counts on 1 March, as it may have happened
 *   then, and in any window holding a day of March. The span is the date as written; a
 *   qualified date (~, ?) is not widened, as the slice reads a period's possible days;
 * - undated evidence whenever its relation is shown: its relation's own periods date it, and the
 *   slice has already found the relation in the window.
 * Evidence with no `fatalities` counts no deaths; with `fatalities: 0` it counts zero deaths.
 * A relation whose counted evidence says nothing of deaths has no count at all (null), which
 * is not the same as zero: the source may not count.
 */
import type { Day } from "./dates";
import type { DataSet, Evidence, Relation } from "./types";

/** Whether a piece of evidence is counted in the window [from, to]. */
export const evidenceIn = (evidence: Evidence, from: Day, to: Day): boolean => !evidence.date || (evidence.date.first <= to && evidence.date.last >= from);

/** The deaths a relation's evidence counts in [from, to], or null when none of it counts any. */
export function deathsIn(relation: Pick<Relation, "evidence">, from: Day, to: Day): number | null {
  let deaths: number | null = null;
  for (const evidence of relation.evidence) {
    if (evidence.fatalities === undefined || !evidenceIn(evidence, from, to)) continue;
    deaths = (deaths ?? 0) + evidence.fatalities;
  }
  return deaths;
}

/** The deaths a relation's evidence counts over all time, or null when it counts none. */
export const deathsEver = (relation: Pick<Relation, "evidence">): number | null => deathsIn(relation, -Infinity, Infinity);

export interface DeathsOfDataSet {
  /** Whether any evidence of the data set counts deaths (zero included). */
  readonly counted: boolean;
  /** The most deaths one relation counts over all time: no window holds more for it. */
  readonly largest: number;
}

/** A data set, or as little of one as the count reads. */
export type Relations = Pick<DataSet, "relations"> | { readonly relations: readonly Pick<Relation, "evidence">[] };

const ofDataSet = new WeakMap<Relations, DeathsOfDataSet>();

/** What a data set counts of deaths, read once per data set (it is never changed in place). */
export function deathsOfDataSet(dataSet: Relations): DeathsOfDataSet {
  const known = ofDataSet.get(dataSet);
  if (known) return known;
  let counted = false;
  let largest = 0;
  for (const relation of dataSet.relations) {
    const deaths = deathsEver(relation);
    if (deaths === null) continue;
    counted = true;
    largest = Math.max(largest, deaths);
  }
  const result = { counted, largest };
  ofDataSet.set(dataSet, result);
  return result;
}
