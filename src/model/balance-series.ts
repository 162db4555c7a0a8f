/**
 * Allies and enemies through the years: on each of a list of days, the slice as of that day
 * (with the caller's other filters), its signed pairs, their structural balance and the camps,
 * each date's camps started from and matched to the previous date's, so a camp keeps its label
 * while it lasts and the split does not jump between equally good answers.
 *
 * `balanceSteps` yields one date at a time, so a web worker can post progress and stop between
 * dates; `balanceSeries` runs them all. `seriesDays` lists the days: month, quarter or year
 * ends, as the timeline's steps land (calendar-steps.ts).
 */
import { structuralBalance, type Balance } from "./balance";
import { monthOf, stepDay } from "./calendar-steps";
import { camps as splitIntoCamps, matchCamps, type Camps } from "./camps";
import { utcDay, MS_PER_DAY, type Day } from "./dates";
import { applyFilters, type Filter } from "./filters";
import type { RelationIndex } from "./relation-index";
import { signedPairs, typeSigns, type SignedGraph } from "./signed-pairs";

export type SeriesStep = "month" | "quarter" | "year";

/**
 * The last day of each month, quarter or year from the one holding `first` to the one holding
 * `last`, the final one cut to `last`: a series never asks about a day past the one it was
 * given (the end of the evidence, say). None when `last` is before `first`.
 */
export function seriesDays(first: Day, last: Day, step: SeriesStep): Day[] {
  if (!(last >= first)) return [];
  const date = new Date(first * MS_PER_DAY);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  let day = step === "month" ? monthOf(first).last : step === "quarter" ? utcDay(year, 3 * Math.floor(month / 3) + 3, 1) - 1 : utcDay(year + 1, 0, 1) - 1;
  const days: Day[] = [];
  for (; day < last; day = step === "year" ? stepDay(day, "year", 1) : stepDay(day, "month", step === "month" ? 1 : 3)) days.push(day);
  days.push(last);
  return days;
}

/** One date of a series. */
export interface BalanceStep {
  readonly day: Day;
  /** The signed pairs' counts (signed-pairs.ts), without the graph itself. */
  readonly pairs: PairCounts;
  readonly balance: Balance;
  /** Labels matched to the previous step's. */
  readonly camps: Camps;
}

export interface PairCounts {
  readonly positive: number;
  readonly negative: number;
  readonly mixed: number;
  readonly possibleOnly: number;
  readonly neutral: number;
  readonly possibleOnlyRelations: number;
}

export interface BalanceSeriesOptions {
  /** Called after each date with the dates done and the total. */
  readonly onStep?: (done: number, total: number) => void;
  /** At most this many camps a date (camps.ts); 4 when left out. */
  readonly maxCamps?: number;
  /** How many unbalanced triads each date lists (balance.ts); 200 when left out. */
  readonly listLimit?: number;
  readonly seed?: number;
}

/**
 * One step per day, in the order given. `filters` narrow each day's slice as they narrow the
 * explorer's view (types, kinds, confidence, ego); they must not slice time themselves, as each
 * step adds its own "as of" filter.
 */
export function* balanceSteps(index: RelationIndex, filters: readonly Filter[], days: readonly Day[], options: BalanceSeriesOptions = {}): Generator<BalanceStep, void, undefined> {
  const timed = filters.find((f) => f.type === "asOf" || f.type === "window");
  if (timed) throw new Error(`balanceSeries: the filter ${JSON.stringify(timed)} slices time, which each step does itself; pass the filters without it`);
  const signs = typeSigns(index);
  let previous: Camps | undefined;
  // Labels never reused: a camp that ends and another that forms later are different camps.
  let nextLabel = 0;
  for (let k = 0; k < days.length; k++) {
    const day = days[k];
    const graph = signedPairs(index, applyFilters(index, [{ type: "asOf", day }, ...filters]), signs);
    const split = splitIntoCamps(graph, { maxCamps: options.maxCamps, seed: options.seed, previous: previous?.campOf });
    const camps = previous ? matchCamps(previous, split, nextLabel) : split;
    for (const label of camps.labels) nextLabel = Math.max(nextLabel, label + 1);
    previous = camps;
    const step = { day, pairs: pairCounts(graph), balance: structuralBalance(graph, { listLimit: options.listLimit }), camps };
    options.onStep?.(k + 1, days.length);
    yield step;
  }
}

/** Every step of `balanceSteps`, as a list. */
export function balanceSeries(index: RelationIndex, filters: readonly Filter[], days: readonly Day[], options: BalanceSeriesOptions = {}): BalanceStep[] {
  return [...balanceSteps(index, filters, days, options)];
}

export const pairCounts = (graph: SignedGraph): PairCounts => ({
  positive: graph.positivePairs,
  negative: graph.negativePairs,
  mixed: graph.mixedPairs,
  possibleOnly: graph.possibleOnlyPairs,
  neutral: graph.neutralPairs,
  possibleOnlyRelations: graph.possibleOnlyRelations,
});
