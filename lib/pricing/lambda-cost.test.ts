import { roundToCents } from '../format';
import { describe, expect, it } from 'vitest';
import { lambdaPricing } from './aws-lambda';
import { billedMs, durationCharge, ephemeralStorageCharge } from './lambda-charges';
import { lambdaMonthlyBill, type LambdaWorkload } from './lambda-cost';
import { SECONDS_PER_MONTH } from './month';

const notesFunction: LambdaWorkload = { memoryMb: 512, durationMs: 200, requests: 10e6, arch: 'x86', freeTier: false };
const x86 = lambdaPricing.durationTiers.x86.value;

describe('what a Lambda bill is made of', () => {
  it('a month is requests times the request price plus GB-seconds times the GB-second price', () => {
    const bill = lambdaMonthlyBill(notesFunction);
    expect(bill.breakdown.requests).toBeCloseTo(2.0, 10);
    expect(bill.breakdown.duration).toBeCloseTo(1_000_000 * 0.0000166667, 10);
    expect(bill.total).toBeCloseTo(18.6667, 10);
  });

  it('duration is billed rounded up to the next whole millisecond, per invocation', () => {
    expect(billedMs(200)).toBe(200);
    expect(billedMs(200.2)).toBe(201);
    expect(billedMs(0.3)).toBe(1);
    const rounded = lambdaMonthlyBill({ ...notesFunction, durationMs: 200.2 });
    expect(rounded.usage.onDemandGbSeconds).toBeCloseTo(10e6 * 0.5 * 0.201, 6);
  });

  it('above 6 billion GB-seconds a month x86 duration gets cheaper, and cheaper again above 15 billion', () => {
    expect(durationCharge(7e9, 'x86')).toBeCloseTo(6e9 * x86[0]!.pricePerGbSecond + 1e9 * x86[1]!.pricePerGbSecond, 4);
    expect(durationCharge(16e9, 'x86')).toBeCloseTo(6e9 * 0.0000166667 + 9e9 * 0.000015 + 1e9 * 0.0000133334, 4);
  });

  it('Arm\'s tiers break at 7.5 billion and 18.75 billion GB-seconds', () => {
    expect(durationCharge(20e9, 'arm')).toBeCloseTo(7.5e9 * 0.0000133334 + 11.25e9 * 0.0000120001 + 1.25e9 * 0.0000106667, 4);
  });

  it('Arm is cheaper than x86 for the same GB-seconds', () => {
    for (const gbs of [1, 400_000, 1e6, 6.5e9, 2e10]) expect(durationCharge(gbs, 'arm')).toBeLessThan(durationCharge(gbs, 'x86'));
    expect(lambdaMonthlyBill({ ...notesFunction, arch: 'arm' }).total).toBeLessThan(lambdaMonthlyBill(notesFunction).total);
  });

  it('the first 512 MB of /tmp are free; 2,048 MB pays for 1.5 GB for every second the function runs', () => {
    expect(ephemeralStorageCharge(512, 1e6)).toBe(0);
    expect(ephemeralStorageCharge(2048, 1000)).toBeCloseTo(1.5 * 1000 * 0.0000000309, 15);
    expect(lambdaMonthlyBill({ ...notesFunction, ephemeralMb: 1536 }).breakdown.ephemeralStorage).toBeCloseTo(1 * 2e6 * 0.0000000309, 12);
  });

  it('the total is the sum of the charges less the free-tier credit', () => {
    const bill = lambdaMonthlyBill({ ...notesFunction, freeTier: true, coldSharePercent: 2, initMs: 400, provisionedConcurrency: 1, ephemeralMb: 1024, front: 'http' });
    const { freeTierCredit, ...charges } = bill.breakdown;
    const sum = Object.values(charges).reduce((a, b) => a + b, 0);
    expect(bill.total).toBeCloseTo(sum - freeTierCredit, 9);
  });
});

