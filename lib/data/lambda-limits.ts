import { sourced, type Source } from './sourced';

/**
 * The platform figures behind the concurrency-scaling simulator (lib/sim/concurrency.ts): how
 * much concurrency an account has, how fast one function may add execution environments, and
 * how the asynchronous queue and the SQS event source behave. Each is a `Sourced` value; the
 * `note` says how it was checked and what could not be confirmed.
 */
const asOf = '2026-11-22';

const SCALING_BEHAVIOR_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Lambda scaling behavior',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
};
const CONCURRENCY_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Understanding Lambda function scaling',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
};
const RESERVED_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Configuring reserved concurrency for a function',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
};
const SCALE_12X_POST: Source = {
  title: 'AWS News Blog: AWS Lambda functions now scale 12 times faster when handling high-volume requests',
  url: 'https://aws.amazon.com/blogs/aws/aws-lambda-functions-now-scale-12-times-faster-when-handling-high-volume-requests/',
};
const BURST_PAGE: Source = {
  title: 'AWS Lambda Developer Guide (before November 2023): Burst concurrency',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/burst-concurrency.html',
};
const ASYNC_ERRORS_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: How Lambda handles errors and retries with asynchronous invocation',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
};
const EVENT_INVOKE_CONFIG_API: Source = {
  title: 'AWS Lambda API Reference: FunctionEventInvokeConfig',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_FunctionEventInvokeConfig.html',
};
const SQS_SCALING_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Configuring scaling behavior for SQS event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
};
const SQS_PARAMETERS_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Lambda parameters for Amazon SQS event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html',
};
const SQS_VISIBILITY_PAGE: Source = {
  title: 'Amazon SQS Developer Guide: Amazon SQS visibility timeout',
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html',
};
const SQS_DLQ_PAGE: Source = {
  title: 'Amazon SQS Developer Guide: Using dead-letter queues in Amazon SQS',
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
};
const SDK_RETRY_PAGE: Source = {
  title: 'AWS SDKs and Tools Reference Guide: Retry behavior',
  url: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html',
};
const RDS_PROXY_POOL_API: Source = {
  title: 'Amazon RDS API Reference: ConnectionPoolConfiguration',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ConnectionPoolConfiguration.html',
};
const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime',
  url: 'https://maxday.github.io/lambda-perf/',
};

/** A documented range of allowed values, low to high, in `unit`. */
export interface Range {
  min: number;
  max: number;
}

/** Account and function concurrency. */
export const concurrencyLimits = {
  accountConcurrencyDefault: sourced(
    1000,
    'concurrent executions per Region',
    CONCURRENCY_PAGE,
    asOf,
    'A default quota shared by all functions in the Region; it can be raised, and new accounts may start lower.',
  ),
  unreservedMinimum: sourced(
    100,
    'concurrent executions',
    RESERVED_PAGE,
    asOf,
    'You can reserve up to the unreserved account concurrency minus 100. Confirmed through a re:Post answer quoting this page; the page itself was not read here. The simulator does not enforce it (it models one function alone in the account).',
  ),
} as const;

/** How fast one function may add execution environments. */
export const scalingRate = {
  environmentsPerWindow: sourced(
    1000,
    'new execution environments per function',
    SCALING_BEHAVIOR_PAGE,
    asOf,
    'Per function, per 10 seconds, up to the account limit. Lambda refills the rate continuously rather than in one step every 10 s, and unused rate does not accrue: at most 1,000 are available at any instant.',
  ),
  windowSeconds: sourced(10, 's', SCALING_BEHAVIOR_PAGE, asOf, 'The window in which up to 1,000 environments may be added.'),
  currentRuleSince: sourced(
    '2023-11',
    'year-month',
    SCALE_12X_POST,
    asOf,
    'Announced in the AWS News Blog during re:Invent 2023 ("12 times faster"); a mirror of the post is dated 27 November 2023, the exact day was not confirmed on the AWS page itself.',
  ),
  legacyBurstUsEast1: sourced(
    3000,
    'execution environments at once',
    BURST_PAGE,
    asOf,
    'Before November 2023: 3,000 in US East (N. Virginia), US West (Oregon) and Europe (Ireland); 1,000 in Tokyo, Frankfurt and Ohio; 500 elsewhere. Shared by every function in the account. Read from an archived copy of the page (the current URL now shows the new rule).',
  ),
  legacyBurstRange: sourced<Range>({ min: 500, max: 3000 }, 'execution environments', BURST_PAGE, asOf, 'Depending on the Region.'),
  legacyIncrementPerMinute: sourced(
    500,
    'execution environments per minute',
    SCALE_12X_POST,
    asOf,
    'After the initial burst, until the account limit. An AWS answer on re:Post describes it as a token bucket (burst-sized, refilled at 500 per minute), which is how the simulator models it.',
  ),
} as const;

