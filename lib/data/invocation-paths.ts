import { asyncInvocation, callersAndDownstream, sqsEventSource } from './lambda-limits';
import { sourced, type Source } from './sourced';

/**
 * The platform rules behind the failure paths issue 12 adds to the concurrency simulator: the
 * request rate one environment may take, how Lambda retries a throttled asynchronous event, how
 * the SQS event source scales and what a throttled receive costs, and how RDS Proxy makes callers
 * wait. Figures the concurrency simulator already used stay in ./lambda-limits.ts and are pointed
 * at from here. The rules that apply them live in lib/sim/rules/.
 */
const asOf = '2026-12-08';

const SCALING_BEHAVIOR_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Lambda scaling behavior',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
};
const ASYNC_ERRORS_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: How Lambda handles errors and retries with asynchronous invocation',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
};
const SQS_SCALING_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Configuring scaling behavior for SQS event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
};
const SQS_CONFIGURE_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Creating and configuring an Amazon SQS event source mapping',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
};
const MAX_CONCURRENCY_POST: Source = {
  title: 'AWS Compute Blog: Introducing maximum concurrency of AWS Lambda functions when using Amazon SQS as an event source (January 2023)',
  url: 'https://aws.amazon.com/blogs/compute/introducing-maximum-concurrency-of-aws-lambda-functions-when-using-amazon-sqs-as-an-event-source/',
};
const RDS_PROXY_POOL_API: Source = {
  title: 'Amazon RDS API Reference: ConnectionPoolConfiguration',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ConnectionPoolConfiguration.html',
};
const LAMBDA_PRICING_PAGE: Source = { title: 'AWS Lambda pricing', url: 'https://aws.amazon.com/lambda/pricing/' };

/** How many requests a second one execution environment may take. */
export const requestsPerSecondPerEnvironment = sourced(
  10,
  'requests per second per execution environment',
  SCALING_BEHAVIOR_PAGE,
  asOf,
  'The scaling page equates 1,000 execution environments with 10,000 requests per second ("1,000 execution environment ' +
    'instances every 10 seconds (or 10,000 requests per second every 10 seconds)"), so a function with N environments may ' +
    'take at most 10 x N requests a second. It matters only for handlers shorter than 100 ms, where Little\'s law alone ' +
    'would ask for fewer environments. The concurrency page\'s own wording of the rule was not re-read for this file.',
);

/** How Lambda retries an asynchronous event it could not run for lack of concurrency. */
export const asyncThrottleRetry = {
  /** The first retry waits this long; the wait then grows exponentially to the cap. */
  firstDelaySeconds: sourced(
    asyncInvocation.throttleBackoffSeconds.value.min,
    's before the first retry of a throttled event',
    ASYNC_ERRORS_PAGE,
    asOf,
    '"The retry interval increases exponentially from 1 second after the first attempt to a maximum of 5 minutes." The same ' +
      'applies to system errors (500-series). Function errors follow a different rule (1 then 2 minutes, at most 2 retries).',
  ),
  maxDelaySeconds: sourced(
    asyncInvocation.throttleBackoffSeconds.value.max,
    's, the longest wait between retries of a throttled event',
    ASYNC_ERRORS_PAGE,
    asOf,
    'Retries continue until the event reaches its maximum age (6 hours by default, 60 s to 6 hours configurable); then it goes to ' +
      'the on-failure destination or dead-letter queue if one is set, or is dropped. "If the queue contains many entries, ' +
      'Lambda increases the retry interval and reduces the rate at which it reads events from the queue."',
  ),
  growthFactor: sourced(
    2,
    'times longer each retry',
    ASYNC_ERRORS_PAGE,
    asOf,
    'COURSE CHOICE: AWS says the interval "increases exponentially" but not by how much. Doubling reaches the 5-minute cap ' +
      'after 9 retries (256 s, then 300 s), about 8.5 minutes after the first attempt.',
  ),
  maxEventAgeSeconds: asyncInvocation.maxEventAgeRangeSeconds,
} as const;

