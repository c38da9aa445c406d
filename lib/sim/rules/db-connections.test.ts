import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampBorrowTimeoutSeconds, directConnections, ProxyBorrowQueue, proxyConnectionsInUse } from './db-connections';

describe('connections without a proxy follow environments, not requests', () => {
  it('1,643 environments after a spike hold 1,643 connections, although only 100 calls may be running', () => {
    expect(directConnections(1643)).toBe(1643);
  });

  it('with a proxy, 1,000 busy invocations spending 20% of their time in queries need 200 pooled connections', () => {
    expect(proxyConnectionsInUse(1000, 0.2)).toBe(200);
    expect(proxyConnectionsInUse(0, 0.2)).toBe(0);
  });
});

describe('RDS Proxy makes callers wait for a connection, up to the borrow timeout', () => {
  it('the borrow timeout is 120 s by default and at most 300 s', () => {
    expect(clampBorrowTimeoutSeconds(Number.NaN)).toBe(120);
    expect(clampBorrowTimeoutSeconds(900)).toBe(300);
    expect(clampBorrowTimeoutSeconds(-5)).toBe(0);
  });

  it('a short burst waits and then gets served: nobody fails', () => {
    const queue = new ProxyBorrowQueue(120);
    const first = queue.step(0, 500, 100);
    expect(first).toMatchObject({ granted: 100, timedOut: 0, waiting: 400 });
    let granted = first.granted;
    for (let s = 1; s <= 4; s++) granted += queue.step(s, 0, 100).granted;
    expect(granted).toBe(500);
    expect(queue.waiting).toBe(0);
  });

  it('sustained overload fails callers only after they have waited the whole timeout, not at once', () => {
    // Twice as many callers as connections, one-second steps, the default 120 s timeout.
    const queue = new ProxyBorrowQueue(120);
    let firstFailureAt = -1;
    let failed = 0;
    for (let s = 0; s < 400; s++) {
      const r = queue.step(s, 200, 100);
      if (r.timedOut > 0 && firstFailureAt < 0) firstFailureAt = s;
      failed += r.timedOut;
      expect(r.oldestWaitSteps).toBeLessThanOrEqual(120);
    }
    // Oldest first: the wait grows a second every two seconds, so it reaches 120 s after 240 s.
    expect(firstFailureAt).toBe(240);
    expect(failed).toBeGreaterThan(10_000);
  });

  it('every caller is granted, timed out, or still waiting', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 200 }),
        (timeout, steps) => {
          const queue = new ProxyBorrowQueue(timeout);
          let arrived = 0;
          let settled = 0;
          steps.forEach(([arriving, free], s) => {
            const r = queue.step(s, arriving, free);
            arrived += arriving;
            settled += r.granted + r.timedOut;
          });
          return arrived === settled + queue.waiting;
        },
      ),
      { numRuns: 100 },
    );
  });
});