/** Asynchronous invocation: Lambda's own queue, retries and dead-letter queue. */
export const asyncInvocation = {
  maxEventAgeDefaultSeconds: sourced(21_600, 's', ASYNC_ERRORS_PAGE, asOf, 'Six hours, the default and the maximum.'),
  maxEventAgeRangeSeconds: sourced<Range>({ min: 60, max: 21_600 }, 's', EVENT_INVOKE_CONFIG_API, asOf, 'MaximumEventAgeInSeconds.'),
  retryAttemptsDefault: sourced(2, 'retries on function errors', ASYNC_ERRORS_PAGE, asOf, 'Configurable from 0 to 2 (MaximumRetryAttempts).'),
  retryWaitsSeconds: sourced<readonly number[]>(
    [60, 120],
    's',
    ASYNC_ERRORS_PAGE,
    asOf,
    'One minute before the first retry and two minutes before the second, after a function error.',
  ),
  throttleBackoffSeconds: sourced<Range>(
    { min: 1, max: 300 },
    's',
    ASYNC_ERRORS_PAGE,
    asOf,
    'After a throttle (429) or system error, Lambda returns the event to its queue and retries with an interval growing from 1 s to 5 minutes, until the maximum event age. With a long queue it also reads from the queue more slowly; the simulator does not model that slowdown.',
  ),
} as const;

/** The SQS event source mapping (standard queues). */
export const sqsEventSource = {
  initialConcurrentBatches: sourced(5, 'concurrent batches', SQS_SCALING_PAGE, asOf, 'Lambda starts with five concurrent invocations when messages are available.'),
  scaleUpPerMinute: sourced(300, 'concurrent invocations per minute', SQS_SCALING_PAGE, asOf, 'Added while messages remain in the queue.'),
  maxConcurrentBatches: sourced(
    1250,
    'concurrent invocations per event source mapping (standard queues, by default)',
    SQS_SCALING_PAGE,
    '2026-12-08',
    'Corrected 2026-12-08 from 1,000: the Developer Guide now says Lambda "can scale to invoke up to 1,250 concurrent function instances" for an SQS event source mapping by default, and AWS support can raise it. Older copies of the page (and a re:Post article) say "the maximum number of batches ... is 1,000". The account\'s concurrency limit still applies. When traffic drops Lambda scales back to five (or as few as two) concurrent batches; how fast is not documented.',
  ),
  maximumConcurrencyRange: sourced<Range>({ min: 2, max: 1000 }, 'concurrent invocations', SQS_SCALING_PAGE, asOf, 'The ScalingConfig MaximumConcurrency setting of one event source mapping.'),
  batchSizeDefault: sourced(10, 'messages', SQS_PARAMETERS_PAGE, asOf, 'Standard queues allow up to 10,000 (more than 10 needs a batching window); FIFO queues up to 10.'),
  batchSizeMax: sourced(10_000, 'messages', SQS_PARAMETERS_PAGE, asOf),
  visibilityTimeoutDefaultSeconds: sourced(
    30,
    's',
    SQS_VISIBILITY_PAGE,
    asOf,
    'Range 0 s to 12 hours. Confirmed from SDK documentation of ChangeMessageVisibility; the guide page itself was not read here.',
  ),
  maxReceiveCountRange: sourced<Range>(
    { min: 1, max: 1000 },
    'receives',
    SQS_DLQ_PAGE,
    asOf,
    'The redrive policy has no default; the simulator uses 5. Third-party documentation says AWS recommends at least 5 for Lambda consumers; that recommendation was not confirmed on an AWS page.',
  ),
} as const;

/** Callers and downstream services. */
export const callersAndDownstream = {
  sdkMaxAttemptsStandard: sourced(
    3,
    'attempts (first call plus 2 retries)',
    SDK_RETRY_PAGE,
    asOf,
    'The AWS SDKs standard retry mode, with exponential backoff and jitter. The backoff base and cap (the simulator uses 100 ms and 20 s) were not confirmed.',
  ),
  rdsProxyBorrowTimeoutDefaultSeconds: sourced(
    120,
    's',
    RDS_PROXY_POOL_API,
    asOf,
    'How long RDS Proxy waits for a free pooled connection once it has opened its maximum; confirmed from SDK copies of the API reference.',
  ),
  coldStartDefaultMs: sourced(
    250,
    'ms',
    LAMBDA_PERF,
    asOf,
    'A course choice inside the 100 to 300 ms that hello-world Node.js and Python functions measure; real functions with dependencies take longer.',
  ),
} as const;
