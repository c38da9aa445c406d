import { describe, expect, it } from 'vitest';
import { managedInstanceTypes, managedInstancesPricing } from './aws-lambda-managed-instances';
import { roundToCents } from './format';
import { lambdaMonthlyBill } from './lambda-cost';
import { managedInstancesBill, managedInstancesFor } from './managed-instances-bill';

const m7g = managedInstanceTypes['m7g.xlarge'].hourlyUsd.value;

describe('Lambda Managed Instances: EC2 instances, a management fee and requests, no duration', () => {
  it("the pricing page's example: 100 million requests on about 2,000 m7g.xlarge-hours under a 3-year Savings Plan cost $20 + $91.40 + $48.96 = $160.36", () => {
    const bill = managedInstancesBill({ requests: 100e6, onDemandHourlyUsd: m7g, instanceHours: 2000, savingsPercent: 72 });
    expect(bill.instanceHourlyUsd).toBe(0.0457);
    expect([bill.breakdown.requests, bill.breakdown.instances, bill.breakdown.managementFee].map(roundToCents)).toEqual([20, 91.4, 48.96]);
    expect(roundToCents(bill.total)).toBe(160.36);
  });

  it('the management fee is 15% of the on-demand price, and a Savings Plan does not reduce it', () => {
    const onDemand = managedInstancesBill({ requests: 0, onDemandHourlyUsd: m7g, instanceHours: 730, savingsPercent: 0 });
    const committed = managedInstancesBill({ requests: 0, onDemandHourlyUsd: m7g, instanceHours: 730, savingsPercent: 72 });
    expect(onDemand.breakdown.managementFee).toBeCloseTo(730 * m7g * 0.15, 9);
    expect(committed.breakdown.managementFee).toBe(onDemand.breakdown.managementFee);
    expect(committed.breakdown.instances).toBeLessThan(onDemand.breakdown.instances * 0.3);
  });

  it('no Savings Plan takes more than EC2\'s 72% off the instances', () => {
    const asked90 = managedInstancesBill({ requests: 0, onDemandHourlyUsd: m7g, instanceHours: 100, savingsPercent: 90 });
    expect(asked90.instanceHourlyUsd).toBe(0.0457);
  });

  it('three instances run all month even with no traffic: no scale to zero', () => {
    expect(managedInstancesPricing.minimumInstances.value).toBe(3);
    expect(managedInstancesFor({ requests: 0, durationMs: 200, peakRatio: 3, concurrencyPerInstance: 192 })).toBe(3);
    const idle = managedInstancesBill({ requests: 0, onDemandHourlyUsd: m7g, instanceHours: 3 * 730, savingsPercent: 0 });
    expect(roundToCents(idle.total)).toBe(411.02);
  });

  it('at 100 million requests of 200 ms, 3 instances cover the peak, and the page\'s ~2,000 hours are close to 3 all month (2,190)', () => {
    const instances = managedInstancesFor({ requests: 100e6, durationMs: 200, peakRatio: 3, concurrencyPerInstance: 3 * 64 });
    expect(instances).toBe(3);
  });

  it('busy enough, Managed Instances undercut on-demand Lambda: 1 billion requests of 200 ms at 2 GB', () => {
    const requests = 1e9;
    const instances = managedInstancesFor({ requests, durationMs: 200, peakRatio: 3, concurrencyPerInstance: 3 * 64 });
    const managed = managedInstancesBill({ requests, onDemandHourlyUsd: m7g, instanceHours: instances * 730, savingsPercent: 0 });
    const lambda = lambdaMonthlyBill({ memoryMb: 2048, durationMs: 200, requests, arch: 'arm', freeTier: false });
    expect(managed.total).toBeLessThan(lambda.total / 3);
  });
});
