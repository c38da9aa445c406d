import type { Architecture } from '../pricing/aws-lambda';
import { KEEP_ALIVE_STUDIES_SOURCE, keepAliveObservedRange, keepAliveStudies } from './keep-alive';
import { lambdaPerf2026, lambdaPerfRange, logNormalSigmaOf, type LambdaPerfVersion } from './lambda-perf';
import { sourced, type Source, type Sourced } from './sourced';

/**
 * The figures behind the cold-start simulator (lib/sim/cold-start.ts): how long each runtime takes
 * to start an execution environment, what package size, memory and a VPC add, how long an idle
 * environment is kept, and what an isolate costs to start. Each is a `Sourced` value; `note` says
 * how it was checked and what could not be confirmed.
 *
 * Checked 2026-11-22 against stored copies of the sources (no live page was fetched); the runtime
 * start-up figures refreshed 2026-12-08 from lambda-perf's 2026 runs (lib/data/lambda-perf.ts), and
 * the keep-alive range from the studies in lib/data/keep-alive.ts.
 */
const asOf = '2026-11-22';

const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime (maxday/lambda-perf)',
  url: 'https://maxday.github.io/lambda-perf/',
};
const SNAPSTART_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Improving startup performance with Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
};
const SNAPSTART_MONITORING_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Monitoring for Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart-monitoring.html',
};
const COLD_STARTS_ARE_DEAD: Source = {
  title: 'Eric Johnson: Cold Starts Are Dead (with the singledigit/lambda-benchmark project)',
  url: 'https://edjgeek.com/blog/lambda-cold-starts-dead',
};
const LIFECYCLE_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Understanding the Lambda execution environment lifecycle',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
};
const OPERATOR_GUIDE_PAGE: Source = {
  title: 'AWS Lambda Operator Guide: Lambda execution environments',
  url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/execution-environments.html',
};
const MEMORY_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Configuring Lambda function memory',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
};
const VPC_POST: Source = {
  title: 'AWS Compute Blog: Announcing improved VPC networking for AWS Lambda functions (September 2019)',
  url: 'https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/',
};
const PACKAGE_SIZE_POST: Source = {
  title: 'Adrian Tanasa: Size is (almost) all that matters for optimizing AWS Lambda cold starts (September 2023)',
  url: 'https://medium.com/@adtanasa/size-is-almost-all-that-matters-for-optimizing-aws-lambda-cold-starts-cad54f65cbb',
};
const WORKERS_COLD_STARTS_POST: Source = {
  title: 'Cloudflare Blog: Eliminating cold starts with Cloudflare Workers (July 2020)',
  url: 'https://blog.cloudflare.com/eliminating-cold-starts-with-cloudflare-workers/',
};
const WORKERS_SHARDING_POST: Source = {
  title: 'Cloudflare Blog: Eliminating Cold Starts 2: shard and conquer (September 2025)',
  url: 'https://blog.cloudflare.com/eliminating-cold-starts-2-shard-and-conquer/',
};

/** The runtimes the simulator offers. 'isolate' is a Cloudflare Workers-style V8 isolate, not Lambda. */
export const coldStartRuntimes = ['nodejs', 'python', 'java', 'java-snapstart', 'dotnet', 'go', 'rust', 'isolate'] as const;
export type ColdStartRuntime = (typeof coldStartRuntimes)[number];

/**
 * A start-up time drawn from a log-normal distribution: `medianMs` is its median and `sigma` the
 * standard deviation of its logarithm (0.2 puts 90% of draws within about 0.7x to 1.4x the median).
 */
export interface StartupDistribution {
  medianMs: number;
  sigma: number;
}

/**
 * The lambda-perf version behind each simulator runtime: the newest of its family, except Java,
 * where Java 21 is the newest version lambda-perf measured with SnapStart too, so the two Java
 * choices compare like with like (Java 25 starts about 15% faster: see lambdaPerf2026). .NET stays
 * on .NET 8, the version the lessons name; .NET 10's 2026 series is shorter and moved by 15%.
 */
