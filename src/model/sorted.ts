/** Binary search over sorted days, shared by the interval index, the activity masks and the change days. */

/** The number of values in a sorted array that are <= limit. */
export function upperBound(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The number of items in an array sorted by `dayOf` whose day is <= limit. Apart from upperBound,
 * which the activity masks call per period on typed arrays without a call per probe.
 */
export function upperBoundBy<T>(sorted: readonly T[], limit: number, dayOf: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayOf(sorted[mid]) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
