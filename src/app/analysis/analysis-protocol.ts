/**
 * What the alignment client and the alignment worker say to each other. The page posts one
 * request (the data set, the view's filters other than time, the steps); the worker answers
 * with progress, then the series or why it stopped. The data set crosses by structured clone,
 * which keeps Infinity in Period.first/last; the camps cross as Int32Arrays.
 */
import type { Day } from "../../model/dates";
import type { Filter } from "../../model/filters";
import type { DataSet } from "../../model/types";
import type { AlignmentSeries } from "../../ui/balance-line/balance-series";

export interface AnalysisRequest {
  readonly dataSet: DataSet;
  /** The view's filters that say which relations, not when: each step adds its own date. */
  readonly filters: readonly Filter[];
  /** The days to read, ascending: the last day of each month (or year) of the timeline. */
  readonly days: readonly Day[];
  readonly step: AlignmentSeries["step"];
}

export type AnalysisMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "finished"; readonly series: AlignmentSeries; readonly ms: number }
  /** Something threw inside the worker. */
  | { readonly type: "crashed"; readonly message: string };

export type AnalysisOutcome =
  | { readonly kind: "ok"; readonly series: AlignmentSeries; readonly ms: number }
  | { readonly kind: "failed"; readonly problem: string }
  | { readonly kind: "cancelled" };
