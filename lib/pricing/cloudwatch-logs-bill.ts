import { cloudWatchLogsPricing, lambdaLogsIngestionMonthly } from './aws-cloudwatch-logs';

/**
 * The CloudWatch Logs line of a month's bill, from what the function (or the servers) write per
 * request: Lambda's own logs take the vended-log volume tiers, logs an EC2 instance or a Fargate
 * task ships take the flat $0.50 per GB, so the cost explorer can put the same line under every
 * option. Ingestion only; storage and queries are left out. Prices: ./aws-cloudwatch-logs.ts.
 */

/** GB ingested for `requests` that each log `kbPerRequest` (1 GB = 1,024 x 1,024 KB, as Lambda's page counts memory). */
export function logGbIngested(requests: number, kbPerRequest: number): number {
  return (Math.max(0, requests) * Math.max(0, kbPerRequest)) / (1024 * 1024);
}

/** Lambda logs in CloudWatch, tiered by the month's volume. */
export function lambdaLogsMonthlyCost(requests: number, kbPerRequest: number): number {
  return lambdaLogsIngestionMonthly(logGbIngested(requests, kbPerRequest));
}

/** Logs an application on EC2 or Fargate sends itself: the flat Standard-class price. */
export function serverLogsMonthlyCost(requests: number, kbPerRequest: number): number {
  return logGbIngested(requests, kbPerRequest) * cloudWatchLogsPricing.customLogsIngestionPerGb.value;
}