export const simulatorRuntimeVersions = {
  nodejs: 'nodejs24.x',
  python: 'python3.14',
  java: 'java21',
  dotnet: 'dotnet8',
  go: 'go-al2023',
  rust: 'rust-al2023',
} as const satisfies Partial<Record<ColdStartRuntime, LambdaPerfVersion>>;
type MeasuredRuntime = keyof typeof simulatorRuntimeVersions;

const FIT_NOTE =
  'Median of every 2026 Init Duration lambda-perf measured for this hello-world function (1 January to 22 August, ' +
  '128 to 1,024 MB pooled: the medians at the four sizes differ by under 4% for most runtimes, with no trend toward ' +
  'faster starts at more memory, so the base is not scaled by memory); sigma fitted to the 10th and 90th percentiles. ';

function measuredStartup(arch: Architecture, runtime: MeasuredRuntime): Sourced<StartupDistribution> {
  const version = simulatorRuntimeVersions[runtime];
  const measured = lambdaPerf2026[arch][version];
  const m = measured.value;
  return sourced(
    { medianMs: m.medianMs, sigma: Math.round(logNormalSigmaOf(m) * 1000) / 1000 },
    'ms (log-normal median and sigma)',
    measured.source,
    measured.asOf,
    `${FIT_NOTE}${version} on ${arch === 'x86' ? 'x86_64' : 'arm64'}: mean ${m.meanMs} ms, median ${m.medianMs}, ` +
      `p10 ${m.p10Ms}, p90 ${m.p90Ms}, ${m.samples.toLocaleString('en-US')} cold starts.`,
  );
}

/**
 * The runtime's own start-up on x86_64 (the default architecture): a hello-world function with no
 * dependencies. A real function adds the time to load its package (see `packageLoad`).
 */
export const runtimeStartup: Readonly<Record<ColdStartRuntime, Sourced<StartupDistribution>>> = {
  nodejs: measuredStartup('x86', 'nodejs'),
  python: measuredStartup('x86', 'python'),
  java: measuredStartup('x86', 'java'),
  'java-snapstart': sourced(
    { medianMs: 150, sigma: 0.35 },
    'ms (log-normal median and sigma)',
    COLD_STARTS_ARE_DEAD,
    asOf,
    'SUPERSEDED by the measured restore in lib/data/snapstart.ts (lambda-perf 2025: Java 21 hello world restores in a ' +
      'median 692 ms, slower than plain Java\'s INIT) and the rule in lib/sim/rules/snapstart.ts; kept only until the ' +
      'cold-start scenario is rewired to them. Eric Johnson (April 2026) reports Java 21 + SnapStart at p50 90 to 140 ms; ' +
      'that figure was not confirmed against his data, and it is not a lambda-perf figure.',
  ),
  dotnet: measuredStartup('x86', 'dotnet'),
  go: measuredStartup('x86', 'go'),
  rust: measuredStartup('x86', 'rust'),
  isolate: sourced(
    { medianMs: 1.5, sigma: 0.35 },
    'ms (log-normal median and sigma)',
    WORKERS_COLD_STARTS_POST,
    asOf,
    'Cloudflare: the isolate technology behind Workers "allows it to warm up a function in under 5 milliseconds", ' +
      'and the isolate is often started during the TLS handshake so the visitor waits for none of it. The median and ' +
      'sigma are a course choice under that bound; draws are capped at `isolateStartupCapMs`.',
  ),
};

/**
 * The same on arm64 (Graviton). lambda-perf finds every runtime but .NET 8 starts faster on arm64
 * (Node.js 24 by 14%, Python 3.14 by 15%, Java 21 by 6%, Go by 19%, Rust by 17%); .NET 8 is 10%
 * slower there. lambda-perf measured SnapStart on x86_64 only, so the SnapStart entry is the x86
 * one; isolates are not Lambda.
 */
export const runtimeStartupArm64: Readonly<Record<ColdStartRuntime, Sourced<StartupDistribution>>> = {
  ...runtimeStartup,
  nodejs: measuredStartup('arm', 'nodejs'),
  python: measuredStartup('arm', 'python'),
  java: measuredStartup('arm', 'java'),
  dotnet: measuredStartup('arm', 'dotnet'),
  go: measuredStartup('arm', 'go'),
  rust: measuredStartup('arm', 'rust'),
};

