import { ec2Instances, type Ec2InstanceType } from './aws-ec2';
import { managedInstancesPricing } from './aws-lambda-managed-instances';
import { HOURS_PER_MONTH } from './month';
import { appliedSavingsPercent } from './savings-plan-caps';

/**
 * A month of Lambda Managed Instances: the EC2 instances (less any Savings Plan, capped as for EC2),
 * the management fee (15% of the instances' on-demand price, never discounted) and $0.20 per
 * million requests. No duration charge: one environment serves many requests at once, so the bill
 * follows instance-hours, not GB-seconds, and never falls below the minimum instances kept running.
 * Source: the Lambda pricing page (./aws-lambda-managed-instances.ts).
 */
export interface ManagedInstancesWorkload {
  requests: number;
  /** EC2 on-demand price of one instance, USD an hour. */
  onDemandHourlyUsd: number;
  instanceHours: number;
  /** Savings Plan discount asked for, percent; capped at EC2's maximum. */
  savingsPercent: number;
}

export interface ManagedInstancesBill {
  breakdown: { requests: number; instances: number; managementFee: number };
  /** The instance's hourly price after the Savings Plan, as AWS quotes it (to $0.0001). */
  instanceHourlyUsd: number;
  total: number;
}

/**
 * The hourly price under a Savings Plan, rounded to $0.0001 as the pricing page's example quotes it
 * ($0.1632 less 72% = $0.0457); without the rounding the example's total would be a cent lower.
 */
export function discountedHourlyUsd(onDemandHourlyUsd: number, percent: number): number {
  return Math.round(onDemandHourlyUsd * (1 - percent / 100) * 10_000) / 10_000;
}

export function managedInstancesBill(w: ManagedInstancesWorkload): ManagedInstancesBill {
  const { managementFeePercent, requestPricePerMillion } = managedInstancesPricing;
  const percent = appliedSavingsPercent('managed-instances', w.savingsPercent);
  const instanceHourlyUsd = percent > 0 ? discountedHourlyUsd(w.onDemandHourlyUsd, percent) : w.onDemandHourlyUsd;
  const breakdown = {
    requests: (w.requests / 1e6) * requestPricePerMillion.value,
    instances: w.instanceHours * instanceHourlyUsd,
    managementFee: w.instanceHours * w.onDemandHourlyUsd * (managementFeePercent.value / 100),
  };
  return { breakdown, instanceHourlyUsd, total: breakdown.requests + breakdown.instances + breakdown.managementFee };
}

export interface ManagedInstancesMonth {
  instanceType: Ec2InstanceType;
  instances: number;
  requests: number;
}

/** One month of a capacity provider running `instances` of an EC2 menu type all month, on demand (the lessons' worked example). */
export function managedInstancesMonthlyBill({ instanceType, instances, requests }: ManagedInstancesMonth) {
  const bill = managedInstancesBill({
    requests,
    onDemandHourlyUsd: ec2Instances[instanceType].hourlyUsd.value,
    instanceHours: instances * HOURS_PER_MONTH,
    savingsPercent: 0,
  });
  return { ec2: bill.breakdown.instances, managementFee: bill.breakdown.managementFee, requestCharge: bill.breakdown.requests, total: bill.total };
}

export interface ManagedInstancesSizing {
  requests: number;
  durationMs: number;
  /** Busiest moment over the month's average rate. */
  peakRatio: number;
  /** Concurrent requests one instance serves: (vCPUs - 1 for the OS) x requests per vCPU. */
  concurrencyPerInstance: number;
  minInstances?: number;
}

/**
 * Instances kept all month for a workload: enough for the peak's concurrency (Little's law), never
 * fewer than the minimum (3 by default, one per Availability Zone). Sized for the peak all month,
 * like the always-on options in ./fleet.ts; Lambda does scale the instances, but asynchronously,
 * on CPU, and not to zero.
 */
export function managedInstancesFor(s: ManagedInstancesSizing): number {
  const averageRps = s.requests / (HOURS_PER_MONTH * 3600);
  const peakConcurrency = (averageRps * s.peakRatio * s.durationMs) / 1000;
  const minimum = s.minInstances ?? managedInstancesPricing.minimumInstances.value;
  return Math.max(minimum, Math.ceil(peakConcurrency / Math.max(1, s.concurrencyPerInstance) - 1e-9));
}
