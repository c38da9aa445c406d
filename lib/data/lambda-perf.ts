import type { Architecture } from '../pricing/aws-lambda';
import { sourced, type Source, type Sourced } from './sourced';

/**
 * What maxday/lambda-perf measured in 2026: the Init Duration of a hello-world function, per
 * runtime version and architecture. Every day the benchmark deploys each function afresh at 128,
 * 256, 512 and 1,024 MB and forces ten cold starts at each size; these summaries pool every
 * Init Duration of every daily run from 1 January to 22 August 2026 (the newest run in the stored
 * copy of the repository), .zip packages only.
 *
 * How it was extracted (read with git from a snapshot of the repository; none of its code is
 * used or copied): for each file data/2026-MM-DD.json, the field "i" (the ten Init Durations) of
 * every entry whose "p" is "zip", grouped by "d" (runtime) and "a" (architecture); pooled, then
 * mean, median, 10th and 90th percentile (linear interpolation), minimum and maximum, and the
 * median at each memory size ("m"). The SnapStart restores are in ./snapstart.ts.
 */
const asOf = '2026-12-08';

export const LAMBDA_PERF_REPOSITORY: Source = {
  title: 'maxday/lambda-perf: daily cold-start benchmark of hello-world Lambda functions (data/2026-01-01.json to data/2026-08-22.json)',
  url: 'https://github.com/maxday/lambda-perf/tree/main/data',
};

/** The runs pooled below: the first and the last data file, and how many files there are. */
export const lambdaPerfRange = sourced(
  { from: '2026-01-01', to: '2026-08-22', files: 198 },
  'dates of the lambda-perf runs pooled (daily; some days are missing)',
  LAMBDA_PERF_REPOSITORY,
  asOf,
  'Every daily data file of 2026 in the stored copy (snapshot commit 6070b79, 22 August 2026). A runtime appears in ' +
    '184 of the 198 files (dotnet10 in 129: it was added in March). Month by month the medians move by up to about 15% ' +
    '(Python 3.13 on x86: 101 to 108 ms from January to June, 84 to 86 ms in July and August), so a single day can differ ' +
    'from these pooled figures by that much.',
);

/** A measured spread of start-up times (INIT or restore), ms. */
export interface MeasuredSpread {
  /** Durations pooled. */
  samples: number;
  meanMs: number;
  medianMs: number;
  p10Ms: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
}

/** One runtime version on one architecture: every 2026 Init Duration pooled (ten cold starts x four memory sizes x each day). */
export interface InitMeasurement extends MeasuredSpread {
  days: number;
  /** Median at 128, 256, 512 and 1,024 MB: within a few per cent of each other (INIT is flat in memory). */
  medianByMemoryMs: readonly [number, number, number, number];
}

/** The memory sizes of medianByMemoryMs, in order. */
export const LAMBDA_PERF_MEMORY_SIZES_MB = [128, 256, 512, 1024] as const;

/** The runtime versions summarised: the newest of each family lambda-perf measures, and their predecessors. */
export const lambdaPerfVersions = [
  'nodejs22.x',
  'nodejs24.x',
  'python3.12',
  'python3.13',
  'python3.14',
  'java21',
  'java25',
  'dotnet8',
  'dotnet10',
  'go-al2023',
  'rust-al2023',
  'ruby3.4',
] as const;
export type LambdaPerfVersion = (typeof lambdaPerfVersions)[number];

type Table = Record<LambdaPerfVersion, InitMeasurement>;

