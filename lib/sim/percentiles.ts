/**
 * Percentiles for the simulators' latency charts. Sort once, then read as many percentiles as
 * needed. Between two order statistics the value is interpolated linearly (the method spreadsheets
 * and NumPy use by default), so p50 of [10, 20] is 15 and a small sample does not jump in steps.
 */

/** A numeric copy of `values` sorted ascending; the input is left as it was. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  copy.sort();
  return copy;
}

/**
 * The `p`-th percentile (0 to 100) of values already sorted ascending. Returns NaN for an empty
 * array, so a caller cannot mistake "no data" for zero latency.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(n - 1, lower + 1);
  const lo = sorted[lower] as number;
  const hi = sorted[upper] as number;
  return lo + (hi - lo) * (rank - lower);
}

export interface PercentileSummary {
  /** How many values were summarised. */
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * p50, p95, p99, max and mean of `values` (sorted here, on a copy). With no values every figure
 * is 0 and `count` is 0: check `count` before quoting them.
 */
export function summarisePercentiles(values: ArrayLike<number>): PercentileSummary {
  return summariseSorted(sortedCopy(values));
}

/** The same summary for values already sorted ascending (no copy, no sort). */
export function summariseSorted(sorted: ArrayLike<number>): PercentileSummary {
  if (sorted.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] as number;
  return {
    count: sorted.length,
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
  };
}

/** Merges two ascending arrays into one ascending array in O(n): sorted parts need no second sort. */
export function mergeSorted(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    const takeA = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number));
    out[k] = takeA ? (a[i++] as number) : (b[j++] as number);
  }
  return out;
}