/** runtimeStartupByArch.arm.nodejs: the measured start-up for a runtime on either architecture. */
export const runtimeStartupByArch: Readonly<Record<Architecture, Readonly<Record<ColdStartRuntime, Sourced<StartupDistribution>>>>> = {
  x86: runtimeStartup,
  arm: runtimeStartupArm64,
};

/** Draws for an isolate never exceed this: Cloudflare's stated upper bound. */
export const isolateStartupCapMs = sourced(
  5,
  'ms (exclusive upper bound)',
  WORKERS_COLD_STARTS_POST,
  asOf,
  '"Under 5 milliseconds" (Cloudflare, July 2020). Its 2025 follow-up routes a Worker\'s requests to fewer servers ' +
    'so that most requests find an isolate already running.',
);

/**
 * Loading the function's own package (dependencies, SDK clients) on top of the runtime's start-up.
 * The direction is well established (a bigger package starts slower); the size of the effect is a
 * course calibration, not a measurement.
 */
export const packageLoad = {
  msPerMbAtOneVcpu: sourced(
    10,
    'ms of INIT per MB of package, at one full vCPU',
    PACKAGE_SIZE_POST,
    asOf,
    'COURSE CALIBRATION, not a measured figure. Tanasa (2023) and Shilkov (mikhail.io) measured cold starts growing ' +
      'with package size; their exact slopes were not confirmed for this file. 10 ms/MB puts a 5 MB Node.js function ' +
      'at 512 MB near 230 ms and a 20 MB Java function at 1,024 MB near 1.1 s, inside the ranges quoted for real ' +
      'functions (Node.js 200 to 350 ms p50, Java without SnapStart 1 to 3 s).',
  ),
  /** How heavy a MB of package is to load, per runtime (1 = Node.js and Python). */
  runtimeFactor: sourced<Readonly<Record<ColdStartRuntime, number>>>(
    { nodejs: 1, python: 1, java: 3, 'java-snapstart': 0, dotnet: 2, go: 0.3, rust: 0.3, isolate: 0 },
    'multiplier on msPerMbAtOneVcpu',
    PACKAGE_SIZE_POST,
    asOf,
    'COURSE CHOICE. Java loads and interprets classes before its JIT warms up, and .NET JIT-compiles, so a MB costs ' +
      'more; Go and Rust ship one compiled binary, so a MB costs mostly download. SnapStart restores the initialised ' +
      'snapshot, so package loading is already done; an isolate\'s script is small and compiled ahead of the request.',
  ),
  /**
   * How much slower package loading is at the smallest memory size than at one full vCPU. 1 = twice
   * as slow at 128 MB. Linear in the missing CPU share between.
   */
  lowMemorySlowdown: sourced(
    1,
    'extra fraction of load time at zero CPU share',
    MEMORY_PAGE,
    asOf,
    'NOT SUPPORTED BY MEASUREMENT, and dropped by the newer rule in lib/sim/rules/init-duration.ts: lambda-perf\'s 2026 ' +
      'runs find INIT flat across memory (the medians at 128 to 1,024 MB differ by under 4% for most runtimes, at most 10% ' +
      'for Go and Ruby on arm64, with no trend toward faster starts at more memory; see lambda-perf.ts), and no public measurement ' +
      'of package loading against memory was found. Kept only until the ' +
      'cold-start scenario is rewired: it makes a 50 MB Node.js package start in 1,111 ms at 128 MB and 858 ms at 1,024 MB. ' +
      'CPU is allocated in proportion to memory, one full vCPU at 1,769 MB (AWS, "Configuring memory").',
  ),
} as const;

/** One vCPU's worth of memory: CPU grows in proportion to memory up to here and beyond. */
export const memoryPerVcpuMb = sourced(
  1769,
  'MB of memory per full vCPU',
  MEMORY_PAGE,
  asOf,
  'Up to 6 vCPUs at 10,240 MB. Confirmed in the course reference list; the page itself was not re-read for this file.',
);

