import { coldStartRuntimes, keepAliveMinutes, type ColdStartRuntime } from '../../data/cold-starts';

/**
 * The cold-start simulator's inputs. Names mirror the URL parameters of the simulator view, so a
 * shared link, a quiz question and a test describe a scenario the same way.
 */
export type { ColdStartRuntime };
export { coldStartRuntimes };

/**
 * How requests arrive. Every pattern has the same long-run average rate, `rps`:
 * - steady: Poisson arrivals at `rps`.
 * - bursty: silent spells broken by bursts at ten times `rps` (see traffic.ts for the shape).
 * - daily: a day's curve, quiet at 04:00 and busiest at 16:00; the window starts at midnight.
 * - sparse: nearly regular requests, like a cron job or a webhook, every 1/rps seconds +/- 10%.
 */
export const trafficPatterns = ['steady', 'bursty', 'daily', 'sparse'] as const;
export type TrafficPattern = (typeof trafficPatterns)[number];

export interface ColdStartInput {
  runtime: ColdStartRuntime;
  /** Configured memory, MB. CPU is allocated in proportion (one vCPU at 1,769 MB). */
  memoryMb: number;
  /** Deployment package size (code and dependencies, unzipped), MB. */
  packageMb: number;
  /** Attached to a VPC: adds a little to each cold start (tens of ms since 2019). */
  vpc: boolean;
  /** Provisioned concurrency: environments initialised before the window, always warm. */
  provisioned: number;
  /** Idle minutes after which an on-demand environment (or an isolate) is reclaimed. */
  keepAliveMinutes: number;
  pattern: TrafficPattern;
  /** Average arrival rate, requests per second (0.01 = one request per 100 s; 1/86,400 = one a day). */
  rps: number;
  /** Median handler time, ms. */
  durationMs: number;
  /** Spread of handler time: sigma of its logarithm (0 = every request takes durationMs). */
  durationSpread: number;
  /** A warm-up ping every this many minutes; 0 = no pings. */
  pingMinutes: number;
  /** Length of the simulated window, minutes. */
  windowMinutes: number;
  /** Seed of the random draws: the same seed and inputs give the same run. */
  seed: number;
}

export type NumericColdStartInput = {
  [K in keyof ColdStartInput]: ColdStartInput[K] extends number ? K : never;
}[keyof ColdStartInput];

export interface InputRange {
  min: number;
  max: number;
  unit: string;
  integer: boolean;
}

export const coldStartDefaults: Readonly<ColdStartInput> = {
  runtime: 'nodejs',
  memoryMb: 512,
  packageMb: 5,
  vpc: false,
  provisioned: 0,
  keepAliveMinutes: keepAliveMinutes.simulatorDefault.value,
  pattern: 'bursty',
  rps: 2,
  durationMs: 100,
  durationSpread: 0.3,
  pingMinutes: 0,
  windowMinutes: 60,
  seed: 1,
};

/**
 * Allowed ranges, for the URL parser to clamp to. Memory and package size follow Lambda's limits
 * (128 to 10,240 MB; 250 MB unzipped). The others are kept small enough to simulate at once in a
 * browser; a run also stops at `coldStartLimits.maxRequests` arrivals (see the result's
 * `truncatedAtSec`).
 */
export const coldStartInputRanges: Readonly<Record<NumericColdStartInput, InputRange>> = {
  memoryMb: { min: 128, max: 10_240, unit: 'MB', integer: true },
  packageMb: { min: 0, max: 250, unit: 'MB', integer: false },
  provisioned: { min: 0, max: 1000, unit: 'environments', integer: true },
  keepAliveMinutes: { min: 1, max: 60, unit: 'minutes', integer: false },
  /** Down to one request every 100,000 s (about 28 hours), so a nightly job fits in a day's window. */
  rps: { min: 0.00001, max: 1000, unit: 'requests/s', integer: false },
  durationMs: { min: 1, max: 900_000, unit: 'ms', integer: false },
  durationSpread: { min: 0, max: 1.5, unit: 'sigma', integer: false },
  /** 0 turns pings off; otherwise at least 1 minute (normalise raises 0 < k < 1 to 1). */
  pingMinutes: { min: 0, max: 60, unit: 'minutes', integer: false },
  windowMinutes: { min: 1, max: 1440, unit: 'minutes', integer: true },
  seed: { min: 0, max: 4_294_967_295, unit: '', integer: true },
};

export const coldStartLimits = {
  /** A run stops generating arrivals here, to bound memory (17 bytes a request) and time. */
  maxRequests: 2_000_000,
  /** Points in the environments-over-time series. */
  seriesPoints: 300,
  /** Environments whose lifecycle lanes are recorded, in order of creation (provisioned first). */
  maxLanes: 40,
  /** Intervals kept per lane; later ones are dropped and the lane is marked truncated. */
  maxIntervalsPerLane: 400,
  /** Busy spells closer than this share of the window are drawn as one (a lane is ~1,000 px). */
  laneMergeShareOfWindow: 1 / 1000,
} as const;

function clamp(x: number, { min, max, integer }: InputRange): number {
  const v = Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : min;
  return integer ? Math.round(v) : v;
}

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

/** Fills in defaults and clamps every number to its range, so the model never sees a bad value. */
export function normaliseColdStartInput(partial: Partial<ColdStartInput> = {}): ColdStartInput {
  const input: ColdStartInput = { ...coldStartDefaults, ...partial };
  for (const name of Object.keys(coldStartInputRanges) as NumericColdStartInput[]) {
    input[name] = clamp(input[name], coldStartInputRanges[name]);
  }
  input.runtime = oneOf(input.runtime, coldStartRuntimes, coldStartDefaults.runtime);
  input.pattern = oneOf(input.pattern, trafficPatterns, coldStartDefaults.pattern);
  input.vpc = input.vpc === true;
  // A ping more often than once a minute is no warmer than one a minute, and would only add events.
  if (input.pingMinutes > 0 && input.pingMinutes < 1) input.pingMinutes = 1;
  return input;
}
