import { sourced, type Source } from './sourced';

/**
 * How event sources fail, retry, order and keep messages: the figures behind the messaging
 * decision table (lesson 3) and event source mapping failure handling (lesson 8). Lambda's own
 * asynchronous retry rules and the SQS scaling figures live in ./lambda-limits.ts.
 *
 * Checked 2026-12-08 against stored copies of the pages named.
 */
const asOf = '2026-12-08';

const ESM_STREAMS: Source = {
  title: 'AWS Lambda Developer Guide: Configuring error handling for Kinesis and DynamoDB Streams event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html',
};
const ESM_API: Source = {
  title: 'AWS Lambda API Reference: CreateEventSourceMapping',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
};
const RECURSION_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Use Lambda recursive loop detection to prevent infinite loops',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
};
const SQS_QUOTAS: Source = {
  title: 'Amazon SQS Developer Guide: Amazon SQS message quotas',
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
};
const KINESIS_RETENTION: Source = {
  title: 'Amazon Kinesis Data Streams Developer Guide: Change the data retention period',
  url: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
};
const DYNAMODB_STREAMS: Source = {
  title: 'Amazon DynamoDB Developer Guide: Change data capture for DynamoDB Streams',
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
};
const EVENTBRIDGE_RETRY: Source = {
  title: 'Amazon EventBridge User Guide: How EventBridge retries delivering events',
  url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html',
};
const SNS_RETRY: Source = {
  title: 'Amazon SNS Developer Guide: Amazon SNS message delivery retries',
  url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html',
};

/** Stream event source mappings (Kinesis, DynamoDB Streams): what stops a poison record. */
export const streamMappingSettings = {
  maxRetryAttempts: sourced(
    10_000,
    'retries of a failed batch, at most (MaximumRetryAttempts)',
    ESM_API,
    asOf,
    'Range -1 to 10,000. The default, -1, retries until the record expires from the stream, holding up its shard the whole time.',
  ),
  maxRecordAgeSeconds: sourced(
    604_800,
    's (seven days), the largest MaximumRecordAgeInSeconds you can set',
    ESM_API,
    asOf,
    'Range 60 to 604,800, or -1 (the default): never discard a record for its age; it stays until the stream\'s own retention drops it.',
  ),
  parallelizationFactorMax: sourced(
    10,
    'concurrent batches per shard, at most (ParallelizationFactor)',
    ESM_API,
    asOf,
    'Default 1. Records with the same partition key still go to the same batch in order; more batches per shard means more throughput, not lost ordering per key.',
  ),
  bisectOnError: sourced(
    true,
    'BisectBatchOnFunctionError: split a failing batch in two and retry each half',
    ESM_STREAMS,
    asOf,
    'Repeated splitting isolates the bad record. Records that exhaust their retries or their age go to the on-failure destination: an SQS queue or SNS topic receives metadata (shard and sequence numbers), so the records must be read back from the stream while it still holds them; an S3 destination also keeps the batch.',
  ),
} as const;

/** How long each service keeps a message or record that nobody has consumed. */
export const retention = {
  sqsMaxDays: sourced(14, 'days, the longest SQS keeps a message (MessageRetentionPeriod)', SQS_QUOTAS, asOf, 'Default 4 days, minimum 60 s.'),
  sqsDefaultDays: sourced(4, 'days, how long SQS keeps a message by default', SQS_QUOTAS, asOf),
  kinesisDefaultHours: sourced(24, 'hours, a Kinesis data stream\'s default retention', KINESIS_RETENTION, asOf, 'Extended retention costs extra.'),
  kinesisMaxDays: sourced(365, 'days, the longest a Kinesis data stream can keep records', KINESIS_RETENTION, asOf, '8,760 hours, with long-term retention.'),
  dynamoStreamsHours: sourced(24, 'hours a DynamoDB Streams record is kept (fixed)', DYNAMODB_STREAMS, asOf, 'Each record appears once, in order per item. A consumer that falls more than a day behind loses records (TrimmedDataAccessException).'),
} as const;

/** Retries the push services make before a subscriber's dead-letter queue is the last resort. */
export const pushRetries = {
  eventBridgeRetryHours: sourced(
    24,
    'hours EventBridge keeps retrying delivery to a rule\'s target by default',
    EVENTBRIDGE_RETRY,
    asOf,
    'Up to 185 attempts with exponential back-off and jitter, then the event is dropped unless the target has a dead-letter queue. The newer Custom Event Bus (2026) defaults to 5 attempts or 300 s instead, configurable up to 185 and 24 h.',
  ),
  eventBridgeRetryAttempts: sourced(185, 'delivery attempts, at most, for a classic EventBridge rule target', EVENTBRIDGE_RETRY, asOf),
  snsManagedEndpointRetryDays: sourced(
    23,
    'days SNS keeps retrying delivery to SQS or Lambda subscribers after server-side errors',
    SNS_RETRY,
    asOf,
    'Up to 100,015 attempts. HTTP, email and SMS subscribers get 50 attempts over 6 hours. Client-side errors (a deleted queue, missing permission) are not retried; a subscription dead-letter queue catches them.',
  ),
} as const;

export const recursiveLoopDetection = sourced(
  16,
  'times one chain of events may pass through Lambda before the loop is stopped',
  RECURSION_PAGE,
  asOf,
  'Lambda tags events with tracing metadata; when the same chain has invoked a function about 16 times through SQS, SNS, S3 or Lambda itself, Lambda stops the invocation and notifies you (a function can opt out). Announced July 2023; the count is from the guide and matches reports of loops stopping at the 16th call.',
);
