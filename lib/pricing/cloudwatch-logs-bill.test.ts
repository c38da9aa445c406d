import { describe, expect, it } from 'vitest';
import { cloudWatchLogsPricing } from './aws-cloudwatch-logs';
import { roundToCents } from './format';
import { lambdaMonthlyBill } from './lambda-cost';
import { lambdaLogsMonthlyCost, logGbIngested, serverLogsMonthlyCost } from './cloudwatch-logs-bill';
import { tieredCost } from './tiered-price';

describe('the CloudWatch Logs line, often larger than the compute', () => {
  it('10 million requests logging 1 KB each ingest 9.54 GB: $4.77 at $0.50 per GB', () => {
    expect(logGbIngested(10e6, 1)).toBeCloseTo(9.537, 3);
    expect(roundToCents(lambdaLogsMonthlyCost(10e6, 1))).toBe(4.77);
    expect(roundToCents(serverLogsMonthlyCost(10e6, 1))).toBe(4.77);
  });

  it('at 4 KB a request, the notes\' 512 MB, 200 ms function pays more for its logs than for its compute', () => {
    const compute = lambdaMonthlyBill({ memoryMb: 512, durationMs: 200, requests: 10e6, arch: 'x86', freeTier: false }).total;
    expect(lambdaLogsMonthlyCost(10e6, 4)).toBeGreaterThan(compute);
  });

  it("Lambda's tiers: 60 TB of logs a month cost $12,500 instead of $30,000 at the flat price (Duckbill's worked figure)", () => {
    expect(tieredCost(60_000, cloudWatchLogsPricing.lambdaLogTiers.value)).toBe(12_500);
    expect(60_000 * cloudWatchLogsPricing.customLogsIngestionPerGb.value).toBe(30_000);
  });

  it('logging nothing costs nothing', () => {
    expect(lambdaLogsMonthlyCost(1e9, 0)).toBe(0);
  });
});
