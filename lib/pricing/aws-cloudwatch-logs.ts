import { sourced, type Source } from '../data/sourced';
import { tieredCost, type Tier } from './tiered-price';

/**
 * CloudWatch Logs, the line item that surprises serverless bills: every `console.log` a function
 * writes is ingested at a price per GB, and kept (and billed) until a retention period removes it.
 * us-east-1, Standard log class. Since May 2025 the logs Lambda functions send are priced as vended
 * logs, in volume tiers; logs an EC2 instance or a Fargate task ships with the agent or the awslogs
 * driver stay at the flat custom-log price. The per-request bill is in ./cloudwatch-logs-bill.ts.
 */
export const CLOUDWATCH_PRICING_PAGE: Source = { title: 'Amazon CloudWatch pricing', url: 'https://aws.amazon.com/cloudwatch/pricing/' };
const asOf = '2026-12-08';
const SECONDARY =
  'The page draws its tables by script; figures from several 2025-2026 transcriptions of the page (Duckbill Group, cost-tool vendors) that agree, not read first-hand.';

export const cloudWatchLogsPricing = {
  /**
   * Lambda's own logs ("vended" logs) are priced in volume tiers since May 2025; the first tier is
   * the flat price every other log group pays. Cumulative GB a month.
   */
  lambdaIngestionTiers: sourced<Tier[]>(
    [
      { upTo: 10_240, price: 0.5 },
      { upTo: 30_720, price: 0.25 },
      { upTo: 51_200, price: 0.1 },
      { upTo: Infinity, price: 0.05 },
    ],
    'USD per GB ingested, by monthly tier (Lambda logs, Standard class)',
    CLOUDWATCH_PRICING_PAGE,
    asOf,
    `First 10 TB at $0.50, next 20 TB at $0.25, next 20 TB at $0.10, above 50 TB $0.05 (1 TB = 1,024 GB, as AWS's price list counts ` +
      `tiers). Before May 2025 every GB cost $0.50, so 60 TB a month now costs well under half what it did (Duckbill Group, ` +
      `https://www.duckbillgroup.com/?p=9080: $30,000 down to $12,500, with 1 TB = 1,000 GB). ${SECONDARY}`,
  ),
  customLogsIngestionPerGb: sourced(
    0.5,
    'USD per GB ingested (Standard log class, logs an application sends itself)',
    CLOUDWATCH_PRICING_PAGE,
    asOf,
    'The flat price for logs from the CloudWatch agent on EC2 or the awslogs driver on Fargate: Lambda\'s first tier, which ' +
      `Duckbill calls "the old CloudWatch Logs flat rate ($0.50 per GB for Standard Logs in us-east-1)". ${SECONDARY}`,
  ),
  storagePerGbMonth: sourced(0.03, 'USD per GB-month stored (after compression)', CLOUDWATCH_PRICING_PAGE, asOf, `Log groups never expire by default, so set a retention period. ${SECONDARY}`),
  freeIngestionGb: sourced(5, 'GB of log ingestion free each month', CLOUDWATCH_PRICING_PAGE, asOf, `Shared with storage and Logs Insights in the CloudWatch free tier. ${SECONDARY}`),
} as const;

/** A month of Lambda log ingestion, free tier off (a busy account has used it up). */
export function lambdaLogsIngestionMonthly(gigabytes: number): number {
  return tieredCost(gigabytes, cloudWatchLogsPricing.lambdaIngestionTiers.value);
}
