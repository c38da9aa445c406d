import { sourced, type Source, type Sourced } from '../data/sourced';
import { LAMBDA_PRICING_PAGE } from './aws-lambda';

/**
 * Lambda Managed Instances (re:Invent 2025): functions run on EC2 instances Lambda manages in your
 * account, many requests per execution environment. The bill is the EC2 instances Lambda runs for
 * you, at EC2 prices (which Savings Plans and Reserved Instances discount), a management fee on the
 * instances' on-demand price (which nothing discounts), and a request charge. There is no
 * GB-second duration charge, and the instances run whether or not requests arrive (at least three
 * execution environments by default, lib/data/compute-models.ts). The bills: ./managed-instances-bill.ts.
 */
const asOf = '2026-12-08';
const TRANSCRIBED =
  'The page\'s rate tables are drawn by script; the figure is stated in its Managed Instances section as transcribed verbatim by a third-party harvest of the page (2026-09-20) and by AWS\'s own Managed Instances agent skill.';
const PRICING_COPY =
  'Also read from a stored copy of the pricing page (a transcription in a public repository, after the December 2025 rewrite), ' +
  'whose "Pricing Example: High-throughput API service" uses it.';
const BEST_PRACTICES_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Best practices for Lambda Managed Instances',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html',
};
const SAMPLE_CALCULATOR: Source = {
  title: 'aws-samples/sample-aws-lambda-managed-instances: LMI cost calculator methodology (March 2026)',
  url: 'https://github.com/aws-samples/sample-aws-lambda-managed-instances/blob/main/tools/pricing-calculator/docs/CALCULATOR_METHODOLOGY.md',
};

export const managedInstancesPricing = {
  managementFeePercent: sourced(
    15,
    'percent on top of the EC2 on-demand price of each instance',
    LAMBDA_PRICING_PAGE,
    asOf,
    'Charged for Lambda provisioning, patching and scaling the instances. Savings Plans and Reserved Instances discount the EC2 ' +
      `part, not the fee (the page's example: $0.1632 x 0.15 = $0.02448 an hour under a Savings Plan). ${TRANSCRIBED} ${PRICING_COPY}`,
  ),
  requestPricePerMillion: sourced(0.2, 'USD per million requests', LAMBDA_PRICING_PAGE, asOf, `The same request price as Event Functions. ${TRANSCRIBED}`),
  minimumInstances: sourced(
    3,
    'instances kept running by default (one per Availability Zone)',
    BEST_PRACTICES_PAGE,
    asOf,
    '"Lambda launches three instances by default for AZ resiliency." With the default three execution environments ' +
      '(managedInstances.minExecutionEnvironments in lib/data/compute-models.ts) spread over three zones, the capacity ' +
      'provider keeps three instances running whether requests arrive or not. AWS\'s sample calculator uses the same minimum.',
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

/** The .xlarge Graviton types the Managed Instances examples use (the cost explorer's EC2 menu holds the smaller ones). */
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
    'Instances post (edjgeek.com, 2026) agree. Lambda reserves 1 vCPU and 1 GB of each instance for the operating system ' +
    '(same sample). Not confirmed on the Developer Guide itself.',
);
