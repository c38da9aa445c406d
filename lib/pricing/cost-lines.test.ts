import { describe, expect, it } from 'vitest';
import { lambdaLogsIngestionMonthly } from './aws-cloudwatch-logs';
import { internetDataTransferMonthly } from './aws-data-transfer';
import { ec2Instances } from './aws-ec2';
import { managedInstancesMonthlyBill } from './managed-instances-bill';
import { commitmentBreakEvenUtilisation, committedVersusOnDemand } from './aws-savings-plans';
import { HOURS_PER_MONTH } from './month';

describe('a Savings Plans commitment against paying on demand', () => {
  it('breaks even when the committed capacity is busy (1 − discount) of the time: 28% at 72% off, 83% at 17% off', () => {
    expect(commitmentBreakEvenUtilisation(72)).toBeCloseTo(0.28, 10);
    expect(commitmentBreakEvenUtilisation(17)).toBeCloseTo(0.83, 10);
  });

  it('is the cheaper choice above the break-even and the dearer one below it', () => {
    expect(committedVersusOnDemand(100, 72, 0.5).cheaper).toBe('committed');
    expect(committedVersusOnDemand(100, 72, 0.2).cheaper).toBe('on-demand');
    expect(committedVersusOnDemand(100, 17, 0.8).cheaper).toBe('on-demand');
  });
});

describe('a Managed Instances month', () => {
  it('bills the instances at EC2 prices, 15% on top, and $0.20 per million requests, idle or not', () => {
    const ec2 = ec2Instances['m7g.large'].hourlyUsd.value * HOURS_PER_MONTH * 3;
    const idle = managedInstancesMonthlyBill({ instanceType: 'm7g.large', instances: 3, requests: 0 });
    expect(idle.total).toBeCloseTo(ec2 * 1.15, 6);
    const busy = managedInstancesMonthlyBill({ instanceType: 'm7g.large', instances: 3, requests: 10e6 });
    expect(busy.total - idle.total).toBeCloseTo(2, 6);
  });
});

describe('logs and data transfer as line items', () => {
  it('prices Lambda log ingestion in tiers: 60 TB a month costs well under half the old flat $0.50 a GB', () => {
    const sixtyTb = 60 * 1024;
    expect(lambdaLogsIngestionMonthly(sixtyTb)).toBeCloseTo(5120 + 5120 + 2048 + 512, 6);
    expect(lambdaLogsIngestionMonthly(sixtyTb)).toBeLessThan(0.5 * sixtyTb * 0.45);
    expect(lambdaLogsIngestionMonthly(10)).toBeCloseTo(5, 10);
  });

  it('lets the first 100 GB a month out to the internet go free, then charges $0.09 a GB', () => {
    expect(internetDataTransferMonthly(100)).toBe(0);
    expect(internetDataTransferMonthly(600)).toBeCloseTo(45, 10);
  });
});
