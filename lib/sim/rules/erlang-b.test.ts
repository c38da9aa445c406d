import { describe, expect, it } from 'vitest';
import { erlangB, serversForBlocking } from './erlang-b';

describe('Erlang-B: how often random arrivals find every environment busy', () => {
  it('the issue\'s case: 4,900 requests a second of 200 ms under a limit of 1,000 throttle about 1.4% of calls', () => {
    // 980 erlangs offered to 1,000 servers: 98% of the limit on average.
    expect(erlangB(1000, 4900 * 0.2)).toBeCloseTo(0.01383, 4);
  });

  it('a single server offered one erlang refuses half the calls (B = A / (1 + A))', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 12);
  });

  it('with no servers everything is refused, and with no load nothing is', () => {
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(10, 0)).toBe(0);
  });

  it('a small pool near its limit refuses far more than a large one at the same utilisation', () => {
    // 98% utilisation: 100 environments refuse 6.4%, 1,000 refuse 1.4%, 10,000 about 0.2%.
    expect(erlangB(100, 98)).toBeCloseTo(0.0645, 3);
    expect(erlangB(10_000, 9800)).toBeLessThan(0.005);
  });

  it('more servers never refuse more, and more load never refuses less', () => {
    for (let n = 1; n < 200; n += 7) expect(erlangB(n + 1, 150)).toBeLessThanOrEqual(erlangB(n, 150));
    for (let a = 10; a < 300; a += 11) expect(erlangB(150, a + 1)).toBeGreaterThanOrEqual(erlangB(150, a));
  });

  it('to keep 429s under 0.1% at 980 erlangs, ask for about 1,080 environments, not 980', () => {
    const n = serversForBlocking(980, 0.001);
    expect(erlangB(n, 980)).toBeLessThanOrEqual(0.001);
    expect(erlangB(n - 1, 980)).toBeGreaterThan(0.001);
    expect(n).toBeGreaterThan(1040);
    expect(n).toBeLessThan(1120);
  });
});
