import { formatPrice, formatRequests } from '../format';
import type { Source, Sourced } from '../data/sourced';
import { apiGatewayPricing, type RequestTier } from './aws-api-gateway';
import { ec2Instances, EC2_INSTANCE_TYPES } from './aws-ec2';
import { fargatePricing } from './aws-fargate';
import { lambdaPricing, type PriceTier } from './aws-lambda';
import { savingsPlans } from './aws-savings-plans';

/**
 * Every price the cost explorer uses, in one list with the page it comes from and the date it was
 * checked: the explorer's closing note, so a learner can check each figure at its source.
 */
export interface PriceSource {
  item: string;
  price: string;
  source: Source;
  asOf: string;
}


function row<T>(item: string, data: Sourced<T>, price: (v: T) => string): PriceSource {
  return { item, price: price(data.value), source: data.source, asOf: data.asOf };
}

function durationTiers(tiers: PriceTier[]): string {
  let from = 0;
  return tiers
    .map((t) => {
      const span = Number.isFinite(t.upToGbSeconds) ? `${formatRequests(from)} to ${formatRequests(t.upToGbSeconds)}` : `above ${formatRequests(from)}`;
      from = t.upToGbSeconds;
      return `${formatPrice(t.pricePerGbSecond)} per GB-s (${span} GB-s)`;
    })
    .join('; ');
}

function requestTiers(tiers: RequestTier[]): string {
  let from = 0;
  return tiers
    .map((t) => {
      const span = Number.isFinite(t.upToRequests) ? `${formatRequests(from)} to ${formatRequests(t.upToRequests)}` : `above ${formatRequests(from)}`;
      from = t.upToRequests;
      return `${formatPrice(t.pricePerMillion)} per million (${span})`;
    })
    .join('; ');
}

export function explorerPriceSources(): PriceSource[] {
  const l = lambdaPricing;
  return [
    row('Lambda requests', l.requestPricePerMillion, (v) => `${formatPrice(v)} per million`),
    row('Lambda duration, x86', l.durationTiers.x86, durationTiers),
    row('Lambda duration, Arm', l.durationTiers.arm, durationTiers),
    row('Lambda free tier, requests', l.freeTier.requests, (v) => `${formatRequests(v)} a month`),
    row('Lambda free tier, duration', l.freeTier.gbSeconds, (v) => `${formatRequests(v)} GB-s a month`),
    row('Ephemeral storage above 512 MB', l.ephemeralStoragePricePerGbSecond, (v) => `${formatPrice(v)} per GB-s`),
    row('Provisioned concurrency, x86', l.provisioned.x86.concurrencyPricePerGbSecond, (v) => `${formatPrice(v)} per GB-s configured`),
    row('Duration on provisioned, x86', l.provisioned.x86.durationPricePerGbSecond, (v) => `${formatPrice(v)} per GB-s`),
    row('Provisioned concurrency, Arm', l.provisioned.arm.concurrencyPricePerGbSecond, (v) => `${formatPrice(v)} per GB-s configured`),
    row('Duration on provisioned, Arm', l.provisioned.arm.durationPricePerGbSecond, (v) => `${formatPrice(v)} per GB-s`),
    row('INIT phase billed', l.initPhaseBilled, () => 'like invocation time'),
    row('API Gateway REST API', apiGatewayPricing.rest, requestTiers),
    row('API Gateway HTTP API', apiGatewayPricing.http, requestTiers),
    row('Lambda function URL', apiGatewayPricing.functionUrlPricePerMillion, (v) => `${formatPrice(v)} per million`),
    ...EC2_INSTANCE_TYPES.map((t) => row(`EC2 ${t}, on demand`, ec2Instances[t].hourlyUsd, (v) => `${formatPrice(v)} per hour`)),
    row('Fargate vCPU, x86', fargatePricing.x86.perVcpuHour, (v) => `${formatPrice(v)} per vCPU-hour`),
    row('Fargate memory, x86', fargatePricing.x86.perGbHour, (v) => `${formatPrice(v)} per GB-hour`),
    row('Fargate vCPU, Arm', fargatePricing.arm.perVcpuHour, (v) => `${formatPrice(v)} per vCPU-hour`),
    row('Fargate memory, Arm', fargatePricing.arm.perGbHour, (v) => `${formatPrice(v)} per GB-hour`),
    row('Savings plans, deepest discount', savingsPlans.ec2InstanceMaxPercent, (v) => `${v}% off on-demand`),
  ];
}
