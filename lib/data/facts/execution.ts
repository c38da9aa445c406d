import { lambdaPricing } from '../../pricing/aws-lambda';
import { isolateStartupCapMs, keepAliveMinutes, simulatorRuntimeVersions } from '../cold-starts';
import { lambdaPerf2026, lambdaPerfRange, type InitMeasurement } from '../lambda-perf';
import { snapStartRestoreMeasured } from '../snapstart';
import { asyncInvocation } from '../lambda-limits';
import { sourced, type Source } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted by the lessons on the execution model, events and invocation, and cold starts
 * (lessons 2 to 4), plus the newer scaling and limits figures that lessons 5 and 6 quote (SQS
 * provisioned mode, response streaming, durable functions). Prefer pointing at a Sourced value that
 * already lives in lib/data or lib/pricing; define one here only when no other module holds it.
 */

const asOf = '2026-11-22';

/** A measured or quoted spread, low to high, in `unit`. */
export interface Span {
  min: number;
  max: number;
}

const LIFECYCLE_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Understanding the Lambda execution environment lifecycle',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
};
const EXTENSIONS_API_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Using the Lambda Extensions API to create extensions',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-extensions-api.html',
};
const INIT_BILLING_POST: Source = {
  title: 'AWS Compute Blog: AWS Lambda standardizes billing for the INIT phase',
  url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
};
const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime',
  url: 'https://maxday.github.io/lambda-perf/',
};
const LAMBDA_PERF_DATA: Source = {
  title: 'maxday/lambda-perf data file data/2025/2025-12-21.json',
  url: 'https://github.com/maxday/lambda-perf/blob/main/data/2025/2025-12-21.json',
};
const COLD_STARTS_ARE_DEAD: Source = {
  title: 'Eric Johnson: Cold Starts Are Dead (2026)',
  url: 'https://edjgeek.com/blog/lambda-cold-starts-dead',
};
const LAMBDA_PERF_DATA_2025: Source = {
  title: 'maxday/lambda-perf daily data files for 2025 (data/2025/*.json)',
  url: 'https://github.com/maxday/lambda-perf/tree/main/data/2025',
};
const SNAPSTART_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Improving startup performance with Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
};
const LAMBDA_BENCHMARK: Source = {
  title: 'singledigit/lambda-benchmark: Lambda cold starts across runtimes, architectures, VPC and SnapStart',
  url: 'https://github.com/singledigit/lambda-benchmark',
};
const VPC_POST: Source = {
  title: 'AWS Compute Blog: Announcing improved VPC networking for AWS Lambda functions',
  url: 'https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/',
};

/**
 * The execution environment's lifecycle (lesson 2). The asynchronous retry rules that lesson 3 quotes
 * live in lib/data/lambda-limits.ts (asyncInvocation) and are pointed at below.
 */
export const executionModel = {
  initTimeoutSeconds: sourced(
    10,
    's',
    LIFECYCLE_PAGE,
    asOf,
    'For on-demand functions. If INIT does not finish in time, Lambda retries it during the first invocation under the function timeout. Provisioned concurrency and SnapStart functions may initialise for longer.',
  ),
  shutdownLimitMs: sourced(
    2000,
    'ms, the SHUTDOWN phase with one or more external extensions',
    EXTENSIONS_API_PAGE,
    '2026-12-08',
    'Corrected 2026-12-08: 2,000 ms applies only when an external extension is registered (Lambda keeps up to 300 ms of it for the runtime, 500 ms with an internal extension, and gives the rest to the extensions). With only an internal extension the phase is 500 ms; with no extension at all, 0 ms. Some older copies of the page gave 300 ms for no extensions.',
  ),
  shutdownInternalExtensionMs: sourced(500, 'ms, the SHUTDOWN phase with only an internal extension', EXTENSIONS_API_PAGE, '2026-12-08'),
  shutdownNoExtensionMs: sourced(
    0,
    'ms, the SHUTDOWN phase of a function with no registered extensions',
    EXTENSIONS_API_PAGE,
    '2026-12-08',
    'So a function with no extension gets no graceful-shutdown window at all.',
  ),
} as const;

