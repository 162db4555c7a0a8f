/**
 * What changed between two moments, in Node: both days sliced through the filter engine and
 * compared (model/compare.ts: added, ended, continuing, and the pairs that turned), against the
 * plain baseline of one scan of every relation asking each date whether it is active, in the same
 * rounds. Moment B is 1,642 days after A, the span from 1 Sep 2021 to 1 Mar 2026.
 */
import { compareSlices } from "../src/model/compare";
import type { Day } from "../src/model/dates";
import { applyFilters } from "../src/model/filters";
import type { RelationIndex } from "../src/model/relation-index";
import type { Relation } from "../src/model/types";
import { ratioText, timeAlternating, timingText } from "./measure";
import type { BenchRow } from "./rows";

export const DIFF_SPAN = 1_642;

type Moments = readonly [Day, Day];

/** The baseline: every relation, each date asked in turn, sorted into added, ended and continuing. */
function scanDiff(index: RelationIndex, [a, b]: Moments) {
  const added: Relation[] = [];
  const ended: Relation[] = [];
  const continuing: Relation[] = [];
  for (const r of index.relations) {
    const atA = index.bounds.activeIn(r, a, a);
    const atB = index.bounds.activeIn(r, b, b);
    if (atA && atB) continuing.push(r);
    else if (atA) ended.push(r);
    else if (atB) added.push(r);
  }
  return { added, ended, continuing };
}

const slicesAt = (index: RelationIndex, [a, b]: Moments) => [applyFilters(index, [{ type: "asOf", day: a }]), applyFilters(index, [{ type: "asOf", day: b }])] as const;

export function diffRows(index: RelationIndex, size: string, days: readonly Day[], rounds: number): BenchRow[] {
  const pairs: Moments[] = days.map((d) => [d, d + DIFF_SPAN]);
  checkSameAnswers(index, pairs.slice(0, 4));
  const sliced = pairs.map((p) => slicesAt(index, p));
  const times = timeAlternating(pairs.map((p, i) => ({ p, i })), {
    diff: ({ p }) => {
      const [a, b] = slicesAt(index, p);
      return compareSlices(a, b);
    },
    compareOnly: ({ i }) => compareSlices(sliced[i][0], sliced[i][1]),
    scan: ({ p }) => scanDiff(index, p),
  }, rounds);
  const row = (figure: string, value: typeof times.diff): BenchRow => ({
    where: "Node",
    size,
    figure,
    value: timingText(value),
    baseline: `scan of every relation at both dates ${timingText(times.scan)}`,
    ratio: ratioText(times.scan.median, value.median),
  });
  return [row("diff of two dates: both slices + compareSlices", times.diff), row("diff of two dates: compareSlices of two slices made", times.compareOnly)];
}

/** The comparison must list what the scan finds, turned relations counted where they went, or the ratio means nothing. */
function checkSameAnswers(index: RelationIndex, pairs: readonly Moments[]): void {
  const ids = (list: readonly Relation[]) => list.map((r) => r.id).sort().join();
  for (const p of pairs) {
    const scanned = scanDiff(index, p);
    const [a, b] = slicesAt(index, p);
    const c = compareSlices(a, b);
    const turned = (atB: boolean) => c.turned.filter((x) => (x.atB !== "absent") === atB).map((x) => x.relation);
    const found = {
      added: [...c.added.map((x) => x.relation), ...turned(true)],
      ended: [...c.ended.map((x) => x.relation), ...turned(false)],
      continuing: c.continuing.map((x) => x.relation),
    };
    for (const change of ["added", "ended", "continuing"] as const)
      if (ids(found[change]) !== ids(scanned[change])) throw new Error(`bench: the diff and the scan disagree on the relations ${change} between days ${p[0]} and ${p[1]}`);
  }
}
