/**
 * A static interval index: which intervals contain a day, or overlap a window of days.
 *
 * Closed intervals go in an implicit augmented interval tree laid over the intervals sorted by
 * start (the layout of Heng Li's cgranges): node i's subtree is a contiguous run of the sorted
 * array, and each node keeps the largest end in its subtree, so a query skips every run that
 * ends before it. Queries cost O(log n + k) for k hits, with no per-node objects: the index is
 * a handful of typed arrays, built once per data set.
 *
 * Intervals with no end (a relation still going on) are kept apart, sorted by start: those
 * overlapping any query are exactly a prefix of that array, found by binary search and copied
 * in one block. In conflict data they are often the bulk of what is active on a given day.
 *
 * RelationIndex no longer answers from it: listing an activity mask's bits is several times
 * faster at the sizes that matter, and the masks build far sooner (see slice.ts). It stays for
 * the benchmark's comparison and for callers that want each interval's hit, not each owner's.
 */
import { upperBound } from "../src/model/sorted";

export class IntervalIndex {
  private constructor(
    /** Closed intervals sorted by start; ends are exclusive (last day + 1). */
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    private readonly maxEnds: Float64Array,
    /** What each interval belongs to (e.g. a relation's ordinal). */
    private readonly owners: Uint32Array,
    private readonly maxLevel: number,
    /** Open-ended intervals, sorted by start, and their owners. */
    private readonly openStarts: Float64Array,
    private readonly openOwners: Uint32Array,
  ) {}

  get size(): number {
    return this.starts.length + this.openStarts.length;
  }

  /** Builds the index from closed intervals [first[i], last[i]] of whole days (last may be Infinity). */
  static build(first: ArrayLike<number>, last: ArrayLike<number>, owner: ArrayLike<number>): IntervalIndex {
    const all = Array.from({ length: first.length }, (_, i) => i).sort((a, b) => first[a] - first[b]);
    const open = all.filter((i) => last[i] === Infinity);
    const closed = all.filter((i) => last[i] !== Infinity);
    const starts = Float64Array.from(closed, (i) => first[i]);
    const ends = Float64Array.from(closed, (i) => last[i] + 1);
    const maxEnds = new Float64Array(closed.length);
    return new IntervalIndex(starts, ends, maxEnds, Uint32Array.from(closed, (i) => owner[i]), augment(ends, maxEnds), Float64Array.from(open, (i) => first[i]), Uint32Array.from(open, (i) => owner[i]));
  }

  /**
   * Writes the owner of every interval sharing a day with [from, to] into `out`, from position
   * `count` on, and returns the new count. `out` must have room for `size` more owners. An owner
   * with several such intervals is written once per interval.
   */
  collect(from: number, to: number, out: Uint32Array, count = 0): number {
    const openHits = upperBound(this.openStarts, to);
    out.set(this.openOwners.subarray(0, openHits), count);
    count += openHits;
    const { starts, ends, maxEnds, owners } = this;
    const n = starts.length;
    if (n === 0) return count;
    const st = from;
    const en = to + 1;
    // An explicit stack of (level, node, left-done) triples; 64 levels is far more than 2^32 items need.
    const level = new Int32Array(64);
    const node = new Float64Array(64);
    const leftDone = new Uint8Array(64);
    level[0] = this.maxLevel;
    node[0] = 2 ** this.maxLevel - 1;
    let top = 1;
    while (top > 0) {
      top--;
      const k = level[top];
      const x = node[top];
      if (k <= 3) {
        // Small subtree: a linear scan of its run beats walking it.
        const i0 = x - (x % 2 ** k);
        const i1 = Math.min(i0 + 2 ** (k + 1) - 1, n);
        for (let i = i0; i < i1 && starts[i] < en; i++) if (st < ends[i]) out[count++] = owners[i];
      } else if (leftDone[top] === 0) {
        const left = x - 2 ** (k - 1);
        leftDone[top] = 1;
        top++;
        // The left child may lie past the end of the array; its subtree may still hold items.
        if (left >= n || maxEnds[left] > st) {
          level[top] = k - 1;
          node[top] = left;
          leftDone[top] = 0;
          top++;
        }
      } else if (x < n && starts[x] < en) {
        if (st < ends[x]) out[count++] = owners[x];
        level[top] = k - 1;
        node[top] = x + 2 ** (k - 1);
        leftDone[top] = 0;
        top++;
      }
    }
    return count;
  }

  /** Calls `visit` with the owner of every interval sharing a day with [from, to]. */
  overlapping(from: number, to: number, visit: (owner: number) => void): void {
    const out = new Uint32Array(this.size);
    const count = this.collect(from, to, out);
    for (let i = 0; i < count; i++) visit(out[i]);
  }
}


/**
 * Fills maxEnds bottom-up over the implicit tree: leaves are the even indices; a node at level k
 * has its k low bits set. Right children past the end of the array take the largest end seen so
 * far along the right edge. Returns the root's level.
 */
function augment(ends: Float64Array, maxEnds: Float64Array): number {
  const n = ends.length;
  if (n === 0) return 0;
  let lastI = 0;
  let last = 0;
  for (let i = 0; i < n; i += 2) {
    lastI = i;
    last = maxEnds[i] = ends[i];
  }
  let k = 1;
  for (; 2 ** k <= n; k++) {
    const x = 2 ** (k - 1);
    const step = x * 4;
    for (let i = x * 2 - 1; i < n; i += step) {
      const left = maxEnds[i - x];
      const right = i + x < n ? maxEnds[i + x] : last;
      maxEnds[i] = Math.max(ends[i], left, right);
    }
    lastI = Math.floor(lastI / 2 ** k) % 2 === 1 ? lastI - x : lastI + x;
    if (lastI < n && maxEnds[lastI] > last) last = maxEnds[lastI];
  }
  return k - 1;
}