/**
 * Cold-start figures quoted by lessons 2 and 4 that lib/data/cold-starts.ts does not hold: the ranges
 * widely quoted for real functions (that module holds the measured hello-world INIT averages,
 * keep-alive and the isolate bound, which the entries below point at), and the historical VPC penalty.
 * TODO(merge): lib/data/cold-starts.ts — move these ranges there if its owner wants them beside
 * the simulator's distributions.
 */
export const coldStartFigures = {
  overallMs: sourced<Span>(
    { min: 100, max: 2000 },
    'ms',
    COLD_STARTS_ARE_DEAD,
    asOf,
    'The span widely quoted across runtimes and package sizes; AWS publishes no single figure. Johnson\'s 2026 figures for ' +
      'real workloads put Node.js and Python at 200 to 400 ms median (p99 up to about 1.2 s), Go and Rust under 100 ms, ' +
      'and Java with SnapStart near 100 ms; only Java without SnapStart (2 to 5 s median) falls outside it. Some ' +
      'summaries put the floor at 200 ms.',
  ),
  nodePythonMs: sourced<Span>(
    { min: 100, max: 300 },
    'ms',
    LAMBDA_PERF,
    asOf,
    'Hello-world init durations, x86, as measured in 2025 and 2026; arm64 a little lower. Real functions add their imports.',
  ),
  goRustMs: sourced<Span>({ min: 50, max: 200 }, 'ms', LAMBDA_BENCHMARK, asOf, 'Compiled binaries on the OS-only runtime.'),
  dotnetMs: sourced<Span>({ min: 200, max: 700 }, 'ms', LAMBDA_PERF, asOf, '.NET 8 without SnapStart.'),
  jvmMs: sourced<Span>(
    { min: 1000, max: 3000 },
    'ms',
    LAMBDA_BENCHMARK,
    asOf,
    'Java without SnapStart, for real functions with a framework; a bare hello world is quicker.',
  ),
  snapStartPromise: sourced(
    'under a second',
    'AWS\'s promise for a SnapStart cold start (it publishes no restore time)',
    SNAPSTART_PAGE,
    '2026-12-08',
    'The SnapStart page: "as low as sub-second startup performance". Corrected 2026-12-08: the course used to say "about 200 ms" for Java, Python and .NET alike. That figure came from one 2026 blog\'s Java 21 measurements (90 to 140 ms median, 200 to 400 ms p99) and nobody has published a measurement for Python or .NET SnapStart.',
  ),
  snapStartHelloWorld2025Ms: sourced<Span>(
    { min: 640, max: 870 },
    'ms, monthly averages of a hello-world Java 21 SnapStart restore, January to October 2025',
    LAMBDA_PERF_DATA_2025,
    '2026-12-08',
    'Computed 2026-12-08 from maxday/lambda-perf\'s daily data files for 2025 (256 daily runs with SnapStart entries, x86_64, four memory sizes each): monthly means of the "acd" field for "java21 snapstart" ran from 644 ms (January) to 871 ms (August). Plain java21 on the same days averaged 307 to 342 ms. lambda-perf stopped measuring SnapStart after 18 October 2025. For a hello world a restore is SLOWER than a plain JVM\'s tiny INIT: SnapStart pays when INIT is heavy.',
  ),
  initContainerMs: sourced<Span>(
    { min: 100, max: 500 },
    'ms',
    LIFECYCLE_PAGE,
    asOf,
    'Creating the environment and fetching the code: a rule of thumb, NOT a measurement. The lifecycle page describes ' +
      'the step but gives no time, and Lambda\'s Init Duration starts after it, so no public figure was found to check it against.',
  ),
  runtimeInitMs: sourced<Span>(
    { min: 50, max: 200 },
    'ms',
    LAMBDA_PERF_DATA,
    asOf,
    'Starting the language runtime, as widely quoted. Checked against lambda-perf\'s 2025-12-21 run, whose hello-world ' +
      'Init Duration is almost all runtime start: Go 53 ms, Python 103 ms and Node.js 147 ms sit inside the range; Rust ' +
      '(17 ms) starts faster, .NET 8 (256 ms) and Java 21 (268 ms) slower.',
  ),
  vpcPenaltyBefore2019Seconds: sourced<Span>(
    { min: 1, max: 10 },
    's',
    VPC_POST,
    asOf,
    'Before the 2019 move to shared Hyperplane network interfaces, creating a network interface per environment added seconds; it no longer does.',
  ),
  initShareOfInvocations: sourced(
    1,
    '% of invocations (under)',
    INIT_BILLING_POST,
    asOf,
    'AWS, from an analysis of production workloads: INITs happen in under 1% of invocations.',
  ),
} as const;

