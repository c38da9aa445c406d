import { roundToCents } from '../format';
import { describe, expect, it } from 'vitest';
import {
  billableGbSeconds,
  billableRequests,
  durationCharge,
  gbSeconds,
  provisionedConcurrencyCharge,
  provisionedDurationCharge,
  requestCharge,
} from './lambda-charges';
import { lambdaMonthlyBill } from './lambda-cost';

/**
 * The worked examples on the AWS Lambda pricing page (https://aws.amazon.com/lambda/pricing/),
 * us-east-1, each with its inputs and the result the page states. Two copies of the page were
 * found with the search tool: the current one (2026; it multiplies by the exact $0.0000166667)
 * and an old one from before December 2020 (memory up to 3,008 MB, 100 ms billing; it multiplies
 * by a rounded $0.00001667). Where the model differs from the page by a cent, the test says why.
 */
const cents = (usd: number) => roundToCents(usd);
/** Within a cent: the page rounds, or multiplies by a rounded price, before we do. */
const withinACent = (usd: number, stated: number) => expect(Math.abs(cents(usd) - stated)).toBeLessThanOrEqual(0.010001);

describe('the current pricing page, Lambda pricing examples', () => {
  it('Example 1, a mobile backend: 3 million requests of 120 ms at 1,536 MB with the free tier cost $2.33 + $0.40 = $2.73', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 1536, durationMs: 120, requests: 3e6, arch: 'x86', freeTier: true });
    expect(bill.usage.onDemandGbSeconds).toBeCloseTo(540_000, 6);
    expect(cents(durationCharge(billableGbSeconds(540_000, true), 'x86'))).toBe(2.33);
    expect(cents(requestCharge(billableRequests(3e6, true)))).toBe(0.4);
    expect(cents(bill.total)).toBe(2.73);
  });

  it('Example 2, vehicle telemetry: 7.44 million requests of 2 s at 1 GB, no free tier, cost $1.49 + $248.00 = $249.49', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 1024, durationMs: 2000, requests: 7.44e6, arch: 'x86', freeTier: false });
    expect(cents(bill.breakdown.requests)).toBe(1.49);
    expect(cents(bill.breakdown.duration)).toBe(248.0);
    expect(cents(bill.total)).toBe(249.49);
  });

  it('Example 3, a BERT model with 2,048 MB of /tmp: 6 million requests of 280 ms at 4,096 MB cost $105.33 + $1 + $0.08 = $106.41', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 4096, durationMs: 280, requests: 6e6, arch: 'x86', freeTier: true, ephemeralMb: 2048 });
    expect(cents(durationCharge(billableGbSeconds(bill.usage.onDemandGbSeconds, true), 'x86'))).toBe(105.33);
    expect(cents(requestCharge(billableRequests(6e6, true)))).toBe(1);
    expect(cents(bill.breakdown.ephemeralStorage)).toBe(0.08);
    expect(cents(bill.total)).toBe(106.41);
  });

  it('the streaming example\'s Lambda part: 3 million requests of 500 ms at 1,536 MB with the free tier cost $30.83 + $0.40 (its $7.81 of streamed bytes is not modelled)', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 1536, durationMs: 500, requests: 3e6, arch: 'x86', freeTier: true });
    expect(cents(durationCharge(billableGbSeconds(bill.usage.onDemandGbSeconds, true), 'x86'))).toBe(30.83);
    expect(cents(bill.total)).toBe(31.23);
  });

  it('the durable-functions example on Arm: 31.6 million billable GB-s at $0.0000133334 cost $421.34, and 1 million billable requests $0.20', () => {
    // 1 million executions of 32 s at 1 GB, as 2 million invocations (start, and resume after the wait).
    const bill = lambdaMonthlyBill({ memoryMb: 1024, durationMs: 16_000, requests: 2e6, arch: 'arm', freeTier: true });
    expect(bill.usage.onDemandGbSeconds).toBeCloseTo(32e6, 3);
    expect(cents(durationCharge(billableGbSeconds(32e6, true), 'arm'))).toBe(421.34);
    expect(cents(requestCharge(billableRequests(2e6, true)))).toBe(0.2);
    expect(cents(bill.total)).toBe(421.54);
  });

  it('the tenant-isolation example\'s compute: 20 million GB-s at x86 is $333.334, which the page writes as $333.34 (we round to $333.33)', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 1024, durationMs: 2000, requests: 10e6, arch: 'x86', freeTier: false });
    expect(cents(bill.breakdown.requests)).toBe(2);
    // 20,000,000 x $0.0000166667 = $333.334: the page rounded up, so the model is a cent below it.
    withinACent(bill.breakdown.duration, 333.34);
    expect(cents(bill.breakdown.duration)).toBe(333.33);
  });
});

