import type { MeasuredSpread } from './lambda-perf';
import { sourced, type Source } from './sourced';

/**
 * What a SnapStart cold start costs, as measured, and what AWS promises. The rule that turns these
 * into a restore time for a given function lives in lib/sim/rules/snapstart.ts.
 */
const asOf = '2026-12-08';

const LAMBDA_PERF_2025: Source = {
  title: 'maxday/lambda-perf: data/2025/2025-01-01.json to data/2025/2025-10-18.json (SnapStart entries)',
  url: 'https://github.com/maxday/lambda-perf/tree/main/data/2025',
};
const SNAPSTART_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Improving startup performance with Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
};
const UNDER_THE_HOOD_POST: Source = {
  title: 'AWS Compute Blog: Under the hood: how AWS Lambda SnapStart optimizes function startup latency (August 2025)',
  url: 'https://aws.amazon.com/blogs/compute/under-the-hood-how-aws-lambda-snapstart-optimizes-function-startup-latency/',
};
const PRIMING_POST: Source = {
  title: 'AWS Compute Blog: Optimizing cold start performance of AWS Lambda using advanced priming strategies with SnapStart (April 2025)',
  url: 'https://aws.amazon.com/blogs/compute/optimizing-cold-start-performance-of-aws-lambda-using-advanced-priming-strategies-with-snapstart/',
};

const HOW =
  'Field "i" of lambda-perf\'s SnapStart entries holds the REPORT line\'s Restore Duration (its log parser falls back to it ' +
  'when there is no Init Duration). Every 2025 entry pooled: 10 forced cold starts at each of 128, 256, 512 and 1,024 MB ' +
  'per day, x86_64, .zip. lambda-perf publishes a new version before each run, so these are restores of a snapshot that ' +
  'no cache holds yet: the slow case (AWS: later restores of a busy version read more of the snapshot from nearer caches). ' +
  'lambda-perf stopped measuring SnapStart after 18 October 2025 ("a simple hello-world application may not represent a ' +
  'meaningful use case", its README). ';

/**
 * A Java 21 hello world restored from its snapshot: lambda-perf's last full year of SnapStart
 * runs. Slower than plain Java 21's INIT of the same function on the same days (`plainJava21SameDays`).
 */
export const snapStartRestoreMeasured = sourced<MeasuredSpread & { days: number; from: string; to: string; meanByMemoryMs: readonly number[]; memoryUsedMb: number }>(
  {
    samples: 10_236,
    days: 256,
    from: '2025-01-01',
    to: '2025-10-18',
    meanMs: 718.5,
    medianMs: 692.5,
    p10Ms: 579.5,
    p90Ms: 878.7,
    minMs: 414.8,
    maxMs: 3753.1,
    // At 128, 256, 512 and 1,024 MB: the smallest size restores about 20% slower; the others are level.
    meanByMemoryMs: [832.9, 689.8, 661.3, 689.9],
    // lambda-perf's "mu": the function's memory in use, the best available proxy for its snapshot's size.
    memoryUsedMb: 84.7,
  },
  'ms of Restore Duration (java21 + SnapStart, x86_64)',
  LAMBDA_PERF_2025,
  asOf,
  `${HOW}Java 11 and 17 with SnapStart measured alike: medians 640 and 676 ms over the same days.`,
);

/** Plain Java 21 (no SnapStart) on the same 2025 days: the INIT that SnapStart replaces, for a hello world. */
export const plainJava21SameDays = sourced<MeasuredSpread>(
  { samples: 10_238, meanMs: 261.6, medianMs: 254.9, p10Ms: 235.4, p90Ms: 293.7, minMs: 179.3, maxMs: 996.6 },
  'ms of Init Duration (java21, x86_64)',
  LAMBDA_PERF_2025,
  asOf,
  'The java21 x86_64 .zip entries of the same 256 data files of 2025 (1 January to 18 October). For a hello world, ' +
    'SnapStart\'s restore (median 692 ms) is almost three times slower than the INIT it replaces.',
);

/** What AWS promises for SnapStart, in its own words. */
export const snapStartPromise = sourced(
  'as low as sub-second startup, from several seconds, for functions whose INIT takes seconds',
  'AWS wording',
  SNAPSTART_PAGE,
  asOf,
  'The Developer Guide: "Use SnapStart to reduce this latency from several seconds to as low as sub-second, in optimal ' +
    'scenarios"; an older version said "up to 10x". The Compute Blog post on how SnapStart works adds: "If your function ' +
    `already initializes within hundreds of milliseconds, then AWS recommends using Lambda Provisioned Concurrency" (${UNDER_THE_HOOD_POST.url}).`,
);

/** AWS's own measurement of SnapStart and priming on a Spring Boot function (Java 21, arm64, RDS through RDS Proxy). */
export const snapStartPrimingMeasured = sourced(
  {
    onDemand: { samples: 128, p50Ms: 5047.94, p90Ms: 5386.78, p99Ms: 6158.8 },
    snapStart: { samples: 111, p50Ms: 1177.87, p90Ms: 1288.73, p99Ms: 1419.94 },
    classPriming: { samples: 82, p50Ms: 857.81, p90Ms: 997.49, p99Ms: 1085.94 },
    invokePriming: { samples: 66, p50Ms: 608.42, p90Ms: 688.88, p99Ms: 781.68 },
  },
  'ms, cold-start invocations under a load test',
  PRIMING_POST,
  asOf,
  'Read from a stored copy of the post\'s results table. A cold invocation\'s whole latency (restore or INIT, then the first ' +
    'request), so it is not directly comparable with a Restore Duration alone. SnapStart made it 4.3 times faster than ' +
    'on-demand; class priming (loading classes before the snapshot) 1.4 times faster again; invoke priming (running the ' +
    'endpoint before the snapshot, safe only for idempotent code) 1.8 to 1.9 times.',
);

/**
 * How a SnapStart cold start is modelled (lib/sim/rules/snapstart.ts). COURSE CALIBRATION, fitted
 * to the two measurements above; AWS publishes no formula.
 */
export const snapStartCalibration = sourced(
  {
    /** Restore grows by this fraction per MB of snapshot above the hello world's (0.001 = +10% per 100 MB). */
    restoreGrowthPerMb: 0.001,
    /**
     * Share of the function's own INIT work still paid by the first request after a restore (classes the
     * snapshot did not load, code the JIT has not compiled), by priming strategy.
     */
    afterRestoreShare: { none: 0.12, class: 0.05, invoke: 0 },
  },
  'fractions',
  PRIMING_POST,
  asOf,
  'COURSE CALIBRATION. afterRestoreShare: with the on-demand p50 (5,048 ms) taken as the runtime (236 ms, Java 21 arm64) ' +
    'plus about 4,800 ms of INIT work, and invoke priming (608 ms) as a restore with nothing left over, SnapStart\'s 1,178 ms ' +
    'leaves about 570 ms = 12% of the INIT work, class priming\'s 858 ms about 250 ms = 5%. restoreGrowthPerMb: the post\'s ' +
    'Spring Boot snapshot is far larger than a hello world\'s, yet restores with its first request in under twice a hello ' +
    `world's restore, so growth is modest; AWS says restore time depends on how much of the snapshot is read (${UNDER_THE_HOOD_POST.url}) ` +
    'but publishes no slope. With these figures a hello world restores in about 690 ms (slower than its 250 ms INIT), and a ' +
    'function with 2,000 ms of INIT work starts about 2.4 times faster with SnapStart, 3.2 times with invoke priming.',
);
