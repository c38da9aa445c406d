import { sourced, type Source } from '../data/sourced';
import type { Tier } from './tiered-price';

/**
 * CloudWatch Logs ingestion, us-east-1, Standard log class: often a larger line than the compute
 * it logs. Since 1 May 2025 logs that Lambda functions send are priced as vended logs, with
 * volume tiers; logs an EC2 instance or a Fargate task sends with the agent or the awslogs driver
 * stay at the flat custom-log price. Storage ($0.03 per GB-month) and queries are not modelled.
 */
export const CLOUDWATCH_PRICING_PAGE: Source = {
  title: 'Amazon CloudWatch pricing',
  url: 'https://aws.amazon.com/cloudwatch/pricing/',
};
/** The AWS announcement was not among the stored copies; this post works through it. */
const LAMBDA_LOGS_POST: Source = {
  title: 'Duckbill Group: blog post on the tiered pricing of Lambda logs in CloudWatch from 1 May 2025 (stored copy)',
  url: 'https://www.duckbillgroup.com/?p=9080',
};

const asOf = '2026-12-08';

export const cloudWatchLogsPricing = {
  customLogsIngestionPerGb: sourced(
    0.5,
    'USD per GB ingested (Standard log class)',
    CLOUDWATCH_PRICING_PAGE,
    asOf,
    'The flat price for logs an application sends itself (the CloudWatch agent on EC2, the awslogs driver on Fargate). ' +
      'Confirmed through third-party summaries that quote it, including one that calls it "the old CloudWatch Logs flat rate ' +
      `($0.50 per GB for Standard Logs in us-east-1)" (${LAMBDA_LOGS_POST.url}); the page itself draws its table by script.`,
  ),
  lambdaLogTiers: sourced<Tier[]>(
    [
      { upTo: 10_000, price: 0.5 },
      { upTo: 30_000, price: 0.25 },
      { upTo: 50_000, price: 0.1 },
      { upTo: Infinity, price: 0.05 },
    ],
    'USD per GB ingested; upTo is cumulative GB ingested a month (Lambda logs, Standard class)',
    LAMBDA_LOGS_POST,
    asOf,
    'Vended-log tiers since 1 May 2025: first 10 TB $0.50, next 20 TB $0.25, next 20 TB $0.10, over 50 TB $0.05. UNCONFIRMED on ' +
      'the AWS page: reconstructed from the Duckbill Group\'s worked figure (60 TB a month falls from $30,000 to $12,500, ' +
      'which these tiers give exactly with 1 TB = 1,000 GB) and the "first tier is priced the same as the old flat rate". ' +
      'Per account and Region; the tiers are shared with other vended logs.',
  ),
} as const;
