import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../data/facts/age';
import type { Sourced } from '../data/sourced';
import { apiGatewayPricing } from './aws-api-gateway';
import { ec2Instances, EC2_INSTANCE_TYPES, HOURS_PER_MONTH, isEc2InstanceType } from './aws-ec2';
import { fargatePricing, fargateTaskHourlyUsd } from './aws-fargate';
import { lambdaPricing } from './aws-lambda';
import { albPricing } from './aws-alb';
import { cloudWatchLogsPricing } from './aws-cloudwatch-logs';
import { eventPollerPricing } from './aws-lambda-event-pollers';
import { managedInstancesConcurrencyPerVcpu, managedInstancesPricing, managedInstanceTypes } from './aws-lambda-managed-instances';
import { MAX_SAVINGS_PERCENT, savingsPlans } from './aws-savings-plans';
import { frontDoorMonthlyCost } from './front-door';

function isSourced(v: unknown): v is Sourced<unknown> {
  return typeof v === 'object' && v !== null && 'value' in v && 'source' in v && 'asOf' in v;
}

function allSourced(tree: unknown): Sourced<unknown>[] {
  if (isSourced(tree)) return [tree];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.values(tree).flatMap(allSourced);
}

/** Equal to the precision AWS publishes its GB-second prices in: ten decimal places. */
const closeToPublishedPrecision = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1.0001e-10);

describe('every price is data with its source and the date it was checked', () => {
  const all = [
    lambdaPricing,
    apiGatewayPricing,
    ec2Instances,
    fargatePricing,
    savingsPlans,
    albPricing,
    cloudWatchLogsPricing,
    managedInstancesPricing,
    managedInstanceTypes,
    managedInstancesConcurrencyPerVcpu,
    eventPollerPricing,
  ].flatMap(allSourced);

  it('names a public https page and a checked date for each of the figures', () => {
    expect(all.length).toBeGreaterThan(35);
    for (const figure of all) {
      expect(figure.source.url).toMatch(/^https:\/\//);
      expect(isIsoDate(figure.asOf), figure.asOf).toBe(true);
    }
  });

  it('flags the Arm provisioned-concurrency pair as not confirmed on AWS\'s own page', () => {
    expect(lambdaPricing.provisioned.arm.concurrencyPricePerGbSecond.note).toMatch(/UNCONFIRMED/);
    expect(lambdaPricing.provisioned.arm.durationPricePerGbSecond.note).toMatch(/UNCONFIRMED/);
  });
});

describe('Lambda price data', () => {
  it('the duration tiers are cumulative bounds, ascending, ending at Infinity', () => {
    expect(lambdaPricing.durationTiers.x86.value.map((t) => t.upToGbSeconds)).toEqual([6e9, 15e9, Infinity]);
    expect(lambdaPricing.durationTiers.arm.value.map((t) => t.upToGbSeconds)).toEqual([7.5e9, 18.75e9, Infinity]);
  });

  it('every Arm price is 20% below its x86 counterpart, to the ten decimal places AWS publishes', () => {
    const [x, a] = [lambdaPricing.durationTiers.x86.value, lambdaPricing.durationTiers.arm.value];
    x.forEach((tier, i) => closeToPublishedPrecision(a[i]!.pricePerGbSecond, tier.pricePerGbSecond * 0.8));
    const { x86: px, arm: pa } = lambdaPricing.provisioned;
    closeToPublishedPrecision(pa.concurrencyPricePerGbSecond.value, px.concurrencyPricePerGbSecond.value * 0.8);
    closeToPublishedPrecision(pa.durationPricePerGbSecond.value, px.durationPricePerGbSecond.value * 0.8);
  });

  it('work on provisioned environments is cheaper per GB-second than on-demand, even counting the warm charge', () => {
    const { concurrencyPricePerGbSecond: warm, durationPricePerGbSecond: work } = lambdaPricing.provisioned.x86;
    expect(warm.value + work.value).toBeLessThan(lambdaPricing.durationTiers.x86.value[0]!.pricePerGbSecond);
  });
});

describe('EC2, Fargate and savings-plan price data', () => {
  it('a month is 730 hours, as in AWS\'s calculator, so a t3.medium costs $30.37 a month', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(ec2Instances['t3.medium'].hourlyUsd.value * HOURS_PER_MONTH).toBeCloseTo(30.368, 9);
  });

  it('offers at least t3.small, t3.medium, t4g.small, t4g.medium, m5.large and c6g.large', () => {
    for (const t of ['t3.small', 't3.medium', 't4g.small', 't4g.medium', 'm5.large', 'c6g.large']) expect(isEc2InstanceType(t)).toBe(true);
    expect(isEc2InstanceType('x1.32xlarge')).toBe(false);
    expect(EC2_INSTANCE_TYPES.every((t) => ec2Instances[t].vcpus > 0 && ec2Instances[t].memoryGib > 0)).toBe(true);
  });

  it('a Graviton instance costs less than the x86 instance of the same size', () => {
    expect(ec2Instances['t4g.small'].hourlyUsd.value).toBeLessThan(ec2Instances['t3.small'].hourlyUsd.value);
    expect(ec2Instances['t4g.medium'].hourlyUsd.value).toBeLessThan(ec2Instances['t3.medium'].hourlyUsd.value);
    expect(ec2Instances['c6g.large'].hourlyUsd.value).toBeLessThan(ec2Instances['c5.large'].hourlyUsd.value);
  });

  it('a 1 vCPU, 2 GB Fargate task costs $0.04048 + 2 x $0.004445 an hour on x86, less on Arm', () => {
    expect(fargateTaskHourlyUsd(1, 2, 'x86')).toBeCloseTo(0.04937, 12);
    expect(fargateTaskHourlyUsd(1, 2, 'arm')).toBeLessThan(fargateTaskHourlyUsd(1, 2, 'x86'));
    expect(fargatePricing.arm.perGbHour.value).toBeLessThan(fargatePricing.x86.perGbHour.value);
  });

  it('savings plans go up to 72% off (EC2 Instance) and 66% (Compute), which caps the explorer\'s slider', () => {
    expect(savingsPlans.ec2InstanceMaxPercent.value).toBe(72);
    expect(savingsPlans.computeMaxPercent.value).toBe(66);
    expect(MAX_SAVINGS_PERCENT).toBe(72);
  });
});

describe('the front door', () => {
  it('10 million calls cost $35 through a REST API, $10 through an HTTP API and nothing through a function URL', () => {
    expect(frontDoorMonthlyCost('rest', 10e6)).toBeCloseTo(35, 9);
    expect(frontDoorMonthlyCost('http', 10e6)).toBeCloseTo(10, 9);
    expect(frontDoorMonthlyCost('url', 10e6)).toBe(0);
    expect(frontDoorMonthlyCost('none', 10e6)).toBe(0);
  });

  it('REST calls past 333 million a month are $2.80 per million, HTTP calls past 300 million $0.90', () => {
    expect(frontDoorMonthlyCost('rest', 400e6)).toBeCloseTo(333 * 3.5 + 67 * 2.8, 6);
    expect(frontDoorMonthlyCost('http', 400e6)).toBeCloseTo(300 * 1 + 100 * 0.9, 6);
  });

  it('REST calls past 20 billion a month are $1.51 per million', () => {
    expect(frontDoorMonthlyCost('rest', 21e9)).toBeCloseTo(333 * 3.5 + 667 * 2.8 + 19_000 * 2.38 + 1000 * 1.51, 4);
  });
});