describe('the current pricing page, provisioned concurrency examples', () => {
  it('Example 1, a launch day: 100 environments at 1,536 MB for 8 hours, 500,000 requests of 100 ms on them, 2.5 million of 120 ms on demand: $18 + $0.40 + $0.73 + $0.83 = $19.96', () => {
    const configured = gbSeconds(1536, 8 * 3600 * 1000, 100);
    const provisioned = provisionedConcurrencyCharge(configured, 'x86');
    const requests = requestCharge(billableRequests(3e6, true));
    const onProvisioned = provisionedDurationCharge(gbSeconds(1536, 100, 500_000), 'x86');
    const onDemand = durationCharge(billableGbSeconds(gbSeconds(1536, 120, 2.5e6), true), 'x86');
    expect(configured).toBeCloseTo(4_320_000, 6);
    expect([provisioned, requests, onProvisioned, onDemand].map(cents)).toEqual([18, 0.4, 0.73, 0.83]);
    expect(cents(provisioned + requests + onProvisioned + onDemand)).toBe(19.96);
  });

  it('Example 2, Cyber Monday: 7 environments at 4,096 MB for 24 hours running 2 million requests of 280 ms, no free tier: $10.08 + $21.78 + $0.40 = $32.26', () => {
    const provisioned = provisionedConcurrencyCharge(gbSeconds(4096, 24 * 3600 * 1000, 7), 'x86');
    const onProvisioned = provisionedDurationCharge(gbSeconds(4096, 280, 2e6), 'x86');
    const requests = requestCharge(2e6);
    expect([provisioned, onProvisioned, requests].map(cents)).toEqual([10.08, 21.78, 0.4]);
    expect(cents(provisioned + onProvisioned + requests)).toBe(32.26);
  });
});

describe('the pricing page before December 2020 (rounded $0.00001667 per GB-s)', () => {
  it('Example 1: 3 million runs of 1 s at 512 MB with the free tier; the page says $18.34 + $0.40 = $18.74, the exact price gives a cent less', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 512, durationMs: 1000, requests: 3e6, arch: 'x86', freeTier: true });
    // 1,100,000 GB-s x $0.00001667 = $18.337 -> $18.34 on the page; x $0.0000166667 = $18.3334 -> $18.33.
    withinACent(durationCharge(billableGbSeconds(bill.usage.onDemandGbSeconds, true), 'x86'), 18.34);
    withinACent(bill.total, 18.74);
    expect(cents(bill.total)).toBe(18.73);
  });

  it('Example 2: 30 million runs of 200 ms at 128 MB with the free tier cost $5.83 + $5.80 = $11.63', () => {
    const bill = lambdaMonthlyBill({ memoryMb: 128, durationMs: 200, requests: 30e6, arch: 'x86', freeTier: true });
    expect(bill.usage.onDemandGbSeconds).toBeCloseTo(750_000, 6);
    expect(cents(requestCharge(billableRequests(30e6, true)))).toBe(5.8);
    expect(cents(bill.total)).toBe(11.63);
  });
});
