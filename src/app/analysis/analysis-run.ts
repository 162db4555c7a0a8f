/**
 * The work the alignment worker does, apart from the worker so it runs and is tested in Node:
 * the relation index of the data set, then at each step the slice as of its day through the
 * view's filters, its signed pairs, their balance and camps, each step's camps matched to the
 * step before so a camp keeps its label (model/camps.ts). Progress after each step.
 */
import { structuralBalance } from "../../model/balance";
import { camps, matchCamps, type Camps } from "../../model/camps";
import { applyFilters } from "../../model/filters";
import { RelationIndex } from "../../model/relation-index";
import { signedPairs, typeSigns } from "../../model/signed-pairs";
import type { AlignmentSeries, SeriesStep } from "../../ui/balance-line/balance-series";
import type { AnalysisRequest } from "./analysis-protocol";

export function runAnalysis(request: AnalysisRequest, onProgress: (done: number, total: number) => void): AlignmentSeries {
  const index = new RelationIndex(request.dataSet);
  const signs = typeSigns(index);
  const steps: SeriesStep[] = [];
  let previous: Camps | null = null;
  const total = request.days.length;
  for (const [i, day] of request.days.entries()) {
    const graph = signedPairs(index, applyFilters(index, [{ type: "asOf", day }, ...request.filters]), signs);
    const balance = structuralBalance(graph, { listLimit: 0 });
    const found = camps(graph, previous ? { previous: previous.campOf } : {});
    const matched: Camps = previous ? matchCamps(previous, found) : found;
    // A step with no camp passes on the last camps seen, so a camp that pauses keeps its label.
    if (matched.labels.length) previous = matched;
    steps.push({ day, ratio: balance.ratio, balanced: balance.balanced, unbalanced: balance.unbalanced, campOf: matched.campOf });
    onProgress(i + 1, total);
  }
  return { step: request.step, steps, actorIds: index.actorIds };
}
