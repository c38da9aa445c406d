import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { littlesLaw, requiredConcurrency } from './littles-law';

describe("Little's law", () => {
  it('100 requests per second of 200 ms each keep 20 environments busy', () => {
    expect(requiredConcurrency(100, 200)).toBeCloseTo(20);
  });

  it('100 requests per second of 500 ms need 50 environments', () => {
    expect(littlesLaw({ rps: 100, duration: 500, limit: 1000 }).environmentsNeeded).toBe(50);
  });

  it('a fraction of an environment is still a whole environment', () => {
    expect(littlesLaw({ rps: 1, duration: 100, limit: 1000 }).environmentsNeeded).toBe(1);
  });

  it('halving the duration halves the concurrency, which is why faster code scales further', () => {
    const slow = requiredConcurrency(5000, 400);
    const fast = requiredConcurrency(5000, 200);
    expect(fast).toBeCloseTo(slow / 2);
  });

  it('under the limit nothing is throttled', () => {
    expect(littlesLaw({ rps: 4000, duration: 200, limit: 1000 }).throttledShare).toBe(0);
  });

  it('at 10,000 requests/s of 200 ms against the default 1,000 limit, half the requests are throttled', () => {
    const r = littlesLaw({ rps: 10_000, duration: 200, limit: 1000 });
    expect(r.requiredConcurrency).toBeCloseTo(2000);
    expect(r.throttledShare).toBeCloseTo(0.5);
    expect(r.maxSustainableRps).toBeCloseTo(5000);
  });

  it('for any traffic the throttled share is between 0 and 1 and the served load never exceeds the limit', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 900_000, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (rps, ms, limit) => {
          const r = littlesLaw({ rps, duration: ms, limit });
          expect(r.throttledShare).toBeGreaterThanOrEqual(0);
          expect(r.throttledShare).toBeLessThan(1);
          const served = r.requiredConcurrency * (1 - r.throttledShare);
          expect(served).toBeLessThanOrEqual(limit * (1 + 1e-6)); // floating-point slack only
        },
      ),
      { numRuns: 100 },
    );
  });
});
