import { coldStartRuntimes, type ColdStartRuntime } from '../../data/cold-starts';

/**
 * The cold-start simulator's inputs. Their names ARE the URL parameters, so a shared link, a quiz
 * question and a test describe a scenario the same way; ranges, units and defaults are in
 * schema.ts, and the URL parser clamps to them before the model runs.
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
  memory: number;
  /** Deployment package size (code and dependencies, unzipped), MB. */
  pkg: number;
  /** Attached to a VPC: adds a little to each cold start (tens of ms since 2019). */
  vpc: boolean;
  /** Provisioned concurrency: environments initialised before the window, always warm. */
  provisioned: number;
  /** Idle minutes after which an on-demand environment (or an isolate) is reclaimed. */
  keepalive: number;
  pattern: TrafficPattern;
  /** Average arrival rate, requests per second (0.01 = one request per 100 s; 1/86,400 = one a day). */
  rps: number;
  /** Median handler time, ms. */
  duration: number;
  /** Spread of handler time: sigma of its logarithm (0 = every request takes `duration`). */
  spread: number;
  /** A warm-up ping every this many minutes; 0 = no pings (more often than once a minute counts as once a minute). */
  ping: number;
  /** Length of the simulated window, minutes. */
  window: number;
  /** Seed of the random draws: the same seed and inputs give the same run. */
  seed: number;
}

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
