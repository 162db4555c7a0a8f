/**
 * The balance series as the explorer's charts read it: one step per month (or per year over a
 * long range) across the timeline, each with its balance ratio and each actor's camp, matched
 * from step to step so a camp keeps its label. Made off the page's thread (app/analysis/) from
 * the model's series; this is only its shape, shared by the balance line and the camp chart.
 */
import type { Day } from "../../model/dates";

export interface AlignmentStep {
  /** The day the step is read on: the last day of its month (or year). */
  readonly day: Day;
  /** Balanced triads over balanced and unbalanced ones; null when there are none. */
  readonly ratio: number | null;
  readonly balanced: number;
  readonly unbalanced: number;
  /** Per actor ordinal (positions in `actorIds`): its camp's label, or -1 in none. */
  readonly campOf: ArrayLike<number>;
}

export interface AlignmentSeries {
  readonly step: "month" | "year";
  readonly steps: readonly AlignmentStep[];
  /** The actors, by ordinal. */
  readonly actorIds: readonly string[];
}
