import { sourced, type Source } from '../data/sourced';

/**
 * Application Load Balancer prices, us-east-1: what an EC2 fleet or a Fargate service pays to
 * receive HTTP traffic the way a function URL or API Gateway does for Lambda. The bill from
 * traffic is worked out in ./alb-bill.ts.
 */
export const ELB_PRICING_PAGE: Source = {
  title: 'Elastic Load Balancing pricing',
  url: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
};

const asOf = '2026-12-08';
const HOW_CHECKED =
  'The page draws its rate table by script; the figure is the one its US East worked example uses, as transcribed ' +
  'verbatim on 2026-09-20 (api-evangelist/amazon-elastic-load-balancing, plans file). Not read first-hand.';

/** One Load Balancer Capacity Unit: the most of each dimension an hour may use for one LCU-hour. */
export interface LcuDimensions {
  newConnectionsPerSecond: number;
  activeConnectionsPerMinute: number;
  /** GB processed (requests and responses) per hour, for EC2 instances, containers and IP targets. */
  processedGbPerHourInstances: number;
  /** The same for Lambda targets (an ALB in front of a function). */
  processedGbPerHourLambda: number;
  ruleEvaluationsPerSecond: number;
  /** Rule evaluations are counted beyond this many rules per request. */
  freeRulesPerRequest: number;
}

export const albPricing = {
  hourlyUsd: sourced(0.0225, 'USD per Application Load Balancer-hour (or partial hour)', ELB_PRICING_PAGE, asOf, HOW_CHECKED),
  lcuHourUsd: sourced(0.008, 'USD per LCU-hour', ELB_PRICING_PAGE, asOf, HOW_CHECKED),
  lcu: sourced<LcuDimensions>(
    {
      newConnectionsPerSecond: 25,
      activeConnectionsPerMinute: 3000,
      processedGbPerHourInstances: 1,
      processedGbPerHourLambda: 0.4,
      ruleEvaluationsPerSecond: 1000,
      freeRulesPerRequest: 10,
    },
    'per LCU (the hour is billed on the dimension that uses the most)',
    ELB_PRICING_PAGE,
    asOf,
    `${HOW_CHECKED} Active connections are 1,500 a minute with mutual TLS. "Rule evaluations = request rate x (rules ` +
      'processed - 10 free rules)". The AWS Free Tier (750 hours and 15 LCUs a month for new accounts) is not applied.',
  ),
} as const;
