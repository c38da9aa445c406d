/**
 * Which limit held work back in a step. Stored per step as a number (a Uint8Array series), so the
 * view can colour the chart and the summary can name the cause.
 */
export const LimitCause = {
  None: 0,
  /** The function could not add environments fast enough (1,000 per 10 s, or the legacy burst). */
  ScalingRate: 1,
  /** The function's reserved concurrency. */
  ReservedConcurrency: 2,
  /** The account concurrency limit. */
  AccountLimit: 3,
  /** The SQS pollers had not scaled up yet (5 batches, +300 per minute). */
  Pollers: 4,
  /** The SQS event source's maximum concurrency setting. */
  MaximumConcurrency: 5,
} as const;
export type LimitCause = (typeof LimitCause)[keyof typeof LimitCause];

/** Names for the codes above, in the course's words. */
export const limitCauseNames: Readonly<Record<LimitCause, string>> = {
  0: 'none',
  1: 'the scaling rate',
  2: 'reserved concurrency',
  3: 'the account concurrency limit',
  4: 'the SQS pollers scaling up',
  5: 'the event source maximum concurrency',
};

/** What one step produced, filled in by the invocation engine (one object, reused every step). */
export class StepOutcome {
  /** Requests or messages started (they may still fail on the database). */
  started = 0;
  /** Requests refused by the concurrency limit (see ConcurrencySeries.throttled for each mode). */
  throttled = 0;
  /** Requests whose first attempt was refused (sync) or that could not start on arrival (async). */
  firstAttemptThrottled = 0;
  retried = 0;
  /** Requests or messages whose invocation failed (here: a database error). */
  failed = 0;
  /** Sync requests dropped after the last retry. */
  throttledAndDropped = 0;
  /** Requests that leave the system unserved: throttled-and-dropped plus failed-not-retried. */
  dropped = 0;
  deadLettered = 0;
  /** Invocations that could not get a database connection. */
  dbErrors = 0;
  waitSumMs = 0;
  waitMaxMs = 0;
  limitedBy: LimitCause = LimitCause.None;
  /** Waiting requests: queue (visible and hidden) or clients' retries. */
  queueDepth = 0;
  oldestAgeS = 0;
  /** The limit in force, including the SQS event source's own ceiling. */
  effectiveLimit = 0;

  reset(): void {
    this.started = 0;
    this.throttled = 0;
    this.firstAttemptThrottled = 0;
    this.retried = 0;
    this.failed = 0;
    this.throttledAndDropped = 0;
    this.dropped = 0;
    this.deadLettered = 0;
    this.dbErrors = 0;
    this.waitSumMs = 0;
    this.waitMaxMs = 0;
    this.limitedBy = LimitCause.None;
    this.queueDepth = 0;
    this.oldestAgeS = 0;
    this.effectiveLimit = 0;
  }
}

/** Splits `total` across classes in proportion to `weights` (largest remainder), into `out`. */
export function splitProportionally(total: number, weights: Float64Array, out: Float64Array, count: number): void {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += weights[k]!;
  if (sum <= 0 || total <= 0) {
    out.fill(0, 0, count);
    return;
  }
  let given = 0;
  for (let k = 0; k < count; k++) {
    const share = Math.floor((total * weights[k]!) / sum);
    out[k] = share;
    given += share;
  }
  // Hand out what rounding left to the classes with the largest unrounded remainders.
  for (let left = total - given; left > 0; left--) {
    let best = -1;
    let bestRemainder = -1;
    for (let k = 0; k < count; k++) {
      const remainder = (total * weights[k]!) / sum - out[k]!;
      if (out[k]! < weights[k]! && remainder > bestRemainder) {
        best = k;
        bestRemainder = remainder;
      }
    }
    if (best < 0) break;
    out[best]! += 1;
  }
}
