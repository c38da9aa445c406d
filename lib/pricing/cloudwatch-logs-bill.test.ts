import { describe, expect, it } from 'vitest';
import { cloudWatchLogsPricing } from './aws-cloudwatch-logs';
import { roundToCents } from './format';
import { lambdaMonthlyBill } from './lambda-cost';
import { lambdaLogsMonthlyCost, logGbIngested, serverLogsMonthlyCost } from './cloudwatch-logs-bill';

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

  it("Lambda's tiers: 60 TB of logs a month cost well under half the flat price a server's logs pay", () => {
    const sixtyTbInKb = 60 * 1024 * 1024 * 1024;
    expect(lambdaLogsMonthlyCost(1, sixtyTbInKb)).toBeCloseTo(5120 + 5120 + 2048 + 512, 6);
    expect(lambdaLogsMonthlyCost(1, sixtyTbInKb)).toBeLessThan(serverLogsMonthlyCost(1, sixtyTbInKb) * 0.45);
    expect(cloudWatchLogsPricing.customLogsIngestionPerGb.value).toBe(0.5);
  });

  it('logging nothing costs nothing', () => {
    expect(lambdaLogsMonthlyCost(1e9, 0)).toBe(0);
  });
});
