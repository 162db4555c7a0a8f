/**
 * "Active on day" and "active in a 90-day window" in Node: RelationIndex's activeOn and activeIn
 * (the activity mask listed as ordinals), the mask itself (a bitset) and, for comparison, the
 * interval index RelationIndex answered from before (hits collected, then put in order), each
 * against a plain scan of every relation on the same days in the same rounds; and what
 * building each costs.
 */
import { maskCount, maskOrdinals } from "../src/model/activity-mask";
import { IntervalIndex } from "./interval-index";
import { RelationIndex, scanActive } from "../src/model/relation-index";
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
  const t2 = performance.now();
  const tree = intervalTree(dataSet);
  const treeBuild = performance.now() - t2;
  checkSameAnswers(index, tree, plan.days.slice(0, 8));

  const days = plan.days;
  const onDay = timeAlternating(days, {
    scan: (d) => scanActive(relations, d, d, index.bounds),
    listed: (d) => index.activeOn(d),
    mask: (d) => index.activeMaskOn(d, mask),
    tree: (d) => tree.activeIn(d, d),
  }, plan.rounds);
  const inWindow = timeAlternating(days, {
    scan: (d) => scanActive(relations, d, d + 89, index.bounds),
    listed: (d) => index.activeIn(d, d + 89),
    mask: (d) => index.activeMaskIn(d, d + 89, mask),
    tree: (d) => tree.activeIn(d, d + 89),
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
      row("build: RelationIndex (typed arrays)", once(indexBuild), onDay.scan, "one plain scan"),
      row("build: activity masks (first time query)", once(maskBuild), onDay.scan, "one plain scan"),
      row("build: interval index (for comparison)", once(treeBuild), onDay.scan, "one plain scan"),
      row("active on day: activeOn (activity mask → ordinals)", onDay.listed, onDay.scan, "plain scan", t),
      row("active on day: activity mask", onDay.mask, onDay.scan, "plain scan", t),
      row("active on day: interval index → ordinals (for comparison)", onDay.tree, onDay.scan, "plain scan", t),
      row("active in 90 days: activeIn (activity mask → ordinals)", inWindow.listed, inWindow.scan, "plain scan"),
      row("active in 90 days: activity mask", inWindow.mask, inWindow.scan, "plain scan"),
      row("active in 90 days: interval index → ordinals (for comparison)", inWindow.tree, inWindow.scan, "plain scan"),
    ],
  };
}

/**
 * The interval index as RelationIndex used it: every period's hits collected, then one bit per
 * hit and the set bits listed, which puts them in order and drops repeats.
 */
function intervalTree(dataSet: DataSet) {
  const first: number[] = [];
  const last: number[] = [];
  const owner: number[] = [];
  dataSet.relations.forEach((r, i) => {
    for (const p of r.periods) (first.push(p.first), last.push(p.last), owner.push(i));
  });
  const tree = IntervalIndex.build(first, last, owner);
  const hits = new Uint32Array(tree.size);
  const marks = new Uint32Array(Math.ceil(dataSet.relations.length / 32));
  return {
    activeIn(from: number, to: number): Uint32Array {
      const count = tree.collect(from, to, hits);
      for (let i = 0; i < count; i++) marks[hits[i] >>> 5] |= 1 << (hits[i] & 31);
      const result = maskOrdinals(marks);
      marks.fill(0);
      return result;
    },
  };
}

/** Every method must give the scan's answer, or the comparison means nothing. */
function checkSameAnswers(index: RelationIndex, tree: ReturnType<typeof intervalTree>, days: readonly number[]): void {
  const ordinal = new Map(index.relations.map((r, i) => [r, i]));
  const text = (ordinals: Uint32Array) => Array.from(ordinals).join();
  for (const day of days) {
    const scanned = scanActive(index.relations, day, day, index.bounds).map((r) => ordinal.get(r)).join();
    const windowed = scanActive(index.relations, day, day + 89, index.bounds).map((r) => ordinal.get(r)).join();
    if ([index.activeOn(day), maskOrdinals(index.activeMaskOn(day)), tree.activeIn(day, day)].some((found) => text(found) !== scanned))
      throw new Error(`bench: activeOn, the mask, the interval index and the scan disagree on day ${day}`);
    if ([index.activeIn(day, day + 89), maskOrdinals(index.activeMaskIn(day, day + 89)), tree.activeIn(day, day + 89)].some((found) => text(found) !== windowed))
      throw new Error(`bench: activeIn, the mask, the interval index and the scan disagree on the 90 days from ${day}`);
  }
}
