import { sourced, type Source, type Sourced } from '../data/sourced';
import { LAMBDA_PRICING_PAGE } from './aws-lambda';

/**
 * Lambda Managed Instances (re:Invent 2025): functions run on EC2 instances Lambda manages in your
 * account, many requests per execution environment. The bill is the EC2 instances (which Savings
 * Plans and Reserved Instances discount), a management fee on the instances' on-demand price (which
 * nothing discounts), and $0.20 per million requests; there is no duration charge. The bill is
 * worked out in ./managed-instances-bill.ts.
 */
const asOf = '2026-12-08';

const PRICING_COPY =
  'Read from a stored copy of the pricing page (a transcription in a public repository, dated after the December 2025 ' +
  'rewrite), whose "Pricing Example: High-throughput API service" uses it.';
const BEST_PRACTICES_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Best practices for Lambda Managed Instances',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html',
};
const SAMPLE_CALCULATOR: Source = {
  title: 'aws-samples/sample-aws-lambda-managed-instances: LMI cost calculator methodology (March 2026)',
  url: 'https://github.com/aws-samples/sample-aws-lambda-managed-instances/blob/main/tools/pricing-calculator/docs/CALCULATOR_METHODOLOGY.md',
};

export const managedInstancesPricing = {
  managementFeeShare: sourced(
    0.15,
    'share of the EC2 on-demand instance price, per instance-hour',
    LAMBDA_PRICING_PAGE,
    asOf,
    `"Compute management fee: 15% premium on the EC2 on-demand instance price". Charged on the on-demand price even when ` +
      `the instances are covered by a Savings Plan (the page's example: $0.1632 x 0.15 = $0.02448 an hour). ${PRICING_COPY}`,
  ),
  minimumInstances: sourced(
    3,
    'instances kept running by default (one per Availability Zone)',
    BEST_PRACTICES_PAGE,
    asOf,
    '"Lambda launches three instances by default for AZ resiliency." There is no scale to zero: the capacity provider keeps ' +
      'its minimum running whether requests arrive or not. AWS\'s sample calculator uses the same minimum for three zones.',
  ),
} as const;

export interface ManagedInstanceType {
  vcpus: number;
  memoryGib: number;
  /** EC2 on-demand Linux price, us-east-1. */
  hourlyUsd: Sourced<number>;
}

const fromPricingPage = (price: number) =>
  sourced(price, 'USD per hour, EC2 on-demand (Linux, us-east-1)', LAMBDA_PRICING_PAGE, asOf, `The Managed Instances example's own figure. ${PRICING_COPY}`);
const fromSample = (price: number) =>
  sourced(
    price,
    'USD per hour, EC2 on-demand (Linux, us-east-1)',
    SAMPLE_CALCULATOR,
    asOf,
    'UNCONFIRMED on AWS\'s EC2 page: the fallback table of AWS\'s own sample calculator (scripts/extract-pricing.js).',
  );

/** A few Graviton types Managed Instances can use. */
export const managedInstanceTypes = {
  'c7g.xlarge': { vcpus: 4, memoryGib: 8, hourlyUsd: fromSample(0.145) },
  'm7g.xlarge': { vcpus: 4, memoryGib: 16, hourlyUsd: fromPricingPage(0.1632) },
  'r7g.xlarge': { vcpus: 4, memoryGib: 32, hourlyUsd: fromSample(0.214) },
} as const satisfies Record<string, ManagedInstanceType>;

export type ManagedInstanceTypeName = keyof typeof managedInstanceTypes;

/**
 * How many requests one execution environment takes at once, per vCPU, by default. Lambda caps it
 * per runtime; a CPU-bound function saturates long before the cap.
 */
export const managedInstancesConcurrencyPerVcpu = sourced(
  { nodejs: 64, python: 16, java: 32, dotnet: 32 },
  'concurrent requests per vCPU (default maximum)',
  SAMPLE_CALCULATOR,
  asOf,
  'AWS\'s sample calculator ("Each Lambda runtime has a maximum concurrent executions per vCPU") and Eric Johnson\'s Managed ' +
    'Instances post (edjgeek.com, 2026) agree. Each environment needs at least 2,048 MB; Lambda reserves 1 vCPU and 1 GB of ' +
    'each instance for the operating system (same sample). Not confirmed on the Developer Guide itself.',
);
