/**
 * Activity masks: which relations are active on a day (or within a window) as a bitset, one bit
 * per relation ordinal (bit `i & 31` of word `i >>> 5`), so a caller can test, count or combine
 * them with other masks without ever listing ordinals.
 *
 * A query is answered from checkpoints: the whole mask is stored on every K-th day, and each
 * relation's runs of activity are kept as toggles (a start flips its bit on, the day after its
 * end flips it off). The mask on a day is the nearest checkpoint's copy plus the toggles between
 * that checkpoint and the day, applied forwards or undone backwards. So a query costs one copy of
 * n/32 words plus a few toggles, however many relations are active: "active on day" is bounded
 * by memory bandwidth, not by the number of hits, which bounds a sorted list of ordinals.
 */
import { upperBound } from "./sorted";

/** A bitset over relation ordinals, as `ActivityMasks` returns it. */
export type ActivityMask = Uint32Array;

export interface ActivityMaskOptions {
  /** Days between checkpoints; by default chosen so a query's toggles cost less than its copy. */
  readonly checkpointEvery?: number;
}

export class ActivityMasks {
  private constructor(
    /** Words per mask: ceil(owners / 32). */
    readonly words: number,
    /** Owners active on every day before the first toggle (open starts). */
    private readonly base: Uint32Array,
    /** Toggles sorted by day; `toggleStarts` marks those that switch an owner on. */
    private readonly toggleDays: Float64Array,
    private readonly toggleOwners: Uint32Array,
    private readonly toggleStarts: Uint8Array,
    /** Day of checkpoint 0 (the first toggle's day) and days between checkpoints. */
    private readonly origin: number,
    readonly checkpointEvery: number,
    /** Checkpoint c: the mask on day origin + c·K, stored at words·c; and the first toggle after it. */
    private readonly checkpoints: Uint32Array,
    private readonly toggleAfter: Uint32Array,
  ) {}

  get checkpointCount(): number {
    return this.toggleAfter.length;
  }

  /**
   * Builds the masks for `owners` owners from closed intervals [first[i], last[i]] of whole days
   * (first may be -Infinity, last Infinity), owned by owner[i] < owners. One owner's intervals
   * may overlap or touch: they are merged into runs first.
   */
  static build(first: ArrayLike<number>, last: ArrayLike<number>, owner: ArrayLike<number>, owners: number, options: ActivityMaskOptions = {}): ActivityMasks {
    const words = Math.ceil(owners / 32);
    const base = new Uint32Array(words);
    const runs = mergedRuns(first, last, owner, owners);
    const count = runs.count;
    let toggleCount = 0;
    for (let i = 0; i < count; i++) toggleCount += (runs.first[i] > -Infinity ? 1 : 0) + (runs.last[i] < Infinity ? 1 : 0);
    const days = new Float64Array(toggleCount);
    const who = new Uint32Array(toggleCount);
    const starts = new Uint8Array(toggleCount);
    let t = 0;
    for (let i = 0; i < count; i++) {
      const o = runs.owner[i];
      if (runs.first[i] === -Infinity) base[o >>> 5] |= 1 << (o & 31);
      else ((days[t] = runs.first[i]), (who[t] = o), (starts[t++] = 1));
      if (runs.last[i] < Infinity) ((days[t] = runs.last[i] + 1), (who[t++] = o));
    }
    const order = sortedByDay(days);
    // Plain loops, not `Float64Array.from(order, fn)`: V8 runs a typed array's `from` with a
    // mapping function through its generic iterator path, some ten times slower.
    const toggleDays = new Float64Array(toggleCount);
    const toggleOwners = new Uint32Array(toggleCount);
    const toggleStarts = new Uint8Array(toggleCount);
    for (let i = 0; i < toggleCount; i++) ((toggleDays[i] = days[order[i]]), (toggleOwners[i] = who[order[i]]), (toggleStarts[i] = starts[order[i]]));
    if (toggleCount === 0) return new ActivityMasks(words, base, toggleDays, toggleOwners, toggleStarts, 0, 1, new Uint32Array(0), new Uint32Array(0));
    const origin = toggleDays[0];
    const span = toggleDays[toggleCount - 1] - origin + 1;
    // Toggles per day × K ≈ words: the toggles a query applies (K/4 on average, from the nearer
    // checkpoint) then cost about a quarter of its copy, and checkpoints take ~4 bytes a toggle.
    const every = Math.max(1, Math.floor(options.checkpointEvery ?? Math.min(span, Math.max(1, Math.round((words * span) / toggleCount)))));
    const checkpointCount = Math.floor((span - 1) / every) + 1;
    const checkpoints = new Uint32Array(checkpointCount * words);
    const toggleAfter = new Uint32Array(checkpointCount);
    const state = base.slice();
    let next = 0;
    for (let c = 0; c < checkpointCount; c++) {
      const day = origin + c * every;
      for (; next < toggleCount && toggleDays[next] <= day; next++) state[toggleOwners[next] >>> 5] ^= 1 << (toggleOwners[next] & 31);
      checkpoints.set(state, c * words);
      toggleAfter[c] = next;
    }
    return new ActivityMasks(words, base, toggleDays, toggleOwners, toggleStarts, origin, every, checkpoints, toggleAfter);
  }

