import { describe, expect, it } from 'vitest';
import { roundToCents } from './format';
import { lambdaMonthlyBill } from './lambda-cost';
import { billedProvisionedHours, provisionedHoursPerMonth, provisionedWindowBill } from './provisioned-window';

/** The two provisioned-concurrency examples on the AWS Lambda pricing page, entered as a learner would. */
describe('provisioned concurrency for part of the month reproduces the pricing page to the cent', () => {
  it('Example 1, a launch day: 100 environments of 1,536 MB for 8 hours, 500,000 requests of 100 ms on them and 2.5 million of 120 ms on demand, free tier: $19.96', () => {
    const bill = provisionedWindowBill({
      environments: 100,
      memoryMb: 1536,
      arch: 'x86',
      hoursPerMonth: 8,
      requestsOnProvisioned: 500_000,
      durationMsOnProvisioned: 100,
      requestsOnDemand: 2_500_000,
      durationMsOnDemand: 120,
      freeTier: true,
    });
    const b = bill.breakdown;
    expect([b.provisionedConcurrency, b.requests, b.provisionedDuration, b.onDemandDuration].map(roundToCents)).toEqual([18, 0.4, 0.73, 0.83]);
    expect(roundToCents(bill.total)).toBe(19.96);
  });

  it('Example 2, Cyber Monday: 7 environments of 4,096 MB for 24 hours running 2 million requests of 280 ms, no free tier: $32.26', () => {
    const bill = provisionedWindowBill({
      environments: 7,
      memoryMb: 4096,
      arch: 'x86',
      hoursPerMonth: 24,
      requestsOnProvisioned: 2_000_000,
      durationMsOnProvisioned: 280,
      requestsOnDemand: 0,
      durationMsOnDemand: 0,
      freeTier: false,
    });
    expect([bill.breakdown.provisionedConcurrency, bill.breakdown.provisionedDuration, bill.breakdown.requests].map(roundToCents)).toEqual([10.08, 21.78, 0.4]);
    expect(roundToCents(bill.total)).toBe(32.26);
  });

  it('switched on all month, it costs what the cost explorer charged for provisioned concurrency', () => {
    const allMonth = provisionedWindowBill({
      environments: 5,
      memoryMb: 1024,
      arch: 'x86',
      hoursPerMonth: 730,
      requestsOnProvisioned: 0,
      durationMsOnProvisioned: 100,
      requestsOnDemand: 0,
      durationMsOnDemand: 100,
      freeTier: false,
    });
    const explorer = lambdaMonthlyBill({ memoryMb: 1024, durationMs: 100, requests: 0, arch: 'x86', freeTier: false, provisionedConcurrency: 5 });
    expect(allMonth.breakdown.provisionedConcurrency).toBeCloseTo(explorer.breakdown.provisionedConcurrency, 9);
  });

  it('is billed in five-minute steps: 61 minutes cost as much as 65', () => {
    expect(billedProvisionedHours(61 / 60)).toBeCloseTo(65 / 60, 12);
    expect(billedProvisionedHours(1)).toBe(1);
    expect(billedProvisionedHours(10_000)).toBe(730);
  });

  it('business hours, 8 a day, are a third of the month', () => {
    expect(provisionedHoursPerMonth(8)).toBeCloseTo(730 / 3, 9);
  });
});