// Printed by the extraction above; go and rust run on the OS-only runtime provided.al2023.
const X86: Table = {
  'nodejs22.x': { samples: 7305, days: 184, meanMs: 145.9, medianMs: 142.4, p10Ms: 126.9, p90Ms: 169.3, minMs: 100.4, maxMs: 308.5, medianByMemoryMs: [143.0, 141.8, 142.4, 142.3] },
  'nodejs24.x': { samples: 7302, days: 184, meanMs: 146.4, medianMs: 143.0, p10Ms: 125.8, p90Ms: 171.0, minMs: 92.4, maxMs: 546.0, medianByMemoryMs: [144.5, 142.6, 142.4, 142.6] },
  'python3.12': { samples: 7295, days: 184, meanMs: 92.0, medianMs: 88.9, p10Ms: 79.5, p90Ms: 107.8, minMs: 59.1, maxMs: 282.8, medianByMemoryMs: [89.4, 88.7, 88.8, 88.7] },
  'python3.13': { samples: 7297, days: 184, meanMs: 102.5, medianMs: 100.1, p10Ms: 81.9, p90Ms: 123.0, minMs: 59.7, maxMs: 310.1, medianByMemoryMs: [100.8, 99.8, 99.9, 100.0] },
  'python3.14': { samples: 7298, days: 184, meanMs: 129.0, medianMs: 120.9, p10Ms: 102.3, p90Ms: 159.2, minMs: 78.6, maxMs: 424.4, medianByMemoryMs: [121.6, 120.3, 120.6, 120.8] },
  java21: { samples: 7328, days: 184, meanMs: 258.9, medianMs: 250.7, p10Ms: 227.0, p90Ms: 289.4, minMs: 173.0, maxMs: 754.0, medianByMemoryMs: [249.5, 249.2, 251.8, 252.3] },
  java25: { samples: 7332, days: 184, meanMs: 242.4, medianMs: 213.9, p10Ms: 179.8, p90Ms: 421.7, minMs: 125.3, maxMs: 727.7, medianByMemoryMs: [214.9, 214.0, 213.0, 213.5] },
  dotnet8: { samples: 7327, days: 184, meanMs: 268.9, medianMs: 254.9, p10Ms: 228.5, p90Ms: 308.1, minMs: 173.2, maxMs: 872.0, medianByMemoryMs: [254.8, 254.9, 254.4, 255.8] },
  dotnet10: { samples: 5091, days: 129, meanMs: 318.0, medianMs: 275.2, p10Ms: 234.4, p90Ms: 559.2, minMs: 175.6, maxMs: 922.8, medianByMemoryMs: [276.1, 272.4, 276.2, 275.4] },
  'go-al2023': { samples: 7302, days: 184, meanMs: 51.4, medianMs: 50.8, p10Ms: 45.0, p90Ms: 56.4, minMs: 38.5, maxMs: 125.6, medianByMemoryMs: [50.8, 50.8, 50.9, 50.8] },
  'rust-al2023': { samples: 7299, days: 184, meanMs: 17.9, medianMs: 16.4, p10Ms: 14.9, p90Ms: 21.7, minMs: 11.6, maxMs: 96.1, medianByMemoryMs: [16.5, 16.4, 16.4, 16.4] },
  'ruby3.4': { samples: 7348, days: 184, meanMs: 252.4, medianMs: 228.2, p10Ms: 193.5, p90Ms: 382.4, minMs: 137.0, maxMs: 680.8, medianByMemoryMs: [228.2, 227.5, 228.6, 228.9] },
};