export const vpcColdStartPenaltyMs = sourced(
  25,
  'ms added to a cold start when the function is attached to a VPC',
  VPC_POST,
  asOf,
  'Since AWS moved VPC access to shared Hyperplane network interfaces (announced September 2019, rolled out ' +
    'region by region), a new environment no longer creates its own network interface, and a VPC adds little to a ' +
    'cold start: tens of ms at most. The old "a VPC adds 1 to 3 s (even 10 s)" advice dates from before that change ' +
    'and is out of date. 25 ms is a course choice inside "tens of ms"; not confirmed against a measurement (the ' +
    'singledigit/lambda-benchmark project has a VPC-connected Python variant, but its results were not read).',
);

/**
 * How long Lambda keeps an idle environment before reclaiming it. AWS does not publish it: the
 * Operator Guide says "a non-deterministic period of time", and the lifecycle page adds that
 * environments are also ended every few hours for maintenance even when busy.
 */
export const keepAliveMinutes = {
  observed: sourced<{ min: number; max: number }>(
    keepAliveObservedRange,
    'minutes (observed, not documented)',
    KEEP_ALIVE_STUDIES_SOURCE,
    '2026-12-08',
    `AWS documents no figure ("retains the execution environment for a non-deterministic period of time", ${OPERATOR_GUIDE_PAGE.url}). Independent ` +
      'studies found: ' +
      keepAliveStudies.map((s) => `${s.value.period}, ${s.value.minMinutes} to ${s.value.maxMinutes} min (${s.source.title})`).join('; ') +
      '. It has changed without notice and may again. Refreshed 2026-12-08; it was 5 to 15 minutes, which no study found.',
  ),
  simulatorDefault: sourced(
    10,
    'minutes',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'Shilkov measured exactly 10 minutes in mid-2019, and later 5 to 7; a course choice inside the observed range, not an AWS figure.',
  ),
  maxLifetimeNote: sourced(
    'every few hours',
    'how often Lambda ends even busy environments',
    LIFECYCLE_PAGE,
    asOf,
    'Lambda "terminates execution environments every few hours to allow for runtime updates and maintenance"; not modelled.',
  ),
} as const;

/** What a SnapStart restore is billed: snapshot restore itself is free for Java. */
export const snapStartRestoreBilling = sourced(
  false,
  'whether the snapshot restore is billed (Java managed runtimes)',
  SNAPSTART_MONITORING_PAGE,
  asOf,
  'The REPORT line\'s Billed Restore Duration covers loading the runtime and afterRestore hooks; "You are not charged ' +
    'for the time it takes to restore a snapshot." The simulator assumes no afterRestore hooks, so a Java SnapStart ' +
    'restore adds no billed time. Python and .NET SnapStart have caching and restore charges (not modelled). ' +
    `SnapStart page: ${SNAPSTART_PAGE.url}`,
);

/** Why the isolate model runs one isolate that serves many requests at once. */
export const isolateConcurrency = sourced(
  'one isolate per location, no per-isolate request limit',
  'model choice',
  WORKERS_SHARDING_POST,
  asOf,
  'Blog post found in a stored copy (dated 2025-09-26); its exact URL slug was not confirmed. ' +
    'A V8 isolate serves many requests at once (its event loop interleaves them while they wait on I/O), and ' +
    'Cloudflare routes a Worker\'s requests to as few servers as it can so that they find one running. A busy ' +
    'location does run more isolates, but each starts in under 5 ms, so a learner could not see the difference.',
);

/** A warm-up ping's handler time: the handler returns at once when it sees the ping. */
export const warmUpPingHandlerMs = 1;

/** The newest lambda-perf run behind the runtime start-up figures (they pool every run of 2026 up to it). */
export const lambdaPerfMeasurementDate = sourced(
  lambdaPerfRange.value.to,
  'date of the newest lambda-perf run used',
  LAMBDA_PERF,
  asOf,
  `The figures pool every daily run from ${lambdaPerfRange.value.from} to ${lambdaPerfRange.value.to} (see lambdaPerfRange ` +
    'in lib/data/lambda-perf.ts). Until 2026-12-08 they came from the single run of 2025-12-21.',
);
