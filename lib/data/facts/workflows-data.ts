import { asyncInvocation, sqsEventSource } from '../lambda-limits';
import { sourced, type Source } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted by lessons 8 to 10 (workflows and failures, data, observability).
 *
 * None of these values lived in lib/data or lib/pricing when the lessons were written, so each is
 * defined here as a Sourced value. Where another module is the natural owner, a TODO(merge) says
 * which: move the value there and point the entry at it, and every lesson follows.
 */
const asOf = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// AWS Step Functions
// TODO(merge): lib/pricing/aws-step-functions.ts (prices) and lib/data (workflow limits).
// ---------------------------------------------------------------------------------------------

const STEP_FUNCTIONS_PRICING: Source = { title: 'AWS Step Functions pricing', url: 'https://aws.amazon.com/step-functions/pricing/' };
const STEP_FUNCTIONS_TYPES: Source = {
  title: 'AWS Step Functions Developer Guide: Choosing workflow type in Step Functions',
  url: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html',
};
const STEP_FUNCTIONS_QUOTAS: Source = {
  title: 'AWS Step Functions Developer Guide: Step Functions service quotas',
  url: 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html',
};
const STEP_FUNCTIONS_MAP: Source = {
  title: 'AWS Step Functions Developer Guide: Map workflow state',
  url: 'https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html',
};

// TODO(merge): lib/pricing/aws-step-functions.ts
export const stepFunctionsPricing = {
  standardPricePer1000Transitions: sourced(
    0.025,
    'USD per 1,000 state transitions (Standard, us-east-1)',
    STEP_FUNCTIONS_PRICING,
    asOf,
    'Every retry counts as another transition. Same price in most regions; a few (e.g. N. California, Sao Paulo) cost more.',
  ),
  standardFreeTransitions: sourced(
    4000,
    'state transitions per month',
    STEP_FUNCTIONS_PRICING,
    asOf,
    'The Step Functions free tier does not expire after the 12-month AWS free tier.',
  ),
  expressPricePerMillionRequests: sourced(
    1.0,
    'USD per million workflow starts (Express), plus duration',
    STEP_FUNCTIONS_PRICING,
    asOf,
    'Duration is billed by GB-second, rounded up to 100 ms, with memory measured in 64 MB chunks.',
  ),
  expressDurationRoundingMs: sourced(100, 'ms, Express duration rounded up to', STEP_FUNCTIONS_PRICING, asOf),
} as const;

