/**
 * "Active on day" and "active in a 90-day window" in Node: the interval index (a sorted list of
 * ordinals), the activity mask (a bitset) and the mask listed as ordinals, each against a plain
 * scan of every relation on the same days in the same rounds; and what building each costs.
 */
import { maskCount, maskOrdinals } from "../src/model/activity-mask";
import { RelationIndex, scanActive } from "../src/model/slice";
import type { DataSet } from "../src/model/types";
import { ratioText, timeAlternating, timingText, type Timing } from "./measure";
import type { BenchRow } from "./rows";

export interface QueryPlan {
  readonly size: string;
  readonly days: readonly number[];
  readonly rounds: number;
  /** Rows at this size say whether the 20× target is met. */
  readonly targetSize: boolean;
}

export function queryRows(dataSet: DataSet, plan: QueryPlan): { rows: BenchRow[]; notes: string[]; index: RelationIndex } {
  const { relations } = dataSet;
  const t0 = performance.now();
  const index = new RelationIndex(dataSet);
  const indexBuild = performance.now() - t0;
  const t1 = performance.now();
  const mask = new Uint32Array(index.activityMasks.words);
  const maskBuild = performance.now() - t1;
  checkSameAnswers(index, plan.days.slice(0, 8));

  const days = plan.days;
  const onDay = timeAlternating(days, {
    scan: (d) => scanActive(relations, d, d),
    index: (d) => index.activeOn(d),
    mask: (d) => index.activeMaskOn(d, mask),
    listed: (d) => maskOrdinals(index.activeMaskOn(d, mask)),
  }, plan.rounds);
  const inWindow = timeAlternating(days, {
    scan: (d) => scanActive(relations, d, d + 89),
    index: (d) => index.activeIn(d, d + 89),
    mask: (d) => index.activeMaskIn(d, d + 89, mask),
  }, plan.rounds);
  const activeShare = days.reduce((n, d) => n + maskCount(index.activeMaskOn(d, mask)), 0) / days.length / relations.length;
  const windowShare = days.reduce((n, d) => n + maskCount(index.activeMaskIn(d, d + 89, mask)), 0) / days.length / relations.length;

  const row = (figure: string, value: Timing, baseline: Timing, baselineName: string, target = false): BenchRow => ({
    where: "Node",
    size: plan.size,
    figure,
    value: timingText(value),
    baseline: `${baselineName} ${timingText(baseline)}`,
    ratio: ratioText(baseline.median, value.median),
    ...(target ? { target: `≥ 20×: ${baseline.median / value.median >= 20 ? "met" : "missed"}` } : {}),
  });
  const once = (t: number): Timing => ({ median: t, p95: t });
  const t = plan.targetSize;
  return {
    index,
    notes: [`${plan.size}: ${(activeShare * 100).toFixed(1)}% of relations active on a mean day, ${(windowShare * 100).toFixed(1)}% in a mean 90-day window; activity masks checkpointed every ${index.activityMasks.checkpointEvery} days (${index.activityMasks.checkpointCount} checkpoints)`],
    rows: [
      row("build: interval index (RelationIndex)", once(indexBuild), onDay.scan, "one plain scan"),
      row("build: activity masks (first mask query)", once(maskBuild), onDay.scan, "one plain scan"),
      row("active on day: interval index → ordinals", onDay.index, onDay.scan, "plain scan", t),
      row("active on day: activity mask", onDay.mask, onDay.scan, "plain scan", t),
      row("active on day: activity mask → ordinals", onDay.listed, onDay.scan, "plain scan", t),
      row("active in 90 days: interval index → ordinals", inWindow.index, inWindow.scan, "plain scan"),
      row("active in 90 days: activity mask", inWindow.mask, inWindow.scan, "plain scan"),
    ],
  };
}

/** The three methods must give the scan's answer, or the comparison means nothing. */
function checkSameAnswers(index: RelationIndex, days: readonly number[]): void {
  const ordinal = new Map(index.relations.map((r, i) => [r, i]));
  for (const day of days) {
    const scanned = scanActive(index.relations, day, day).map((r) => ordinal.get(r)).join();
    const windowed = scanActive(index.relations, day, day + 89).map((r) => ordinal.get(r)).join();
    if (Array.from(index.activeOn(day)).join() !== scanned || Array.from(maskOrdinals(index.activeMaskOn(day))).join() !== scanned)
      throw new Error(`bench: the index, the mask and the scan disagree on day ${day}`);
    if (Array.from(index.activeIn(day, day + 89)).join() !== windowed || Array.from(maskOrdinals(index.activeMaskIn(day, day + 89))).join() !== windowed)
      throw new Error(`bench: the index, the mask and the scan disagree on the 90 days from ${day}`);
  }
}
