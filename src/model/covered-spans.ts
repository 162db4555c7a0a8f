/**
 * Spans of days sorted for one question: which lie wholly within a window. The relation index
 * keeps in one the spans relations with no certain day certainly have a day in (certainty.ts:
 * an event dated to a month has one in that month), so "certainly active within a window" adds
 * to its masks those whose span the window covers.
 *
 * A span within [from, to] starts within it, so a query walks only the spans starting in the
 * window, found by binary search: as many steps as the masks' own walk over the toggles in a
 * window (activity-mask.ts), never one per relation.
 */
import type { ActivityMask } from "./activity-mask";

export class CoveredSpans {
  private constructor(
    /** Spans ascending by first day; `owners` are relation ordinals. */
    private readonly firsts: Float64Array,
    private readonly lasts: Float64Array,
    private readonly owners: Uint32Array,
  ) {}

  get size(): number {
    return this.firsts.length;
  }

  /** Spans [first[i], last[i]] of whole days, owned by owner[i]. */
  static build(first: ArrayLike<number>, last: ArrayLike<number>, owner: ArrayLike<number>): CoveredSpans {
    const n = first.length;
    const order = byFirstDay(first);
    const firsts = new Float64Array(n);
    const lasts = new Float64Array(n);
    const owners = new Uint32Array(n);
    for (let i = 0; i < n; i++) ((firsts[i] = first[order[i]]), (lasts[i] = last[order[i]]), (owners[i] = owner[order[i]]));
    return new CoveredSpans(firsts, lasts, owners);
  }

  /** Sets in `mask` the bit of every owner with a span lying within [from, to]; returns `mask`. */
  markWithin(from: number, to: number, mask: ActivityMask): ActivityMask {
    const { firsts, lasts, owners } = this;
    // The first span starting on or after `from`.
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (firsts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < firsts.length && firsts[i] <= to; i++) if (lasts[i] <= to) mask[owners[i] >>> 5] |= 1 << (owners[i] & 31);
    return mask;
  }
}

/** Positions of `days` in ascending order of day, ties in order of position. */
function byFirstDay(days: ArrayLike<number>): Uint32Array {
  const n = days.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) ((min = Math.min(min, days[i])), (max = Math.max(max, days[i])));
  const order = new Uint32Array(n);
  // (day - min) · n + position is an exact float key while it stays below 2^53, and a typed
  // array sorts such keys natively, some ten times faster than a comparator at 100,000 spans.
  if (n > 0 && Number.isFinite(min) && Number.isFinite(max) && (max - min + 1) * n < 2 ** 53) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i] - min) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => days[a] - days[b] || a - b);
}
