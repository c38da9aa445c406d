import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReceiveLedger, sqsInvocationCeiling } from './sqs-receives';

interface Run {
  /** Messages sent a second, for the first `sendSeconds`. */
  rate: number;
  sendSeconds: number;
  seconds: number;
  batch: number;
  /** Batches the pollers can receive a second. */
  pollerBatches: number;
  /** Reserved concurrency: batches the function can start a second (each invocation takes one second). */
  reserved: number;
  /** MaximumConcurrency on the event source: 0 = not set. */
  maxconc: number;
  maxReceive: number;
  visibility: number;
}

/** One-second steps, one-second invocations: enough of the event source to show where messages end up. */
function run(r: Run) {
  const ledger = new ReceiveLedger(r.maxReceive, r.visibility);
  for (let s = 0; s < r.seconds; s++) {
    ledger.reveal(s);
    if (s < r.sendSeconds) ledger.send(r.rate);
    // With MaximumConcurrency the pollers read only what the function may start; without it, all they can.
    const batches = r.maxconc > 0 ? Math.min(r.pollerBatches, r.maxconc) : r.pollerBatches;
    ledger.receive(batches * r.batch);
    const received = ledger.receivedByCount.reduce((a, b) => a + b, 0);
    ledger.settle(s, Math.min(received, r.reserved * r.batch));
  }
  return ledger;
}

const flashSale: Run = { rate: 500, sendSeconds: 300, seconds: 1200, batch: 10, pollerBatches: 100, reserved: 20, maxconc: 0, maxReceive: 3, visibility: 30 };

describe('SQS receive counts under throttling', () => {
  it('reserved concurrency below what the pollers take, with maxReceiveCount 3, sends messages to the DLQ though the function never failed', () => {
    const ledger = run(flashSale);
    expect(ledger.deadLettered).toBeGreaterThan(10_000);
    expect(ledger.completed + ledger.deadLettered + ledger.visible + ledger.hidden).toBe(150_000);
  });

  it('MaximumConcurrency instead of the same cap sends none there: the pollers read only what the function can start', () => {
    const ledger = run({ ...flashSale, maxconc: 20 });
    expect(ledger.deadLettered).toBe(0);
    expect(ledger.completed).toBe(150_000);
  });

  it('a higher maxReceiveCount saves more of them, but does not fix the cause', () => {
    const three = run(flashSale).deadLettered;
    const ten = run({ ...flashSale, maxReceive: 10 }).deadLettered;
    expect(ten).toBeLessThan(three);
  });

  it('without throttling nothing reaches the DLQ', () => {
    expect(run({ ...flashSale, reserved: 1000 }).deadLettered).toBe(0);
  });

  it('every message is completed, in the DLQ, or still in the queue: nothing vanishes', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          rate: fc.integer({ min: 0, max: 2000 }),
          sendSeconds: fc.integer({ min: 0, max: 200 }),
          seconds: fc.integer({ min: 1, max: 400 }),
          batch: fc.integer({ min: 1, max: 20 }),
          pollerBatches: fc.integer({ min: 0, max: 200 }),
          reserved: fc.integer({ min: 0, max: 200 }),
          maxconc: fc.integer({ min: 0, max: 200 }),
          maxReceive: fc.integer({ min: 1, max: 12 }),
          visibility: fc.integer({ min: 0, max: 90 }),
        }),
        (r) => {
          const ledger = run(r);
          const sent = r.rate * Math.min(r.sendSeconds, r.seconds);
          return ledger.completed + ledger.deadLettered + ledger.visible + ledger.hidden === sent;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('how many invocations one SQS mapping runs at once', () => {
  it('up to 1,250 by default, or MaximumConcurrency (2 to 1,000) when set', () => {
    expect(sqsInvocationCeiling({ maximumConcurrency: 0, provisionedMaxPollers: 0 })).toBe(1250);
    expect(sqsInvocationCeiling({ maximumConcurrency: 90, provisionedMaxPollers: 0 })).toBe(90);
    expect(sqsInvocationCeiling({ maximumConcurrency: 1, provisionedMaxPollers: 0 })).toBe(2);
    expect(sqsInvocationCeiling({ maximumConcurrency: 5000, provisionedMaxPollers: 0 })).toBe(1000);
  });

  it('in provisioned mode, 10 per event poller, with at least 2 pollers', () => {
    expect(sqsInvocationCeiling({ maximumConcurrency: 0, provisionedMaxPollers: 200 })).toBe(2000);
    expect(sqsInvocationCeiling({ maximumConcurrency: 0, provisionedMaxPollers: 1 })).toBe(20);
  });
});
