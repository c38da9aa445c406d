import { sourced, type Source, type Sourced } from './sourced';

/**
 * The figures behind the cold-start simulator (lib/sim/cold-start.ts): how long each runtime takes
 * to start an execution environment, what package size, memory and a VPC add, how long an idle
 * environment is kept, and what an isolate costs to start. Each is a `Sourced` value; `note` says
 * how it was checked and what could not be confirmed.
 *
 * Checked 2026-11-22 against stored copies of the sources (no live page was fetched).
 */
const asOf = '2026-11-22';

const LAMBDA_PERF: Source = {
  title: 'lambda-perf: daily cold-start benchmark of hello-world Lambda functions per runtime (maxday/lambda-perf)',
  url: 'https://maxday.github.io/lambda-perf/',
};
const LAMBDA_PERF_DATA: Source = {
  title: 'maxday/lambda-perf data file data/2025/2025-12-21.json',
  url: 'https://github.com/maxday/lambda-perf/blob/main/data/2025/2025-12-21.json',
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

const PERF_NOTE =
  'Mean Init Duration of 10 forced cold starts of a hello-world .zip function on x86_64, averaged over the ' +
  '128, 256, 512 and 1,024 MB runs of lambda-perf\'s 2025-12-21 data file (the newest stored copy). The data file ' +
  'gives means, not medians: the simulator uses that mean as its distribution\'s median, and lessons call it an average. ';
const FLAT_NOTE =
  'The four memory sizes differ by less than 20%, so the base is not scaled by memory (see packageLoad for what is). ';
const SIGMA_NOTE = 'Sigma is a course choice that spans the run-to-run spread in the data file. ';

/**
 * The runtime's own start-up: a hello-world function with no dependencies. A real function adds
 * the time to load its package (see `packageLoad`).
 */
export const runtimeStartup: Readonly<Record<ColdStartRuntime, Sourced<StartupDistribution>>> = {
  nodejs: sourced(
    { medianMs: 147, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}nodejs22.x: 155.9, 133.0, 140.5 and 158.3 ms. ${FLAT_NOTE}${SIGMA_NOTE}`,
  ),
  python: sourced(
    { medianMs: 103, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}python3.13: 97.7, 110.6, 102.4 and 101.7 ms. ${FLAT_NOTE}${SIGMA_NOTE}`,
  ),
  java: sourced(
    { medianMs: 268, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}java21: 261.6, 271.1, 267.1 and 271.9 ms. A bare JVM is quick; real Java functions take 1 to 3 s ` +
      'because loading and JIT-compiling framework classes is slow, which the simulator models as a larger ' +
      `per-MB package cost for Java. ${SIGMA_NOTE}`,
  ),
  'java-snapstart': sourced(
    { medianMs: 150, sigma: 0.35 },
    'ms (log-normal median and sigma)',
    COLD_STARTS_ARE_DEAD,
    asOf,
    'Restore from a cached Firecracker snapshot instead of running INIT (AWS SnapStart page: "as low as sub-second ' +
      'startup"; AWS publishes no restore-time figure). Eric Johnson (April 2026) reports Java 21 + SnapStart at p50 ' +
      '90 to 140 ms and p99 200 to 400 ms; median 150 ms with sigma 0.35 puts 90% of restores between about 85 and ' +
      '270 ms, inside the 100 to 300 ms widely quoted. NOT a lambda-perf figure (its stored 2025-12-21 data has no ' +
      'SnapStart entries), so lessons must not show it beside the lambda-perf averages as if it came from that run. Restore time grows with the snapshot\'s size; the simulator ignores package size here.',
  ),
  dotnet: sourced(
    { medianMs: 256, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}dotnet8 (not AOT): 245.7, 255.2, 267.0 and 254.2 ms. ${FLAT_NOTE}${SIGMA_NOTE}`,
  ),
  go: sourced(
    { medianMs: 53, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}go on provided.al2023: 51.9, 51.1, 54.6 and 55.4 ms. ${FLAT_NOTE}${SIGMA_NOTE}`,
  ),
  rust: sourced(
    { medianMs: 17, sigma: 0.2 },
    'ms (log-normal median and sigma)',
    LAMBDA_PERF_DATA,
    asOf,
    `${PERF_NOTE}rust on provided.al2023: 16.8, 16.3, 16.8 and 17.7 ms. ${FLAT_NOTE}${SIGMA_NOTE}`,
  ),
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
    'CPU is allocated in proportion to memory, one full vCPU at 1,769 MB (AWS, "Configuring memory"). INIT is ' +
      'observed to get more CPU than that share (lambda-perf\'s hello-world INIT barely changes from 128 to ' +
      '1,024 MB), so the simulator does not slow loading by the full 1,769/128 = 14x; it assumes at most 2x at ' +
      '128 MB and no gain above one vCPU (single-threaded loading cannot use a second core). A course assumption.',
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
    { min: 5, max: 15 },
    'minutes (observed, not documented)',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'AWS documents no figure ("retains the execution environment for a non-deterministic period of time"). ' +
      'Widely quoted observations put it at roughly 5 to 15 minutes, sometimes longer: Yan Cui (theburningmonk.com, ' +
      '2017) first saw about 5 minutes, then no cold start after more than 30. Not confirmed against any AWS page, ' +
      'and it may change without notice.',
  ),
  simulatorDefault: sourced(
    10,
    'minutes',
    OPERATOR_GUIDE_PAGE,
    asOf,
    'The middle of the observed 5 to 15 minutes; a course choice, not an AWS figure.',
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

/** Measured figures this file is based on, with the date of the measurement (not of the check). */
export const lambdaPerfMeasurementDate = sourced(
  '2025-12-21',
  'date of the lambda-perf run used',
  LAMBDA_PERF,
  asOf,
  'The newest data file in the stored copy of maxday/lambda-perf (the site publishes a new run every day); ' +
    'fields used: "i" (10 Init Durations) and "acd" (their mean). The GitHub link assumes the main branch.',
);
