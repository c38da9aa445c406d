import { sourced, type Source } from '../data/sourced';
import type { Architecture } from './aws-lambda';

/** AWS Fargate (ECS) on-demand Linux prices, us-east-1: a task pays for the vCPU and memory it is given. */
export const FARGATE_PRICING_PAGE: Source = {
  title: 'AWS Fargate pricing',
  url: 'https://aws.amazon.com/fargate/pricing/',
};

const asOf = '2026-11-22';
const HOW_CHECKED =
  'No stored copy of AWS\'s page shows the figure (its table is drawn by script); it matches independent ' +
  'transcriptions dated March and June 2026 (Vantage, Wring, FactualMinds), not read first-hand. Billed per ' +
  'second with a one-minute minimum; 20 GB of ephemeral storage per task is included.';

export interface FargateRates {
  perVcpuHour: number;
  perGbHour: number;
}

export const fargatePricing = {
  x86: {
    perVcpuHour: sourced(0.04048, 'USD per vCPU-hour, Linux/x86', FARGATE_PRICING_PAGE, asOf, HOW_CHECKED),
    perGbHour: sourced(0.004445, 'USD per GB-hour, Linux/x86', FARGATE_PRICING_PAGE, asOf, HOW_CHECKED),
  },
  arm: {
    perVcpuHour: sourced(0.03238, 'USD per vCPU-hour, Linux/Arm', FARGATE_PRICING_PAGE, asOf, `${HOW_CHECKED} About 20% below x86.`),
    perGbHour: sourced(0.00356, 'USD per GB-hour, Linux/Arm', FARGATE_PRICING_PAGE, asOf, `${HOW_CHECKED} About 20% below x86.`),
  },
} as const;

/** The hourly price of one task of `vcpu` vCPUs and `memoryGb` GB. */
export function fargateTaskHourlyUsd(vcpu: number, memoryGb: number, arch: Architecture): number {
  const rates = fargatePricing[arch];
  return vcpu * rates.perVcpuHour.value + memoryGb * rates.perGbHour.value;
}
