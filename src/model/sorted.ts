/** Binary search over sorted days, shared by the interval index and the activity masks. */

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
