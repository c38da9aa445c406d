import { sourced } from '../data/sourced';
import { LAMBDA_PRICING_PAGE } from './aws-lambda';

/**
 * Provisioned mode for event source mappings: dedicated event pollers, billed in Event Poller
 * Units (EPU) by the hour. For SQS one EPU is one poller (up to 1 MB/s, up to 10 concurrent
 * invocations); every SQS mapping in provisioned mode pays for at least 2. The scaling rules are
 * in lib/data/invocation-paths.ts (sqsEventSourceScaling.provisionedPollers).
 */
const asOf = '2026-12-08';
const PRICING_COPY = 'Read from a stored copy of the pricing page, whose "Pricing Example 2" (SQS) uses it: 8,000 EPU-hours x $0.00925 = $74.';

export const eventPollerPricing = {
  sqsEpuHourUsd: sourced(0.00925, 'USD per EPU-hour (SQS, us-east-1)', LAMBDA_PRICING_PAGE, asOf, `Billed per second with a one-minute minimum. ${PRICING_COPY}`),
  kafkaEpuHourUsd: sourced(
    0.185,
    'USD per EPU-hour (Amazon MSK and self-managed Kafka, us-east-1)',
    LAMBDA_PRICING_PAGE,
    asOf,
    'One Kafka EPU holds up to 10 pollers and 20 MB/s. From the page\'s Kafka examples (800 EPU-hours = $148).',
  ),
  sqsMinimumPollers: sourced(2, 'event pollers per SQS mapping in provisioned mode', LAMBDA_PRICING_PAGE, asOf, `"Each SQS ESM requires a minimum of 2 event pollers." ${PRICING_COPY}`),
} as const;
