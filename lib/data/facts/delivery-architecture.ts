import { sourced, type Source } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted by the lessons on building and deploying, architectures and anti-patterns, and
 * the interview playbook (lessons 11 to 13). Lambda's own limits and prices are quoted through
 * the ids in ./lambda.ts and ./execution.ts; the values below are the ones no other module holds.
 *
 * Checked 2026-11-22 against stored copies of the sources (no live page was fetched). Where a
 * value is a rule of thumb (a figure many guides quote) rather than a provider's figure, its `note`
 * says so, and the source is the page whose arithmetic the rule rests on.
 */
const asOf = '2026-11-22';

const CLOUDFORMATION_QUOTAS: Source = {
  title: 'AWS CloudFormation User Guide: Understand CloudFormation quotas',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
};
const SERVERLESS_V4_UPGRADE: Source = {
  title: 'Serverless Framework documentation: Upgrading to Serverless Framework V4',
  url: 'https://www.serverless.com/framework/docs/guides/upgrading-v4',
};
export const API_GATEWAY_WEBSOCKET_QUOTAS: Source = {
  title: 'Amazon API Gateway Developer Guide: Quotas for configuring and running a WebSocket in API Gateway',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
};
const S3_UPLOADING_OBJECTS: Source = {
  title: 'Amazon S3 User Guide: Uploading objects',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html',
};
const SQS_EVENT_SOURCE_CONFIG: Source = {
  title: 'AWS Lambda Developer Guide: Creating and configuring an Amazon SQS event source mapping',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
};
const LAMBDA_CONCURRENCY: Source = {
  title: 'AWS Lambda Developer Guide: Understanding Lambda function scaling',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
};
const NODEJS_RELEASE_SCHEDULE: Source = {
  title: 'Node.js Release Working Group: release schedule',
  url: 'https://github.com/nodejs/Release',
};
const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime (maxday/lambda-perf)',
  url: 'https://maxday.github.io/lambda-perf/',
};

/** Deployment tooling: the limits and terms a build-and-deploy choice runs into. */
export const deploymentTooling = {
  cloudFormationMaxResources: sourced(
    500,
    'resources declared in one CloudFormation template (stack)',
    CLOUDFORMATION_QUOTAS,
    asOf,
    'Older copies of the page say 200; AWS raised the quota to 500 in 2020. Read from a third-party article and an older archived copy of the page; the current page text was not read first-hand. Every tool that deploys through CloudFormation (SAM, CDK, Serverless Framework) inherits it.',
  ),
  serverlessFrameworkRevenueThreshold: sourced(
    2_000_000,
    'USD of annual revenue (latest fiscal year), above which Serverless Framework v4 needs a paid subscription',
    SERVERLESS_V4_UPGRADE,
    asOf,
    'Announced late 2023, applied from v4 (released May 2024). v3 and earlier stay open source (MIT) but received critical security and bug fixes only through the end of 2024 (see v3FixesUntil). v4 also requires signing in or a licence key, and dropped every provider except AWS.',
  ),
  serverlessFrameworkV3FixesUntil: sourced(
    '2024-12',
    'year-month: the last month Serverless Framework v3 was promised critical security and bug fixes',
    SERVERLESS_V4_UPGRADE,
    asOf,
    'The upgrade guide says v3 is maintained with critical security and bug fixes "through 2024"; the project\'s SECURITY.md gives the same end date for security issues.',
  ),
  node20EndOfLife: sourced(
    '2026-04-30',
    'date Node.js 20 reached end of life upstream',
    NODEJS_RELEASE_SCHEDULE,
    asOf,
    'Lambda deprecates a Node.js runtime around the upstream end of life; check the Lambda runtimes page for the nodejs20.x dates. The CDK marks retired runtimes deprecated.',
  ),
} as const;

/** Limits an architecture runs into: WebSocket connections, uploads, queue settings. */
export const architectureLimits = {
  webSocketMaxConnectionHours: sourced(2, 'hours, the longest an API Gateway WebSocket connection may stay open', API_GATEWAY_WEBSOCKET_QUOTAS, asOf, 'Not adjustable.'),
  webSocketIdleTimeoutMinutes: sourced(10, 'minutes without traffic before API Gateway closes a WebSocket connection', API_GATEWAY_WEBSOCKET_QUOTAS, asOf, 'Not adjustable.'),
  s3SinglePutMaxGb: sourced(
    5,
    'GB, the largest object one PUT request can upload',
    S3_UPLOADING_OBJECTS,
    asOf,
    'Larger objects need a multipart upload. Confirmed through an AWS re:Post answer quoting this page; the page itself was not read here.',
  ),
  sqsVisibilityToFunctionTimeout: sourced(
    6,
    'times the function timeout: the smallest visibility timeout AWS recommends for a queue that triggers a Lambda function',
    SQS_EVENT_SOURCE_CONFIG,
    asOf,
    'The margin lets Lambda retry a batch when the function was throttled; Lambda refuses a mapping whose function timeout exceeds the visibility timeout.',
  ),
} as const;