const EVENT_INVOKE_CONFIG_API: Source = {
  title: 'AWS Lambda API Reference: FunctionEventInvokeConfig',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_FunctionEventInvokeConfig.html',
};
const SQS_SCALING_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Configuring scaling behavior for SQS event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
};
const API_GATEWAY_STREAMING_PAGE: Source = {
  title: 'Amazon API Gateway Developer Guide: Stream the integration response for your proxy integrations',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
};

/**
 * Newer ways past the default limits (lessons 5 and 6): SQS provisioned mode, response streaming and
 * durable functions. Checked 2026-11-22 against stored copies of the pages named.
 * TODO(merge): lib/data/lambda-limits.ts or lib/data/lambda-quotas.ts, if their owners want them there.
 */
/** Streaming, durable functions and their limits live in ./workflows-data.ts (longAndLargeWork). */
export const newerLimits = {
  sqsProvisionedScalingSpeedup: sourced(
    3,
    'times faster scaling than the default SQS poller ramp',
    SQS_SCALING_PAGE,
    asOf,
    'AWS\'s own claim for provisioned mode (dedicated pollers with a minimum and maximum, set with ProvisionedPollerConfig), ' +
      'alongside "up to 16 times higher processing capacity". Provisioned mode and the mapping\'s maximum concurrency are ' +
      'mutually exclusive.',
  ),
  apiGatewayBufferedResponseMaxMb: sourced(
    10,
    'MB, the largest response API Gateway returns when it buffers it',
    API_GATEWAY_STREAMING_PAGE,
    asOf,
    'Streaming is one of the ways the page lists past it; beyond 10 MB a stream is bandwidth-capped.',
  ),
  asyncMaxEventAgeMinSeconds: sourced(
    asyncInvocation.maxEventAgeRangeSeconds.value.min,
    's, the lowest maximum event age you can set',
    EVENT_INVOKE_CONFIG_API,
    asOf,
    'MaximumEventAgeInSeconds accepts 60 to 21,600 s (see asyncInvocation.maxEventAgeRangeSeconds).',
  ),
} as const;

