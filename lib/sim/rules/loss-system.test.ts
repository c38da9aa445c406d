import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b';
import { simulateLossSystem } from './loss-system';

const issueCase = { arrivalsPerSecond: 4900, holdingMs: 200, servers: 1000, seconds: 600, seed: 11 };

describe('random arrivals near the concurrency limit', () => {
  it('at 98% of the limit some calls are throttled, within a factor of two of Erlang-B (10 ms steps)', { timeout: 20_000 }, () => {
    const r = simulateLossSystem({ ...issueCase, subStepMs: 10 });
    const expected = erlangB(1000, 980);
    expect(r.blocked).toBeGreaterThan(0);
    expect(r.blocking).toBeGreaterThan(expected / 2);
    expect(r.blocking).toBeLessThan(expected * 2);
    // And in fact much closer than that.
    expect(Math.abs(r.blocking / expected - 1)).toBeLessThan(0.25);
  });

  it('100 ms steps round the throttling down to about half of Erlang-B: admit in finer steps', { timeout: 20_000 }, () => {
    const coarse = simulateLossSystem({ ...issueCase, subStepMs: 100 });
    const fine = simulateLossSystem({ ...issueCase, subStepMs: 10 });
    expect(coarse.blocking).toBeLessThan(fine.blocking * 0.75);
  });

  it('at half the limit nothing is throttled', () => {
    const r = simulateLossSystem({ ...issueCase, arrivalsPerSecond: 2500, seconds: 60, subStepMs: 10 });
    expect(r.blocked).toBe(0);
  });

  it('every request is either served or throttled: the counts add up', () => {
    const r = simulateLossSystem({ ...issueCase, seconds: 30, subStepMs: 10 });
    expect(r.offered).toBeGreaterThan(140_000);
    expect(r.blocked).toBeLessThanOrEqual(r.offered);
    expect(r.peakBusy).toBe(1000);
  });
});
