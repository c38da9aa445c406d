import { describe, expect, it } from 'vitest';
import { admittedInBurst, fullBucket, takeToken } from './token-bucket';

const pro = { ratePerSecond: 100, burst: 200 };

describe('a token bucket quota', () => {
  it('lets a quiet customer burst up to the bucket size, then refuses', () => {
    expect(admittedInBurst(pro, 500)).toBe(200);
  });

  it('lets only what has refilled through after a short quiet spell', () => {
    expect(admittedInBurst(pro, 500, 0.5)).toBe(50);
  });

  it('refills at the rate: one second after emptying, a hundred more requests get through', () => {
    let state = { tokens: 0, atMs: 0 };
    let allowed = 0;
    for (let i = 0; i < 150; i++) {
      const r = takeToken(pro, state, 1000);
      state = r.state;
      if (r.allowed) allowed++;
    }
    expect(allowed).toBe(100);
  });

  it('never holds more than the burst, however long the customer was quiet', () => {
    const r = takeToken(pro, fullBucket(pro, 0), 3_600_000);
    expect(r.state.tokens).toBe(pro.burst - 1);
  });

  it('tells a refused caller to retry after whole seconds, at least one', () => {
    const slow = { ratePerSecond: 0.2, burst: 1 };
    const first = takeToken(slow, fullBucket(slow, 0), 0);
    const second = takeToken(slow, first.state, 0);
    expect(second.allowed).toBe(false);
    expect(second.retryAfterSeconds).toBe(5);
    expect(takeToken(pro, { tokens: 0.5, atMs: 0 }, 0).retryAfterSeconds).toBe(1);
  });
});