const range = (s: Span, unit: string) => `${n(s.min)} to ${n(s.max)} ${unit}`;
const seconds = (ms: number) => `${n(ms / 1000)} s`;
/** The lambda-perf figure lessons call an average: the mean of every 2026 cold start at the four memory sizes, x86_64. */
const measured = (d: Pick<InitMeasurement, 'meanMs'>) => `${n(Math.round(d.meanMs))} ms`;
const x86 = (runtime: keyof typeof simulatorRuntimeVersions) => lambdaPerf2026.x86[simulatorRuntimeVersions[runtime]];
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const executionFacts = {
  'execution.initTimeout': entry(executionModel.initTimeoutSeconds, (s) => `${s} seconds`),
  'execution.shutdownLimit': entry(executionModel.shutdownLimitMs, (ms) => `${n(ms)} ms`),
  'execution.shutdownInternalExtension': entry(executionModel.shutdownInternalExtensionMs, (ms) => `${n(ms)} ms`),
  'execution.shutdownNoExtension': entry(executionModel.shutdownNoExtensionMs, (ms) => `${n(ms)} ms`),
  'execution.asyncRetries': entry(asyncInvocation.retryAttemptsDefault, (r) => (r === 2 ? 'two' : n(r))),
  'execution.asyncMaxEventAge': entry(asyncInvocation.maxEventAgeDefaultSeconds, (s) => `${n(s / 3600)} hours`),
  'execution.asyncMinEventAge': entry(newerLimits.asyncMaxEventAgeMinSeconds, (s) => `${n(s)} seconds`),
  'execution.provisionedPrice': entry(
    lambdaPricing.provisioned.x86.concurrencyPricePerGbSecond,
    (p) => `$${p.toFixed(10)} per GB-second`,
  ),

  'coldStart.overall': entry(coldStartFigures.overallMs, (s) => `${n(s.min)} ms to ${seconds(s.max)}`),
  'coldStart.nodePython': entry(coldStartFigures.nodePythonMs, (s) => range(s, 'ms')),
  'coldStart.goRust': entry(coldStartFigures.goRustMs, (s) => range(s, 'ms')),
  'coldStart.dotnet': entry(coldStartFigures.dotnetMs, (s) => range(s, 'ms')),
  'coldStart.jvm': entry(coldStartFigures.jvmMs, (s) => `${n(s.min / 1000)} to ${seconds(s.max)}`),
  'coldStart.snapStartRestore': entry(coldStartFigures.snapStartPromise, (p) => p),
  'coldStart.snapStartHelloWorld2025': entry(coldStartFigures.snapStartHelloWorld2025Ms, (s) => range(s, 'ms')),
  'coldStart.workers': entry(isolateStartupCapMs, (ms) => `under ${n(ms)} ms`),
  'coldStart.initContainer': entry(coldStartFigures.initContainerMs, (s) => range(s, 'ms')),
  'coldStart.runtimeInit': entry(coldStartFigures.runtimeInitMs, (s) => range(s, 'ms')),
  'coldStart.idleReclaim': entry(keepAliveMinutes.observed, (s) => `roughly ${range(s, 'minutes')}`),
  'coldStart.vpcPenaltyBefore2019': entry(coldStartFigures.vpcPenaltyBefore2019Seconds, (s) => range(s, 'seconds')),
  'coldStart.initShare': entry(coldStartFigures.initShareOfInvocations, (p) => `under ${p}%`),

  // Measured hello-world INIT averages (lambda-perf), from the cold-start simulator's data.
  'coldStart.measuredOn': entry(lambdaPerfRange, (r) => `${longDate(r.from).replace(/ \d{4}$/, '')} to ${longDate(r.to)}`),
  'coldStart.measured.nodejs': entry(x86('nodejs'), measured),
  'coldStart.measured.python': entry(x86('python'), measured),
  'coldStart.measured.go': entry(x86('go'), measured),
  'coldStart.measured.rust': entry(x86('rust'), measured),
  'coldStart.measured.dotnet': entry(x86('dotnet'), measured),
  'coldStart.measured.java': entry(x86('java'), measured),
  // A Restore Duration, measured in 2025 (lambda-perf stopped measuring SnapStart in October 2025).
  'coldStart.measured.javaSnapStart': entry(snapStartRestoreMeasured, measured),

  // Lessons 5 and 6: newer ways past the default limits.
  'sqsScaling.provisionedSpeedup': entry(newerLimits.sqsProvisionedScalingSpeedup, (x) => (x === 3 ? 'three times' : `${n(x)} times`)),
  'apiGateway.bufferedResponseMax': entry(newerLimits.apiGatewayBufferedResponseMaxMb, (mb) => `${mb} MB`),
} satisfies Record<string, FactEntry>;