/** The SQS event source mapping (standard queues): the scaling figures added since lambda-limits.ts was written. */
export const sqsEventSourceScaling = {
  maxConcurrentInvokesPerMapping: sourced(
    1250,
    'concurrent invocations per event source mapping',
    SQS_SCALING_PAGE,
    asOf,
    'The current page (read in a stored translated copy): an event source mapping processes at most 1,250 invocations at ' +
      'once, and by default Lambda scales to at most 1,250 concurrent instances for one SQS mapping unless support raises it. Older copies ' +
      `said 1,000 batches; lambda-limits.ts still holds 1,000 (${sqsEventSource.maxConcurrentBatches.value}), which the concurrency ` +
      'simulator uses until it is rewired. MaximumConcurrency itself still accepts 2 to 1,000.',
  ),
  maximumConcurrencyRange: sqsEventSource.maximumConcurrencyRange,
  /** Provisioned mode: dedicated event pollers with a minimum and a maximum (ProvisionedPollerConfig). */
  provisionedPollers: sourced(
    { minPollersPerMapping: 2, concurrentInvokesPerPoller: 10, mbPerSecondPerPoller: 1, scaleUpInvokesPerMinute: 1000 },
    'event pollers (provisioned mode, SQS)',
    SQS_SCALING_PAGE,
    asOf,
    'Each poller handles up to 1 MB/s, up to 10 concurrent invocations, or 10 SQS polling calls a second; Lambda scales the ' +
      'pollers between your minimum and maximum, adding up to 1,000 concurrent invocations a minute ("3 times faster"). Each ' +
      'SQS mapping needs at least 2 pollers (pricing page). Provisioned mode and MaximumConcurrency are mutually exclusive. ' +
      `Price per poller-hour: lib/pricing/aws-lambda-event-pollers.ts (${LAMBDA_PRICING_PAGE.url}).`,
  ),
  /** A batch the function is throttled on still counts as a receive: the classic way messages reach the DLQ. */
  throttledReceivesCount: sourced(
    true,
    'whether a throttled receive counts toward maxReceiveCount',
    MAX_CONCURRENCY_POST,
    asOf,
    'The event source mapping receives a batch from SQS before it invokes the function; if the invoke is throttled the batch ' +
      'goes back to the queue after the visibility timeout with its receive count raised, and after maxReceiveCount receives ' +
      'the redrive policy moves it to the dead-letter queue. AWS: event source mappings "don\'t account for reserved ' +
      'concurrency and can process more messages off your queue than can be sent to your function" (re:Post Knowledge ' +
      'Center, lambda-sqs-scaling); MaximumConcurrency (2023) stops the mapping from reading more than it can invoke. ' +
      `Also: ${SQS_CONFIGURE_PAGE.url} (a visibility timeout of six times the function timeout "allows Lambda to retry if your ` +
      'function is throttled"). Zac Charles described the effect as "SQS overpull" in 2019.',
  ),
  maxReceiveCountRange: sqsEventSource.maxReceiveCountRange,
} as const;

/** RDS Proxy: what happens to a caller when every pooled connection is busy. */
export const rdsProxyBorrow = {
  timeoutDefaultSeconds: callersAndDownstream.rdsProxyBorrowTimeoutDefaultSeconds,
  timeoutMaxSeconds: sourced(
    300,
    's, the longest ConnectionBorrowTimeout',
    RDS_PROXY_POOL_API,
    asOf,
    'ConnectionBorrowTimeout: "Default: 120. Constraints: Must be between 0 and 300" (SDK copies of the API reference, and an ' +
      'AWS answer on re:Post: "default 2 minutes ... a maximum of 5 minutes"). The CDK documents 1 s to 1 hour: not followed here. ' +
      'A caller waits up to this long for a free pooled connection; past it the proxy drops the request.',
  ),
} as const;
