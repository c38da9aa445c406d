import { lambdaPricing } from '../../pricing/aws-lambda';
import { isolateStartupCapMs, keepAliveMinutes, lambdaPerfMeasurementDate, runtimeStartup } from '../cold-starts';
import { asyncInvocation } from '../lambda-limits';
import { sourced, type Source } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted by the lessons on the execution model, events and invocation, and cold starts
 * (lessons 2 to 4). Prefer pointing at a Sourced value that already lives in lib/data or lib/pricing;
 * define one here only when no other module holds it.
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
const OPERATOR_GUIDE_PAGE: Source = {
  title: 'AWS Lambda Operator Guide: Lambda execution environments',
  url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/execution-environments.html',
};
const INIT_BILLING_POST: Source = {
  title: 'AWS Compute Blog: AWS Lambda standardizes billing for the INIT phase',
  url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
};
const SNAPSTART_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Improving startup performance with Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
};
const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime',
  url: 'https://maxday.github.io/lambda-perf/',
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
  initFirstTimeMs: sourced<Span>(
    { min: 100, max: 500 },
    'ms',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'Typical INIT for a small function on a managed runtime, as commonly quoted; AWS publishes no single figure. Heavy imports and SDK clients push it higher.',
  ),
  shutdownLimitMs: sourced(
    2000,
    'ms',
    EXTENSIONS_API_PAGE,
    asOf,
    'Total time the runtime and external extensions get to shut down; the runtime itself has 300 ms (500 ms with an internal extension), the rest goes to extensions.',
  ),
} as const;

/**
 * Cold-start figures quoted by lesson 4 that lib/data/cold-starts.ts does not hold: the ranges the
 * course's source notes teach (that module holds measured medians, keep-alive and the isolate bound,
 * which the entries below point at), and the historical VPC penalty.
 * TODO(merge): lib/data/cold-starts.ts — move these ranges there if its owner wants them beside
 * the simulator's distributions.
 */
export const coldStartFigures = {
  overallMs: sourced<Span>(
    { min: 100, max: 2000 },
    'ms',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'The commonly quoted span across runtimes and package sizes; some summaries put the floor at 200 ms.',
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
  snapStartRestoreMs: sourced(
    200,
    'ms (about)',
    SNAPSTART_PAGE,
    asOf,
    'Typical restore from a cached snapshot; measurements put it at roughly 100 to 300 ms.',
  ),
  initContainerMs: sourced<Span>(
    { min: 100, max: 500 },
    'ms',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'Creating the environment and fetching the code, as commonly quoted; AWS publishes no per-step breakdown.',
  ),
  runtimeInitMs: sourced<Span>({ min: 50, max: 200 }, 'ms', OPERATOR_GUIDE_PAGE, asOf, 'Starting the language runtime, as commonly quoted; AWS publishes no per-step breakdown.'),
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

const range = (s: Span, unit: string) => `${n(s.min)} to ${n(s.max)} ${unit}`;
const seconds = (ms: number) => `${n(ms / 1000)} s`;
const median = (d: { medianMs: number }) => `${n(d.medianMs)} ms`;

export const executionFacts = {
  'execution.initTimeout': entry(executionModel.initTimeoutSeconds, (s) => `${s} seconds`),
  'execution.initFirstTime': entry(executionModel.initFirstTimeMs, (s) => range(s, 'ms')),
  'execution.shutdownLimit': entry(executionModel.shutdownLimitMs, (ms) => `${n(ms)} ms`),
  'execution.asyncRetries': entry(asyncInvocation.retryAttemptsDefault, (r) => (r === 2 ? 'two' : n(r))),
  'execution.asyncMaxEventAge': entry(asyncInvocation.maxEventAgeDefaultSeconds, (s) => `${n(s / 3600)} hours`),
  'execution.provisionedPrice': entry(
    lambdaPricing.provisioned.x86.concurrencyPricePerGbSecond,
    (p) => `$${p.toFixed(10)} per GB-second`,
  ),

  'coldStart.overall': entry(coldStartFigures.overallMs, (s) => `${n(s.min)} ms to ${seconds(s.max)}`),
  'coldStart.nodePython': entry(coldStartFigures.nodePythonMs, (s) => range(s, 'ms')),
  'coldStart.goRust': entry(coldStartFigures.goRustMs, (s) => range(s, 'ms')),
  'coldStart.dotnet': entry(coldStartFigures.dotnetMs, (s) => range(s, 'ms')),
  'coldStart.jvm': entry(coldStartFigures.jvmMs, (s) => `${n(s.min / 1000)} to ${seconds(s.max)}`),
  'coldStart.snapStartRestore': entry(coldStartFigures.snapStartRestoreMs, (ms) => `about ${n(ms)} ms`),
  'coldStart.workers': entry(isolateStartupCapMs, (ms) => `under ${n(ms)} ms`),
  'coldStart.initContainer': entry(coldStartFigures.initContainerMs, (s) => range(s, 'ms')),
  'coldStart.runtimeInit': entry(coldStartFigures.runtimeInitMs, (s) => range(s, 'ms')),
  'coldStart.idleReclaim': entry(keepAliveMinutes.observed, (s) => `roughly ${range(s, 'minutes')}`),
  'coldStart.vpcPenaltyBefore2019': entry(coldStartFigures.vpcPenaltyBefore2019Seconds, (s) => range(s, 'seconds')),
  'coldStart.initShare': entry(coldStartFigures.initShareOfInvocations, (p) => `under ${p}%`),

  // Measured hello-world medians (lambda-perf), from the cold-start simulator's data.
  'coldStart.measuredOn': entry(lambdaPerfMeasurementDate, (d) =>
    new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ),
  'coldStart.measured.nodejs': entry(runtimeStartup.nodejs, median),
  'coldStart.measured.python': entry(runtimeStartup.python, median),
  'coldStart.measured.go': entry(runtimeStartup.go, median),
  'coldStart.measured.rust': entry(runtimeStartup.rust, median),
  'coldStart.measured.dotnet': entry(runtimeStartup.dotnet, median),
  'coldStart.measured.java': entry(runtimeStartup.java, median),
  'coldStart.measured.javaSnapStart': entry(runtimeStartup['java-snapstart'], median),
} satisfies Record<string, FactEntry>;
