/**
 * A token bucket, the rule API Gateway's throttles and most per-customer quotas follow: a bucket
 * holds at most `burst` tokens, refills at `ratePerSecond`, and each request takes one token or is
 * refused. A refused request is told how long until a token is back (the Retry-After header).
 *
 * Source of the rule: Amazon API Gateway Developer Guide, "Throttle requests to your REST APIs"
 * (token bucket: the rate is the refill, the burst is the bucket's size).
 */
export interface TokenBucketLimits {
  /** Tokens added per second: the sustained rate a customer may keep up. */
  ratePerSecond: number;
  /** The bucket's size: how many requests may arrive at once after a quiet spell. */
  burst: number;
}

export interface BucketState {
  tokens: number;
  /** When `tokens` was last worked out, in milliseconds. */
  atMs: number;
}

export interface TakeResult {
  allowed: boolean;
  state: BucketState;
  /** Whole seconds until one token is available again; 0 when the request was allowed. */
  retryAfterSeconds: number;
}

/** A full bucket at `atMs`: a customer who has been quiet may burst. */
export const fullBucket = (limits: TokenBucketLimits, atMs: number): BucketState => ({ tokens: limits.burst, atMs });

/** Refill for the time that has passed, then take one token if there is one. */
export function takeToken(limits: TokenBucketLimits, state: BucketState, nowMs: number): TakeResult {
  const elapsedSeconds = Math.max(0, nowMs - state.atMs) / 1000;
  const tokens = Math.min(limits.burst, state.tokens + elapsedSeconds * limits.ratePerSecond);
  if (tokens >= 1) return { allowed: true, state: { tokens: tokens - 1, atMs: nowMs }, retryAfterSeconds: 0 };
  // Retry-After is a whole number of seconds (RFC 9110, section 10.2.3), so round up.
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / limits.ratePerSecond));
  return { allowed: false, state: { tokens, atMs: nowMs }, retryAfterSeconds };
}

/**
 * How many of `requests` arriving at once, after `quietSeconds` with none, are let through.
 * The answer a teacher checks on the board: a full bucket lets `burst` through, then the rate.
 */
export function admittedInBurst(limits: TokenBucketLimits, requests: number, quietSeconds = Infinity): number {
  let state: BucketState = { tokens: Number.isFinite(quietSeconds) ? Math.min(limits.burst, quietSeconds * limits.ratePerSecond) : limits.burst, atMs: 0 };
  let admitted = 0;
  for (let i = 0; i < requests; i++) {
    const r = takeToken(limits, state, 0);
    state = r.state;
    if (r.allowed) admitted++;
  }
  return admitted;
}