describe('the INIT phase of cold starts (billed since 1 August 2025)', () => {
  it('with no cold starts there is no INIT charge', () => {
    expect(lambdaMonthlyBill({ ...notesFunction, initMs: 500 }).breakdown.init).toBe(0);
  });

  it('1% cold starts of 200 ms INIT at 512 MB add 10,000 GB-seconds to 10 million calls, about 17 cents', () => {
    const bill = lambdaMonthlyBill({ ...notesFunction, coldSharePercent: 1, initMs: 200 });
    expect(bill.usage.coldStarts).toBeCloseTo(100_000, 6);
    expect(bill.usage.initGbSeconds).toBeCloseTo(10_000, 6);
    expect(bill.breakdown.init).toBeCloseTo(10_000 * 0.0000166667, 10);
    expect(roundToCents(bill.total)).toBe(18.83);
  });

  it('INIT time shares the free tier with invocation time', () => {
    const small = { ...notesFunction, requests: 1e6, freeTier: true, coldSharePercent: 10, initMs: 1000 };
    // 100,000 GB-s of invocations + 50,000 GB-s of INIT, all inside the 400,000 free GB-s.
    expect(lambdaMonthlyBill(small).total).toBe(0);
  });
});

describe('provisioned concurrency', () => {
  const tenWarm = { ...notesFunction, provisionedConcurrency: 10 };

  it('10 environments of 512 MB kept warm all month cost 10 x 0.5 GB x 2,628,000 s x $0.0000041667 = $54.75', () => {
    const bill = lambdaMonthlyBill(tenWarm);
    expect(bill.usage.configuredGbSeconds).toBeCloseTo(10 * 0.5 * SECONDS_PER_MONTH, 4);
    expect(roundToCents(bill.breakdown.provisionedConcurrency)).toBe(54.75);
  });

  it('work that fits inside the provisioned capacity runs at the lower duration price', () => {
    const bill = lambdaMonthlyBill(tenWarm);
    expect(bill.usage.provisionedInvocations).toBe(10e6);
    expect(bill.breakdown.duration).toBe(0);
    expect(bill.breakdown.provisionedDuration).toBeCloseTo(1e6 * 0.0000097222, 9);
  });

  it('invocations beyond the capacity (environments x seconds in the month / billed seconds) spill over to on-demand', () => {
    const capacity = (10 * SECONDS_PER_MONTH) / 0.2;
    const bill = lambdaMonthlyBill({ ...tenWarm, requests: 200e6 });
    expect(bill.usage.provisionedInvocations).toBeCloseTo(capacity, 3);
    expect(bill.usage.onDemandInvocations).toBeCloseTo(200e6 - capacity, 3);
  });

  it('only on-demand invocations have cold starts', () => {
    expect(lambdaMonthlyBill({ ...tenWarm, coldSharePercent: 5, initMs: 300 }).breakdown.init).toBe(0);
  });
});

describe('the free tier', () => {
  it('takes off 1 million requests and 400,000 GB-seconds: 10 million notes calls cost $11.80 instead of $18.67', () => {
    const bill = lambdaMonthlyBill({ ...notesFunction, freeTier: true });
    expect(bill.breakdown.freeTierCredit).toBeCloseTo(0.2 + 400_000 * 0.0000166667, 9);
    expect(roundToCents(bill.total)).toBe(11.8);
  });

  it('never makes a bill negative: a tiny month is free, not a refund', () => {
    const bill = lambdaMonthlyBill({ ...notesFunction, requests: 1000, freeTier: true });
    expect(bill.total).toBe(0);
    expect(bill.breakdown.freeTierCredit).toBeCloseTo(bill.breakdown.requests + bill.breakdown.duration, 15);
  });

  it('does not cover provisioned concurrency or /tmp', () => {
    const bill = lambdaMonthlyBill({ ...notesFunction, requests: 1000, freeTier: true, provisionedConcurrency: 1, ephemeralMb: 1024 });
    expect(bill.total).toBeCloseTo(bill.breakdown.provisionedConcurrency + bill.breakdown.provisionedDuration + bill.breakdown.ephemeralStorage, 12);
    expect(bill.total).toBeGreaterThan(0);
  });
});
