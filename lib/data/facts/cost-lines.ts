import { CLOUDWATCH_PRICING_PAGE, cloudWatchLogsPricing, lambdaLogsIngestionMonthly } from '../../pricing/aws-cloudwatch-logs';
import { dataTransferPricing, internetDataTransferMonthly } from '../../pricing/aws-data-transfer';
import { managedInstancesPricing } from '../../pricing/aws-lambda-managed-instances';
import { managedInstancesMonthlyBill } from '../../pricing/managed-instances-bill';
import { LAMBDA_PRICING_PAGE } from '../../pricing/aws-lambda';
import { messagingPricing } from '../../pricing/aws-messaging';
import { EC2_ON_DEMAND_PAGE, ec2Instances } from '../../pricing/aws-ec2';
import { commitmentBreakEvenUtilisation, SAVINGS_PLANS_PAGE, savingsPlans } from '../../pricing/aws-savings-plans';
import { formatUsd } from '../../pricing/format';
import { lambdaMonthlyBill } from '../../pricing/lambda-cost';
import { HOURS_PER_MONTH } from '../../pricing/month';
import { sourced, type Source, type Sourced } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * The cost lesson's newer lines (lesson 7): Savings Plans and the commitment crossover, CloudWatch
 * Logs and data transfer as line items, and a Managed Instances bill. Worked examples are COMPUTED
 * from lib/pricing with the same functions the lesson describes, attributed to the price page
 * they rest on; the note gives the inputs.
 */
const asOf = '2026-12-08';
const computed = <T>(value: T, unit: string, how: string, source: Source): Sourced<T> =>
  sourced(value, unit, source, asOf, `Computed from lib/pricing (us-east-1, no free tier unless said): ${how}`);
const usd = (x: number) => formatUsd(x);
const pct = (share: number) => `${Math.round(share * 100)}%`;
const perMillion = (p: number) => `$${p.toFixed(2)} per million`;

/** The worked example: 10 million invocations a month of the 512 MB, 200 ms function. */
const EXAMPLE = { requests: 10e6, memoryMb: 512, durationMs: 200 } as const;
/** One 1 KB log line per invocation, and a 50 KB response sent to the internet for each. */
const LOG_KB_PER_CALL = 1;
const RESPONSE_KB_PER_CALL = 50;
const exampleLambda = lambdaMonthlyBill({ ...EXAMPLE, arch: 'x86', freeTier: false }).total;
const logGb = (EXAMPLE.requests * LOG_KB_PER_CALL) / 1024 / 1024;
const transferGb = (EXAMPLE.requests * RESPONSE_KB_PER_CALL) / 1024 / 1024;

const t3MediumMonth = ec2Instances['t3.medium'].hourlyUsd.value * HOURS_PER_MONTH;
const ec2Discount = savingsPlans.ec2InstanceMaxPercent.value;
const t3MediumCommitted = t3MediumMonth * commitmentBreakEvenUtilisation(ec2Discount);

/** The worked example's crossover with one t3.medium, on demand and committed at the deepest discount. */
const perRequest = exampleLambda / EXAMPLE.requests;
const crossoverOnDemand = t3MediumMonth / perRequest;
const crossoverCommitted = t3MediumCommitted / perRequest;
const millions = (r: number) => `${n(Math.round(r / 1e6))} million`;

/** The smallest Managed Instances fleet: three m7g.large, all month, with 10 million requests. */
const miExample = managedInstancesMonthlyBill({ instanceType: 'm7g.large', instances: 3, requests: EXAMPLE.requests });

