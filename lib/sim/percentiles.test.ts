import { describe, expect, it } from 'vitest';
import { mergeSorted, percentileOfSorted, sortedCopy, summarisePercentiles } from './percentiles';

describe('percentiles', () => {
  it('interpolate between the two nearest values, so p50 of 10 and 20 is 15', () => {
    expect(percentileOfSorted([10, 20], 50)).toBe(15);
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(percentileOfSorted([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentileOfSorted([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8, 12);
  });

  it('of nothing is not a number, so no data is never mistaken for zero latency', () => {
    expect(percentileOfSorted([], 50)).toBeNaN();
  });

  it('sort a copy and leave the caller\'s values in their order', () => {
    const values = new Float64Array([3, 1, 2]);
    expect(Array.from(sortedCopy(values))).toEqual([1, 2, 3]);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });

  it('summarise p50, p95, p99, max and mean in one sort, and report an empty sample as count 0', () => {
    const s = summarisePercentiles(Array.from({ length: 101 }, (_, i) => 100 - i));
    expect(s).toEqual({ count: 101, p50: 50, p95: 95, p99: 99, max: 100, mean: 50 });
    expect(summarisePercentiles([]).count).toBe(0);
  });
});

describe('merging sorted samples', () => {
  it('two sorted samples merge into one sorted sample without sorting again', () => {
    expect(Array.from(mergeSorted([1, 4, 9], [2, 3, 10, 11]))).toEqual([1, 2, 3, 4, 9, 10, 11]);
    expect(Array.from(mergeSorted([], [5]))).toEqual([5]);
  });
});
