import type { ConcurrencyInput } from './inputs';
import type { LimitCause } from './outcome';

/**
 * One value per 100 ms step. Counts are per step; levels (concurrency, queue depth, in flight)
 * are taken at the end of the step. Float64 where request accounting must be exact, Float32 for
 * display-only values (exact for integers below 16 million).
 */
export interface ConcurrencySeries {
  /** Offered load, requests per second. */
  offeredRps: Float32Array;
  /** New requests (a retried request is not counted again). */
  arrivals: Float64Array;
  /** Requests or messages started (after any wait). */
  started: Float32Array;
  /** Requests or messages finished successfully. */
  completed: Float64Array;
  /** Invocations running: the concurrency in use. */
  concurrency: Float32Array;
  /** Initialised execution environments, busy or idle. */
  environments: Float32Array;
  /** The most invocations that could run now: scaling-rate ceiling, reserved or account limit, SQS ceiling. */
  effectiveLimit: Float32Array;
  /** Which limit held work back (a LimitCause code; 0 when nothing was held back). */
  limitedBy: Uint8Array;
  /**
   * Refused for lack of concurrency. sync: 429 responses (every attempt counts). async: new
   * events that could not start in the step they arrived (each counted once). sqs: invocations
   * the pollers attempted that Lambda refused.
   */
  throttled: Float32Array;
  /** Scheduled for another attempt (client retry, async retry, SQS redelivery). */
  retried: Float32Array;
  /** Requests or messages whose invocation failed (here: a database error). */
  failed: Float32Array;
  /** Left the system unserved: throttled-and-dropped, and failed requests that are not retried. */
  dropped: Float64Array;
  /** Sent to the dead-letter queue. */
  dlq: Float64Array;
  /** Waiting: queued events (visible or hidden for a retry) or clients' pending retries. */
  queueDepth: Float64Array;
  /** Age of the oldest visible queued event, seconds (0 for sync: clients do the waiting). */
  oldestAgeS: Float32Array;
  /** Requests or messages inside running invocations. */
  inFlight: Float64Array;
  dbConnections: Float32Array;
  /** Invocations that could not get a database connection. */
  dbErrors: Float32Array;
  /** Invocations that started a new execution environment. */
  coldStarts: Float32Array;
  /** Added latency before starting (queue wait or client backoff), mean and max over started, ms. */
  waitMeanMs: Float32Array;
  waitMaxMs: Float32Array;
}

export interface ConcurrencyTotals {
  arrivals: number;
  completed: number;
  /** Sum of the throttled series (for sync: the 429s returned). */
  throttled: number;
  /** Requests throttled on their first attempt (sync) or held back on arrival (async). */
  throttledRequests: number;
  throttledAndDropped: number;
  /** Failed and not retried (sync database errors returned to the caller). */
  failed: number;
  /** throttledAndDropped + failed. */
  dropped: number;
  retried: number;
  deadLetterQueue: number;
  dbErrors: number;
  coldStarts: number;
  peakConcurrency: number;
  peakEnvironments: number;
  maxQueueDepth: number;
  maxOldestAgeS: number;
  /** Still waiting at the end of the window (queue, hidden retries, clients' retries). */
  stillQueued: number;
  /** Still running at the end of the window. */
  inFlight: number;
  meanWaitMs: number;
  maxWaitMs: number;
  /** Throttles counted under the limit that caused them. */
  throttledBy: Record<LimitCause, number>;
  /** First and last second with a throttle, or null if none. */
  firstThrottleS: number | null;
  lastThrottleS: number | null;
}

export interface ConcurrencyResult {
  /** The inputs after defaults and clamping. */
  input: ConcurrencyInput;
  stepMs: number;
  steps: number;
  /** The function's concurrency cap: reserved concurrency if set, else the account limit. */
  functionCap: number;
  /** Little's law at the peak offered rate: invocations in flight needed to serve it (sqs: full batches). */
  requiredAtPeak: number;
  series: ConcurrencySeries;
  totals: ConcurrencyTotals;
}

export function allocateSeries(steps: number): ConcurrencySeries {
  const f32 = () => new Float32Array(steps);
  const f64 = () => new Float64Array(steps);
  return {
    offeredRps: f32(),
    arrivals: f64(),
    started: f32(),
    completed: f64(),
    concurrency: f32(),
    environments: f32(),
    effectiveLimit: f32(),
    limitedBy: new Uint8Array(steps),
    throttled: f32(),
    retried: f32(),
    failed: f32(),
    dropped: f64(),
    dlq: f64(),
    queueDepth: f64(),
    oldestAgeS: f32(),
    inFlight: f64(),
    dbConnections: f32(),
    dbErrors: f32(),
    coldStarts: f32(),
    waitMeanMs: f32(),
    waitMaxMs: f32(),
  };
}