/**
 * Fit thresholds. These are rules of thumb many guides quote, not provider limits; each note says
 * what the rule rests on, and the lessons present them as rules of thumb.
 */
export const fitRulesOfThumb = {
  comfortableApiRps: sourced(
    1000,
    'requests per second, below which an API is an operationally comfortable fit for functions',
    LAMBDA_CONCURRENCY,
    asOf,
    'A rule of thumb about operational fit, not cost. By the concurrency arithmetic on the source page (requests per second x duration), 1,000 requests a second at 200 ms keep about 200 environments busy, well inside the default regional limit of 1,000, with no quota increase or scaling-rate planning. The COST crossover with always-on compute is much lower for steady traffic, tens of requests a second (lib/pricing/crossover.ts; the cost lesson).',
  ),
  veryHighSustainedRps: sourced(
    50_000,
    'requests per second sustained, above which functions are a poor fit',
    LAMBDA_CONCURRENCY,
    asOf,
    'A rule of thumb. By the concurrency arithmetic on the source page, a 100 ms handler at this rate keeps about 5,000 environments busy all day, five times the default regional concurrency, so it needs a negotiated quota, and it pays per request for load an always-on fleet would carry at a flat rate.',
  ),
  latencyCriticalP99Ms: sourced(
    50,
    'ms at the 99th percentile, below which a synchronous path is a poor fit for on-demand functions',
    LAMBDA_PERF,
    asOf,
    'A rule of thumb. A budget this tight cannot absorb cold starts once they are more than 1% of the path\'s requests: even hello-world Node.js and Python functions measure well over 100 ms to initialise on lambda-perf, and real functions take longer.',
  ),
} as const;

export const deliveryArchitectureFacts = {
  // Building and deploying (lesson 11)
  'cloudFormation.maxResources': entry(deploymentTooling.cloudFormationMaxResources, (r) => `${n(r)} resources`),
  'serverlessFramework.revenueThreshold': entry(deploymentTooling.serverlessFrameworkRevenueThreshold, (usd) => `$${n(usd / 1e6)} million`),
  'serverlessFramework.v3FixesUntil': entry(deploymentTooling.serverlessFrameworkV3FixesUntil, (ym) =>
    ym.endsWith('-12') ? `the end of ${ym.slice(0, 4)}` : new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ),
  'nodejs.node20EndOfLife': entry(deploymentTooling.node20EndOfLife, (iso) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ),

  // Architectures and anti-patterns (lesson 12)
  'apiGatewayWebSocket.maxConnection': entry(architectureLimits.webSocketMaxConnectionHours, (h) => `${h} hours`),
  'apiGatewayWebSocket.idleTimeout': entry(architectureLimits.webSocketIdleTimeoutMinutes, (m) => `${m} minutes`),
  'fit.comfortableApiRps': entry(fitRulesOfThumb.comfortableApiRps, (r) => `${n(r)} requests per second`),
  'fit.veryHighSustainedRps': entry(fitRulesOfThumb.veryHighSustainedRps, (r) => `${n(r)} requests per second`),
  'fit.veryHighSustainedPerHour': entry(fitRulesOfThumb.veryHighSustainedRps, (r) => `${n((r * 3600) / 1e6)} million invocations an hour`),
  'fit.latencyCriticalP99': entry(fitRulesOfThumb.latencyCriticalP99Ms, (ms) => `${ms} ms`),

  // The interview playbook's image pipeline (lesson 13)
  's3.singlePutMax': entry(architectureLimits.s3SinglePutMaxGb, (gb) => `${gb} GB`),
  'sqs.visibilityTimeoutMultiple': entry(architectureLimits.sqsVisibilityToFunctionTimeout, (x) => (x === 6 ? 'six times' : `${n(x)} times`)),
} satisfies Record<string, FactEntry>;
