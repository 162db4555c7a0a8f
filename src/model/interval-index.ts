/**
 * A static interval index: which intervals contain a day, or overlap a window of days.
 *
 * It is an implicit augmented interval tree laid over intervals sorted by start (the layout of
 * Heng Li's cgranges): node i's subtree is a contiguous run of the sorted array, and each node
 * keeps the largest end in its subtree, so a query skips every run that ends before it. Queries
 * cost O(log n + k) for k hits, with no per-node objects: the whole index is four typed arrays,
 * built once per data set. Ends may be infinite (a period still going on).
 */
export class IntervalIndex {
  private constructor(
    /** Sorted starts; ends are exclusive (last day + 1). */
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    private readonly maxEnds: Float64Array,
    /** What each interval belongs to (e.g. a relation's ordinal). */
    private readonly owners: Uint32Array,
    private readonly maxLevel: number,
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /**
   * Builds the index from closed intervals [first[i], last[i]] (whole days) and their owners.
   */
  static build(first: ArrayLike<number>, last: ArrayLike<number>, owner: ArrayLike<number>): IntervalIndex {
    const n = first.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => first[a] - first[b]);
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const owners = new Uint32Array(n);
    order.forEach((from, to) => {
      starts[to] = first[from];
      ends[to] = last[from] + 1;
      owners[to] = owner[from];
    });
    const maxEnds = new Float64Array(n);
    return new IntervalIndex(starts, ends, maxEnds, owners, augment(ends, maxEnds));
  }

  /** Calls `visit` with the owner of every interval sharing a day with [from, to]; an owner with several such intervals is visited once per interval. */
  overlapping(from: number, to: number, visit: (owner: number) => void): void {
    const { starts, ends, maxEnds, owners } = this;
    const n = starts.length;
    if (n === 0) return;
    const st = from;
    const en = to + 1;
    // An explicit stack of (level, node, left-done) triples; 64 levels is far more than 2^32 items need.
    const level = new Int32Array(64);
    const node = new Float64Array(64);
    const leftDone = new Uint8Array(64);
    let top = 0;
    level[0] = this.maxLevel;
    node[0] = 2 ** this.maxLevel - 1;
    leftDone[0] = 0;
    top = 1;
    while (top > 0) {
      top--;
      const k = level[top];
      const x = node[top];
      if (k <= 3) {
        // Small subtree: a linear scan of its run beats walking it.
        const i0 = x - (x % 2 ** k);
        const i1 = Math.min(i0 + 2 ** (k + 1) - 1, n);
        for (let i = i0; i < i1 && starts[i] < en; i++) if (st < ends[i]) visit(owners[i]);
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
        if (st < ends[x]) visit(owners[x]);
        level[top] = k - 1;
        node[top] = x + 2 ** (k - 1);
        leftDone[top] = 0;
        top++;
      }
    }
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
