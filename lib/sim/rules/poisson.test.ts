import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { logFactorial, p99Concurrency, poisson, poissonQuantile } from './poisson';

function sample(mean: number, n: number, seed = 7) {
  const random = createRandom(seed);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = poisson(random, mean);
    sum += x;
    sumSq += x * x;
  }
  const m = sum / n;
  return { mean: m, variance: sumSq / n - m * m };
}

describe('Poisson arrivals: requests that arrive independently bunch up', () => {
  it.each([0.3, 4, 9.9, 10, 49, 980, 20_000])('draws with mean %s average that mean, and vary as much (variance = mean)', (mean) => {
    const n = 40_000;
    const s = sample(mean, n);
    // Within 4 standard errors of the mean and within 6% on the variance.
    expect(Math.abs(s.mean - mean)).toBeLessThan(4 * Math.sqrt(mean / n));
    expect(s.variance / mean).toBeGreaterThan(0.94);
    expect(s.variance / mean).toBeLessThan(1.06);
  });

  it('at 490 requests per 100 ms step, about one step in six has over 510 arrivals: the bursts a fluid model never shows', () => {
    const random = createRandom(3);
    let over = 0;
    for (let i = 0; i < 30_000; i++) if (poisson(random, 490) > 510) over++;
    // P(X > 510) for X ~ Poisson(490) is about 0.17.
    expect(over / 30_000).toBeGreaterThan(0.15);
    expect(over / 30_000).toBeLessThan(0.19);
  });

  it('the same seed gives the same arrivals', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 100; i++) expect(poisson(a, 300)).toBe(poisson(b, 300));
  });

  it('every draw is a whole number of requests, never negative, for any mean', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), fc.integer({ min: 0, max: 2 ** 31 }), (mean, seed) => {
        const x = poisson(createRandom(seed), mean);
        return Number.isInteger(x) && x >= 0;
      }),
      { numRuns: 200 },
    );
  });

  it('no mean means no arrivals', () => {
    expect(poisson(createRandom(1), 0)).toBe(0);
  });
});

describe('percentiles of concurrency under random arrivals', () => {
  it('log k! matches the product for small and large k', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    let exact = 0;
    for (let k = 1; k <= 200; k++) exact += Math.log(k);
    expect(logFactorial(200)).toBeCloseTo(exact, 8);
  });

  it('the median of Poisson(3) is 3 and its 99th percentile 8', () => {
    expect(poissonQuantile(3, 0.5)).toBe(3);
    expect(poissonQuantile(3, 0.99)).toBe(8);
  });

  it('4,900 requests a second of 200 ms average 980 in flight, but the 99th percentile is about 1,054: over a limit of 1,000', () => {
    const p99 = p99Concurrency(4900, 200);
    // mean + 2.33 standard deviations (sqrt(980) = 31.3).
    expect(p99).toBeGreaterThanOrEqual(1050);
    expect(p99).toBeLessThanOrEqual(1056);
  });
});
