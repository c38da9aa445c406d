import { sourced, type Source } from '../data/sourced';

/**
 * What each messaging service charges, for the decision table in lesson 3. us-east-1. The
 * units differ (requests, published messages, events, shard-hours), which is half the lesson.
 */
const asOf = '2026-12-08';
const SQS_PRICING: Source = { title: 'Amazon SQS pricing', url: 'https://aws.amazon.com/sqs/pricing/' };
const SNS_PRICING: Source = { title: 'Amazon SNS pricing', url: 'https://aws.amazon.com/sns/pricing/' };
const EVENTBRIDGE_PRICING: Source = { title: 'Amazon EventBridge pricing', url: 'https://aws.amazon.com/eventbridge/pricing/' };
const KINESIS_PRICING: Source = { title: 'Amazon Kinesis Data Streams pricing', url: 'https://aws.amazon.com/kinesis/data-streams/pricing/' };
const HOW = 'From the course reference list and transcriptions of the pricing page (tables drawn by script); not read first-hand.';

export const messagingPricing = {
  sqsStandardPerMillion: sourced(0.4, 'USD per million requests (standard queue)', SQS_PRICING, asOf, `After the first million a month; FIFO queues $0.50. Each 64 KB chunk of a payload counts as one request. ${HOW}`),
  snsPublishPerMillion: sourced(0.5, 'USD per million messages published (standard topic)', SNS_PRICING, asOf, `After the first million a month. Deliveries to SQS and Lambda subscribers are not charged. ${HOW}`),
  eventBridgeEventsPerMillion: sourced(1.0, 'USD per million custom events published to an event bus', EVENTBRIDGE_PRICING, asOf, `Each 64 KB chunk counts as one event. Events from AWS services to the default bus are free. ${HOW}`),
  kinesisShardHour: sourced(0.015, 'USD per shard-hour (provisioned mode)', KINESIS_PRICING, asOf, `Paid whether or not records flow, plus $0.014 per million 25 KB PUT payload units. On-demand mode bills per GB instead, with an hourly stream charge. ${HOW}`),
} as const;