const ARM: Table = {
  'nodejs22.x': { samples: 7324, days: 184, meanMs: 122.5, medianMs: 124.2, p10Ms: 103.2, p90Ms: 139.5, minMs: 71.9, maxMs: 573.1, medianByMemoryMs: [123.8, 121.5, 125.3, 125.9] },
  'nodejs24.x': { samples: 7321, days: 184, meanMs: 124.4, medianMs: 122.3, p10Ms: 103.7, p90Ms: 142.9, minMs: 70.3, maxMs: 522.7, medianByMemoryMs: [120.7, 120.7, 123.3, 124.5] },
  'python3.12': { samples: 7308, days: 184, meanMs: 79.5, medianMs: 79.7, p10Ms: 65.7, p90Ms: 90.8, minMs: 43.1, maxMs: 284.1, medianByMemoryMs: [79.5, 78.7, 80.0, 80.7] },
  'python3.13': { samples: 7315, days: 184, meanMs: 86.8, medianMs: 82.4, p10Ms: 73.2, p90Ms: 101.4, minMs: 43.4, maxMs: 248.4, medianByMemoryMs: [82.1, 81.8, 82.9, 82.7] },
  'python3.14': { samples: 7326, days: 184, meanMs: 106.7, medianMs: 103.3, p10Ms: 87.4, p90Ms: 124.3, minMs: 55.5, maxMs: 383.1, medianByMemoryMs: [102.5, 103.1, 103.2, 104.7] },
  java21: { samples: 7325, days: 184, meanMs: 237.2, medianMs: 236.0, p10Ms: 191.9, p90Ms: 278.2, minMs: 134.1, maxMs: 682.1, medianByMemoryMs: [234.1, 232.3, 236.6, 237.7] },
  java25: { samples: 7334, days: 184, meanMs: 210.6, medianMs: 197.0, p10Ms: 148.6, p90Ms: 274.1, minMs: 95.1, maxMs: 563.3, medianByMemoryMs: [194.6, 195.1, 199.2, 198.3] },
  dotnet8: { samples: 7318, days: 184, meanMs: 292.9, medianMs: 279.9, p10Ms: 227.7, p90Ms: 341.3, minMs: 146.1, maxMs: 800.3, medianByMemoryMs: [278.8, 278.2, 282.1, 281.4] },
  dotnet10: { samples: 5110, days: 129, meanMs: 314.2, medianMs: 261.0, p10Ms: 205.8, p90Ms: 594.9, minMs: 137.8, maxMs: 753.9, medianByMemoryMs: [257.0, 263.3, 264.0, 259.4] },
  'go-al2023': { samples: 7311, days: 184, meanMs: 40.9, medianMs: 41.3, p10Ms: 36.2, p90Ms: 45.1, minMs: 28.9, maxMs: 129.6, medianByMemoryMs: [40.9, 38.6, 42.4, 42.0] },
  'rust-al2023': { samples: 7303, days: 184, meanMs: 14.3, medianMs: 13.6, p10Ms: 12.0, p90Ms: 15.3, minMs: 8.9, maxMs: 83.5, medianByMemoryMs: [13.6, 13.6, 13.6, 13.5] },
  'ruby3.4': { samples: 7286, days: 184, meanMs: 230.8, medianMs: 220.3, p10Ms: 175.1, p90Ms: 317.1, minMs: 109.5, maxMs: 525.0, medianByMemoryMs: [212.8, 213.2, 233.8, 232.5] },
};

const NOTE =
  'Hello-world .zip function, no dependencies: almost all of it is the runtime starting. Real functions add their ' +
  'imports and their own initialisation on top (see lib/sim/rules/init-duration.ts). ';

function table(arch: Architecture, rows: Table): Readonly<Record<LambdaPerfVersion, Sourced<InitMeasurement>>> {
  const label = arch === 'x86' ? 'x86_64' : 'arm64';
  return Object.fromEntries(
    lambdaPerfVersions.map((v) => [v, sourced(rows[v], `ms of Init Duration, ${label}`, LAMBDA_PERF_REPOSITORY, asOf, NOTE)]),
  ) as Record<LambdaPerfVersion, Sourced<InitMeasurement>>;
}

/** lambdaPerf2026.x86['nodejs24.x'].value.medianMs === 143 */
export const lambdaPerf2026: Readonly<Record<Architecture, Readonly<Record<LambdaPerfVersion, Sourced<InitMeasurement>>>>> = {
  x86: table('x86', X86),
  arm: table('arm', ARM),
};

/** z of the 90th percentile of a standard normal: p90/p10 of a log-normal is exp(2 z sigma). */
const Z90 = 1.2815515655446004;

/**
 * The sigma of a log-normal with the measurement's 10th and 90th percentiles: how the simulator
 * turns a measured spread into its draws (a course choice; lambda-perf's tails are longer than a
 * log-normal's, which the p10/p90 fit ignores).
 */
export function logNormalSigmaOf(m: Pick<InitMeasurement, 'p10Ms' | 'p90Ms'>): number {
  return Math.log(m.p90Ms / m.p10Ms) / (2 * Z90);
}

/** Largest spread between the medians at 128 and 1,024 MB, over every runtime and architecture: INIT is flat in memory. */
export function largestMemorySpread(): number {
  let largest = 0;
  for (const arch of ['x86', 'arm'] as const) {
    for (const v of lambdaPerfVersions) {
      const byMemory = lambdaPerf2026[arch][v].value.medianByMemoryMs;
      largest = Math.max(largest, Math.max(...byMemory) / Math.min(...byMemory) - 1);
    }
  }
  return largest;
}
