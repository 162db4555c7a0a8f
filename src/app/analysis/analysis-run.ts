/**
 * The work the alignment worker does, apart from the worker so it runs and is tested in Node:
 * the relation index of the data set, then at each step the slice as of its day through the
 * view's filters, its signed pairs, their balance and camps, each step's camps matched to the
 * step before so a camp keeps its label (model/balance-series.ts). Progress after each step.
 */
import { balanceSteps } from "../../model/balance-series";
import { RelationIndex } from "../../model/relation-index";
import type { AlignmentSeries, AlignmentStep } from "../../ui/balance-line/balance-series";
import type { AnalysisRequest } from "./analysis-protocol";

export function runAnalysis(request: AnalysisRequest, onProgress: (done: number, total: number) => void): AlignmentSeries {
  const index = new RelationIndex(request.dataSet);
  const steps: AlignmentStep[] = [];
  // Only the counts and each actor's camp cross back to the page: no triad is listed.
  for (const { day, balance, camps } of balanceSteps(index, request.filters, request.days, { listLimit: 0, onStep: onProgress }))
    steps.push({ day, ratio: balance.ratio, balanced: balance.balanced, unbalanced: balance.unbalanced, campOf: camps.campOf });
  return { step: request.step, steps, actorIds: index.actorIds };
}