export const costLineFacts = {
  // Savings Plans
  'savingsPlans.ec2Max': entry(savingsPlans.ec2InstanceMaxPercent, (p) => `${p}%`),
  'savingsPlans.computeMax': entry(savingsPlans.computeMaxPercent, (p) => `${p}%`),
  'savingsPlans.lambdaMax': entry(savingsPlans.lambdaMaxPercent, (p) => `${p}%`),
  'savingsPlans.ec2BreakEven': entry(
    computed(commitmentBreakEvenUtilisation(ec2Discount), 'share of the time the committed capacity must be busy', 'break-even = 1 - the EC2 Instance Savings Plans ceiling', SAVINGS_PLANS_PAGE),
    pct,
  ),
  'savingsPlans.lambdaBreakEven': entry(
    computed(commitmentBreakEvenUtilisation(savingsPlans.lambdaMaxPercent.value), 'share of the committed spend that must be used', 'break-even = 1 - the Lambda ceiling', SAVINGS_PLANS_PAGE),
    pct,
  ),
  'savingsPlans.t3MediumCommitted': entry(
    computed(t3MediumCommitted, 'USD a month', `one t3.medium x 730 h at ${ec2Discount}% off`, EC2_ON_DEMAND_PAGE),
    usd,
  ),

  'savingsPlans.crossoverOnDemand': entry(
    computed(crossoverOnDemand, 'requests a month', 'one on-demand t3.medium / the 512 MB, 200 ms function\'s cost per request', EC2_ON_DEMAND_PAGE),
    millions,
  ),
  'savingsPlans.crossoverCommitted': entry(
    computed(crossoverCommitted, 'requests a month', `one t3.medium at ${ec2Discount}% off / the same cost per request`, SAVINGS_PLANS_PAGE),
    millions,
  ),

  // CloudWatch Logs
  'logs.ingestPrice': entry(cloudWatchLogsPricing.lambdaIngestionTiers, (t) => `$${t[0]!.price.toFixed(2)} per GB`),
  'logs.storagePrice': entry(cloudWatchLogsPricing.storagePerGbMonth, (p) => `$${p.toFixed(2)} per GB-month`),
  'logs.example.gb': entry(computed(logGb, 'GB a month', '10 million invocations x 1 KB of log each', CLOUDWATCH_PRICING_PAGE), (g) => `about ${n(Math.round(g))} GB`),
  'logs.example.cost': entry(computed(lambdaLogsIngestionMonthly(logGb), 'USD a month', 'that volume at the first ingestion tier', CLOUDWATCH_PRICING_PAGE), usd),

  // Data transfer
  'transfer.price': entry(dataTransferPricing.internetOutTiers, (t) => `$${t[1]!.price.toFixed(2)} per GB`),
  'transfer.freeGb': entry(dataTransferPricing.internetOutTiers, (t) => `${n(t[0]!.upTo)} GB`),
  'transfer.example.gb': entry(computed(transferGb, 'GB a month', '10 million responses x 50 KB', EC2_ON_DEMAND_PAGE), (g) => `about ${n(Math.round(g))} GB`),
  'transfer.example.cost': entry(computed(internetDataTransferMonthly(transferGb), 'USD a month', 'that volume, first 100 GB free', EC2_ON_DEMAND_PAGE), usd),
  'cost.example.lambdaOnly': entry(computed(exampleLambda, 'USD a month', '10 million calls at 512 MB and 200 ms, requests and duration', LAMBDA_PRICING_PAGE), usd),

  // Managed Instances
  'managedInstances.fee': entry(managedInstancesPricing.managementFeePercent, (p) => `${p}%`),
  'managedInstances.requestPrice': entry(managedInstancesPricing.requestPricePerMillion, perMillion),
  'managedInstances.example.ec2': entry(computed(miExample.ec2, 'USD a month', 'three m7g.large x 730 h on demand', EC2_ON_DEMAND_PAGE), usd),
  'managedInstances.example.fee': entry(computed(miExample.managementFee, 'USD a month', '15% of the EC2 charge', LAMBDA_PRICING_PAGE), usd),
  'managedInstances.example.requests': entry(computed(miExample.requestCharge, 'USD a month', '10 million requests', LAMBDA_PRICING_PAGE), usd),
  'managedInstances.example.total': entry(computed(miExample.total, 'USD a month', 'three m7g.large, fee and 10 million requests', LAMBDA_PRICING_PAGE), usd),
  'ec2.m7glarge.hourly': entry(ec2Instances['m7g.large'].hourlyUsd, (p) => `$${p} an hour`),

  // Messaging prices (lesson 3's decision table)
  'sqs.requestPrice': entry(messagingPricing.sqsStandardPerMillion, perMillion),
  'sns.publishPrice': entry(messagingPricing.snsPublishPerMillion, perMillion),
  'eventBridge.eventPrice': entry(messagingPricing.eventBridgeEventsPerMillion, perMillion),
  'kinesis.shardHourPrice': entry(messagingPricing.kinesisShardHour, (p) => `$${p.toFixed(3)} per shard-hour`),
} satisfies Record<string, FactEntry>;