export const stepFunctionsLimits = {
  standardMaxDurationDays: sourced(365, 'days (one year)', STEP_FUNCTIONS_TYPES, asOf),
  expressMaxDurationSeconds: sourced(300, 's (five minutes)', STEP_FUNCTIONS_TYPES, asOf),
  standardHistoryDays: sourced(90, 'days of execution history kept by Step Functions (Standard)', STEP_FUNCTIONS_TYPES, asOf),
  inlineMapConcurrency: sourced(40, 'concurrent iterations (Map state, Inline mode)', STEP_FUNCTIONS_MAP, asOf),
  distributedMapConcurrency: sourced(
    10_000,
    'parallel child workflow executions (Map state, Distributed mode, default)',
    STEP_FUNCTIONS_MAP,
    asOf,
  ),
  executionNameMaxChars: sourced(
    80,
    'characters, the longest name a state machine, execution or activity may have',
    STEP_FUNCTIONS_QUOTAS,
    asOf,
    'Names also may not contain whitespace, brackets, the wildcards ? and *, control characters or any of " # % \\ ^ | ~ ` $ & , ; : / (StartExecution API reference). An execution name stays reserved in its state machine for 90 days.',
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Lambda durable functions and response streaming.
// TODO(merge): lib/data/lambda-quotas.ts, beside the 15-minute invocation limit and the 6 MB payload.
// ---------------------------------------------------------------------------------------------

const LAMBDA_DURABLE_CONCEPTS: Source = {
  title: 'AWS Lambda Developer Guide: Durable functions, basic concepts',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html',
};
const LAMBDA_RESPONSE_STREAMING: Source = {
  title: 'AWS Lambda Developer Guide: Response streaming for Lambda functions',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html',
};
const API_GATEWAY_RESPONSE_STREAMING: Source = {
  title: 'Amazon API Gateway Developer Guide: Stream the integration response for your proxy integrations',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
};

export const longAndLargeWork = {
  durableMaxExecutionDays: sourced(
    365,
    'days (one year), the longest a durable function\'s execution may run across all its invocations',
    LAMBDA_DURABLE_CONCEPTS,
    asOf,
    'Each invocation is still capped at 15 minutes; the execution checkpoints and resumes across invocations. SAM\'s DurableConfig allows an ExecutionTimeout of up to 31,622,400 s (a 366-day year).',
  ),
  lambdaStreamedResponseMaxMb: sourced(
    200,
    'MB, the largest response a Lambda function can stream (buffered responses stop at 6 MB)',
    LAMBDA_RESPONSE_STREAMING,
    asOf,
    'Response only: requests are still limited to 6 MB. The first 6 MB stream at full speed, the rest at up to 2 MB/s. Raised from 20 MB in July 2025. Node.js managed runtimes stream natively; other languages need a custom runtime or the Lambda Web Adapter.',
  ),
  restApiStreamingMaxMinutes: sourced(
    15,
    'minutes, the longest API Gateway will stream one REST API response (responseTransferMode STREAM)',
    API_GATEWAY_RESPONSE_STREAMING,
    asOf,
    'REST APIs only, proxy integrations only (Lambda or HTTP). Streaming also lifts the 10 MB response limit; beyond 10 MB the stream is limited to 2 MB/s. Idle timeout 5 minutes on Regional and private endpoints, 30 s on edge-optimised ones.',
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Lambda asynchronous invocation and SQS figures live in ../lambda-limits.ts (asyncInvocation,
// sqsEventSource) and are pointed at below; the retry count and maximum event age are quoted as
// execution.asyncRetries and execution.asyncMaxEventAge (./execution.ts).
// ---------------------------------------------------------------------------------------------

export const lambdaConfig = {
  // TODO(merge): lib/data/lambda-quotas.ts holds this only as a note on maxTimeoutSeconds.
  defaultTimeoutSeconds: sourced(
    3,
    's, the timeout a new function gets unless you set one',
    { title: 'AWS Lambda Developer Guide: Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' },
    asOf,
  ),
} as const;

// TODO(merge): a lib/data module for API Gateway limits, shared with the limits lesson.
const API_GATEWAY_QUOTAS: Source = {
  title: 'Amazon API Gateway Developer Guide: Amazon API Gateway quotas',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
};
export const apiGatewayLimits = {
  restIntegrationTimeoutSeconds: sourced(
    29,
    's, default integration timeout for REST APIs',
    API_GATEWAY_QUOTAS,
    asOf,
    'A hard cap until June 2024; since then Regional and private REST APIs can request more through Service Quotas, which may lower the account throttle quota.',
  ),
  restIntegrationTimeoutMaxSeconds: sourced(
    300,
    's, the longest integration timeout a Regional or private REST API can be raised to',
    API_GATEWAY_QUOTAS,
    '2026-12-08',
    'Through a Service Quotas request, which may lower the account\'s throttle quota (an AWS re:Post answer gives about 967 requests a second at 300 s, against 10,000 by default). The 300,000 ms bound is the one client tools (Terraform\'s TimeoutInMillis) now accept; the quotas page says only that the default "can be raised". Edge-optimised REST APIs and HTTP APIs cannot be raised.',
  ),
  httpIntegrationTimeoutSeconds: sourced(30, 's, maximum integration timeout for HTTP APIs (not adjustable)', API_GATEWAY_QUOTAS, asOf),
} as const;

// AWS X-Ray SDKs and daemon. TODO(merge): a lib/data module for observability tooling, if one appears.
const XRAY_SDK_TIMELINE: Source = {
  title: 'AWS X-Ray Developer Guide: X-Ray SDK and daemon end of support timeline',
  url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html',
};
export const xraySdkSupport = {
  maintenanceFrom: sourced('2026-02-25', 'date the X-Ray SDKs and daemon entered maintenance mode (critical security fixes only)', XRAY_SDK_TIMELINE, asOf),
  endOfSupport: sourced(
    '2027-02-25',
    'date the X-Ray SDKs and daemon stop receiving any updates',
    XRAY_SDK_TIMELINE,
    asOf,
    'Published releases stay available. AWS recommends OpenTelemetry for instrumentation, with X-Ray still storing and showing the traces.',
  ),
} as const;

// Powertools for AWS Lambda, idempotency utility.
const POWERTOOLS_IDEMPOTENCY: Source = {
  title: 'Powertools for AWS Lambda (Python): Idempotency',
  url: 'https://docs.powertools.aws.dev/lambda/python/latest/utilities/idempotency/',
};
export const powertools = {
  idempotencyExpirySeconds: sourced(3600, 's that an idempotency record stays valid by default', POWERTOOLS_IDEMPOTENCY, asOf),
} as const;

// ---------------------------------------------------------------------------------------------
// Serverless databases
// TODO(merge): lib/pricing/aws-dynamodb.ts for the DynamoDB prices.
// ---------------------------------------------------------------------------------------------

const DYNAMODB_ON_DEMAND: Source = {
  title: 'Amazon DynamoDB pricing for on-demand capacity',
  url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
};
const AURORA_CAPACITY: Source = {
  title: 'Amazon Aurora User Guide: ServerlessV2ScalingConfiguration (RDS API Reference)',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html',
};
const AURORA_AUTO_PAUSE: Source = {
  title: 'Amazon Aurora User Guide: Scaling to Zero ACUs with automatic pause and resume for Aurora Serverless v2',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2-auto-pause.html',
};
const NEON_SCALE_TO_ZERO: Source = { title: 'Neon documentation: Scale to Zero', url: 'https://neon.com/docs/introduction/scale-to-zero' };

export const serverlessDatabases = {
  dynamoOnDemandWritePerMillion: sourced(
    0.625,
    'USD per million write request units (on-demand, us-east-1)',
    DYNAMODB_ON_DEMAND,
    asOf,
    'Halved on 1 November 2024 (was $1.25). Checked against the AWS News Blog update and secondary reports; the stored copy of the pricing page could not be read.',
  ),
  dynamoOnDemandReadPerMillion: sourced(
    0.125,
    'USD per million read request units (on-demand, us-east-1)',
    DYNAMODB_ON_DEMAND,
    asOf,
    'Halved on 1 November 2024 (was $0.25).',
  ),
  writeRequestUnitKb: sourced(
    1,
    'KB, the item size one on-demand write request unit covers (larger items use more units)',
    DYNAMODB_ON_DEMAND,
    asOf,
    'Standard writes; transactional writes use two units per KB.',
  ),
  readRequestUnitKb: sourced(
    4,
    'KB, the item size one strongly consistent on-demand read request unit covers',
    DYNAMODB_ON_DEMAND,
    asOf,
    'An eventually consistent read of up to 4 KB uses half a unit; a transactional read uses two.',
  ),
  auroraAcuStep: sourced(0.5, 'ACU, the step in which capacity is set and scaled', AURORA_CAPACITY, asOf, 'One ACU is about 2 GiB of memory with matching CPU and networking.'),
  auroraPreviousMinAcu: sourced(
    0.5,
    'ACU, the lowest minimum capacity before auto-pause (still the floor on engine versions without it)',
    AURORA_CAPACITY,
    asOf,
  ),
  auroraAcuMemoryGib: sourced(
    2,
    'GiB of memory per ACU, approximately',
    {
      title: 'Amazon Aurora User Guide: How Aurora Serverless v2 works',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.how-it-works.html',
    },
    asOf,
    'With CPU and networking in proportion.',
  ),
  auroraMaxAcu: sourced(256, 'ACUs per instance on recent engine versions (128 on older ones)', AURORA_CAPACITY, asOf),
  auroraAutoPauseRangeSeconds: sourced<[number, number]>(
    [300, 86_400],
    's of idleness before an instance with a 0 ACU minimum pauses',
    AURORA_AUTO_PAUSE,
    asOf,
    'Auto-pause (minimum capacity 0 ACU) arrived in November 2024; before it the floor was 0.5 ACU.',
  ),
  auroraResumeSeconds: sourced(15, 's, typical time to resume a paused instance', AURORA_AUTO_PAUSE, asOf, 'Approximate; set client connect timeouts above it.'),
  neonSuspendMinutes: sourced(5, 'minutes without connections before a Neon compute suspends (default)', NEON_SCALE_TO_ZERO, asOf),
} as const;

const minutes = (s: number) => `${n(s / 60)} minutes`;
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Figures quoted by the lessons on this topic. Prefer pointing at a Sourced value that already
 * lives in lib/data or lib/pricing; define one here only when no other module holds it.
 */
export const workflowsDataFacts = {
  // Step Functions
  'stepFunctions.standardTransitionPrice': entry(stepFunctionsPricing.standardPricePer1000Transitions, (p) => `$${p.toFixed(3)} per 1,000 state transitions`),
  'stepFunctions.freeTransitions': entry(stepFunctionsPricing.standardFreeTransitions, (t) => `${n(t)} state transitions a month`),
  'stepFunctions.expressRequestPrice': entry(stepFunctionsPricing.expressPricePerMillionRequests, (p) => `$${p.toFixed(2)} per million executions`),
  'stepFunctions.expressDurationRounding': entry(stepFunctionsPricing.expressDurationRoundingMs, (ms) => `${ms} ms`),
  'stepFunctions.standardMaxDuration': entry(stepFunctionsLimits.standardMaxDurationDays, (d) => (d === 365 ? 'one year' : `${n(d)} days`)),
  'stepFunctions.expressMaxDuration': entry(stepFunctionsLimits.expressMaxDurationSeconds, minutes),
  'stepFunctions.standardHistory': entry(stepFunctionsLimits.standardHistoryDays, (d) => `${d} days`),
  'stepFunctions.inlineMapConcurrency': entry(stepFunctionsLimits.inlineMapConcurrency, (c) => n(c)),
  'stepFunctions.distributedMapConcurrency': entry(stepFunctionsLimits.distributedMapConcurrency, (c) => n(c)),
  'stepFunctions.executionNameMax': entry(stepFunctionsLimits.executionNameMaxChars, (c) => `${c} characters`),

  // Beyond one invocation: durable functions and response streaming
  'lambdaDurable.maxExecution': entry(longAndLargeWork.durableMaxExecutionDays, (d) => (d === 365 ? 'one year' : `${n(d)} days`)),
  'lambdaStreaming.maxResponse': entry(longAndLargeWork.lambdaStreamedResponseMaxMb, (mb) => `${mb} MB`),
  'apiGatewayStreaming.maxDuration': entry(longAndLargeWork.restApiStreamingMaxMinutes, (m) => `${m} minutes`),

  // Lambda asynchronous invocation and timeouts
  'lambdaAsync.retryWaits': entry(asyncInvocation.retryWaitsSeconds, (w) =>
    w.length === 2 ? `about ${n(w[0]! / 60)} minute, then about ${n(w[1]! / 60)} minutes` : w.map((x) => `${n(x)} s`).join(', then '),
  ),
  'lambdaAsync.sqsMaximumConcurrency': entry(sqsEventSource.maximumConcurrencyRange, (r) => `${n(r.min)} to ${n(r.max)}`),
  'lambdaConfig.defaultTimeout': entry(lambdaConfig.defaultTimeoutSeconds, (s) => `${s} seconds`),
  'apiGateway.restTimeout': entry(apiGatewayLimits.restIntegrationTimeoutSeconds, (s) => `${s} seconds`),
  'apiGateway.httpTimeout': entry(apiGatewayLimits.httpIntegrationTimeoutSeconds, (s) => `${s} seconds`),
  'apiGateway.restTimeoutMax': entry(apiGatewayLimits.restIntegrationTimeoutMaxSeconds, (s) => `${n(s)} seconds (${n(s / 60)} minutes)`),
  'xray.sdkMaintenanceFrom': entry(xraySdkSupport.maintenanceFrom, longDate),
  'xray.sdkEndOfSupport': entry(xraySdkSupport.endOfSupport, longDate),
  'powertools.idempotencyExpiry': entry(powertools.idempotencyExpirySeconds, (s) => (s === 3600 ? 'one hour' : minutes(s))),

  // Serverless databases
  'dynamodb.onDemandWritePrice': entry(serverlessDatabases.dynamoOnDemandWritePerMillion, (p) => `$${p.toFixed(3)} per million write request units`),
  'dynamodb.onDemandReadPrice': entry(serverlessDatabases.dynamoOnDemandReadPerMillion, (p) => `$${p.toFixed(3)} per million read request units`),
  'dynamodb.writeUnitSize': entry(serverlessDatabases.writeRequestUnitKb, (kb) => `${kb} KB`),
  'dynamodb.readUnitSize': entry(serverlessDatabases.readRequestUnitKb, (kb) => `${kb} KB`),
  'aurora.acuStep': entry(serverlessDatabases.auroraAcuStep, (a) => `${a} ACU`),
  'aurora.previousMinAcu': entry(serverlessDatabases.auroraPreviousMinAcu, (a) => `${a} ACU`),
  'aurora.acuMemory': entry(serverlessDatabases.auroraAcuMemoryGib, (g) => `about ${g} GiB`),
  'aurora.maxAcu': entry(serverlessDatabases.auroraMaxAcu, (a) => `${n(a)} ACUs`),
  'aurora.autoPauseRange': entry(serverlessDatabases.auroraAutoPauseRangeSeconds, ([lo, hi]) => `${minutes(lo)} to ${n(hi / 3600)} hours`),
  'aurora.resumeTime': entry(serverlessDatabases.auroraResumeSeconds, (s) => `about ${s} seconds`),
  'neon.suspendAfter': entry(serverlessDatabases.neonSuspendMinutes, (m) => `${m} minutes`),
} satisfies Record<string, FactEntry>;