  /** The owners active on `day`, written into `out` (a fresh mask by default). */
  maskOn(day: number, out: ActivityMask = new Uint32Array(this.words)): ActivityMask {
    const { toggleDays, toggleOwners, checkpoints, toggleAfter, words, origin, checkpointEvery: every } = this;
    const last = toggleAfter.length - 1;
    if (last < 0 || day < origin) {
      out.set(this.base);
      return out;
    }
    const c = Math.min(last, Math.floor((day - origin) / every));
    if (c < last && origin + (c + 1) * every - day < day - (origin + c * every)) {
      // The next checkpoint is nearer: copy it and undo the toggles after `day` up to it.
      out.set(checkpoints.subarray((c + 1) * words, (c + 2) * words));
      for (let i = toggleAfter[c + 1] - 1; i >= 0 && toggleDays[i] > day; i--) out[toggleOwners[i] >>> 5] ^= 1 << (toggleOwners[i] & 31);
    } else {
      out.set(checkpoints.subarray(c * words, (c + 1) * words));
      for (let i = toggleAfter[c]; i < toggleDays.length && toggleDays[i] <= day; i++) out[toggleOwners[i] >>> 5] ^= 1 << (toggleOwners[i] & 31);
    }
    return out;
  }

  /**
   * The owners active on at least one day of [from, to]: those active on `from`, plus those
   * whose run starts within (from, to]. A window that ends before it starts selects nothing.
   */
  maskIn(from: number, to: number, out: ActivityMask = new Uint32Array(this.words)): ActivityMask {
    if (to < from) {
      out.fill(0);
      return out;
    }
    this.maskOn(from, out);
    const { toggleDays, toggleOwners, toggleStarts } = this;
    for (let i = upperBound(toggleDays, from); i < toggleDays.length && toggleDays[i] <= to; i++)
      if (toggleStarts[i] === 1) out[toggleOwners[i] >>> 5] |= 1 << (toggleOwners[i] & 31);
    return out;
  }
}

/** How many owners a mask holds. */
export function maskCount(mask: ActivityMask): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) {
    let v = mask[i];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
  }
  return count;
}

/** Whether a mask holds an owner. */
export const maskHas = (mask: ActivityMask, ordinal: number): boolean => (mask[ordinal >>> 5] & (1 << (ordinal & 31))) !== 0;

/** The owners a mask holds, ascending: for callers that need a list, not a set. */
export function maskOrdinals(mask: ActivityMask): Uint32Array {
  const out = new Uint32Array(maskCount(mask));
  let found = 0;
  for (let w = 0; w < mask.length; w++)
    for (let v = mask[w]; v !== 0; v &= v - 1) out[found++] = w * 32 + (31 - Math.clz32(v & -v));
  return out;
}

/**
 * Each owner's intervals as disjoint runs: overlapping intervals become one run, or a toggle
 * would switch an owner off inside another of its intervals. Touching ones (one ends the day
 * before the next starts) merge too: their two toggles would cancel out anyway.
 */
function mergedRuns(first: ArrayLike<number>, last: ArrayLike<number>, owner: ArrayLike<number>, owners: number) {
  // Counting sort by owner: most owners (relations) have one interval, and need no sorting.
  const offsets = new Uint32Array(owners + 1);
  for (let i = 0; i < first.length; i++) {
    if (!(owner[i] >= 0 && owner[i] < owners)) throw new RangeError(`activity masks: owner ${owner[i]} is outside 0..${owners - 1}`);
    offsets[owner[i] + 1]++;
  }
  for (let o = 0; o < owners; o++) offsets[o + 1] += offsets[o];
  const byOwner = new Uint32Array(first.length);
  const fill = offsets.slice(0, owners);
  for (let i = 0; i < first.length; i++) byOwner[fill[owner[i]]++] = i;
  // At most one run per interval, so the runs fit in arrays of that length.
  const runFirst = new Float64Array(first.length);
  const runLast = new Float64Array(first.length);
  const runOwner = new Uint32Array(first.length);
  let count = 0;
  for (let o = 0; o < owners; o++) {
    const from = offsets[o];
    const to = offsets[o + 1];
    if (to - from > 1) byOwner.subarray(from, to).sort((a, b) => first[a] - first[b]);
    let open = -1;
    for (let k = from; k < to; k++) {
      const i = byOwner[k];
      if (open >= 0 && first[i] <= runLast[open] + 1) runLast[open] = Math.max(runLast[open], last[i]);
      else ((open = count++), (runFirst[open] = first[i]), (runLast[open] = last[i]), (runOwner[open] = o));
    }
  }
  return { first: runFirst, last: runLast, owner: runOwner, count };
}

/** Positions of `days` in ascending order of day (ties keep their order). */
function sortedByDay(days: Float64Array): Uint32Array {
  const n = days.length;
  const order = new Uint32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) ((min = Math.min(min, days[i])), (max = Math.max(max, days[i])));
  const span = max - min + 1;
  // Days are whole numbers, and toggles of real data span a few decades: a counting sort by
  // day costs two passes over the toggles and one over the days, and is stable.
  if (n > 0 && span <= 4 * n + 1024) {
    const offsets = new Uint32Array(span + 1);
    for (let i = 0; i < n; i++) offsets[days[i] - min + 1]++;
    for (let d = 0; d < span; d++) offsets[d + 1] += offsets[d];
    for (let i = 0; i < n; i++) order[offsets[days[i] - min]++] = i;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  // Over a wider span: (day - min) · n + position is an exact float key whenever it stays below
  // 2^53, and a typed array sorts such keys natively, far faster than a comparator.
  if (span * n < 2 ** 53) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i] - min) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % n;
    return order;
  }
  return order.sort((a, b) => days[a] - days[b] || a - b);
}
