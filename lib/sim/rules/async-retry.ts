import { asyncThrottleRetry } from '../../data/invocation-paths';

/**
 * What Lambda does with an asynchronous event it cannot run for lack of concurrency: the event
 * stays queued and is retried, first after 1 s, then at exponentially growing intervals up to 5
 * minutes, until it runs or reaches its maximum event age (60 s to 6 h; 6 h by default), when it
 * goes to the on-failure destination or dead-letter queue, if one is set, or is dropped. AWS
 * Lambda Developer Guide, "How Lambda handles errors and retries with asynchronous invocation".
 * The doubling is a course choice (AWS says only "increases exponentially"); figures in
 * lib/data/invocation-paths.ts.
 *
 * Such an event is queued, not lost: the concurrency simulator should call it "queued", and
 * count it "throttled for good" only if its age runs out.
 */
const first = asyncThrottleRetry.firstDelaySeconds.value;
const cap = asyncThrottleRetry.maxDelaySeconds.value;
const growth = asyncThrottleRetry.growthFactor.value;

/** Wait before retry number `retry` (1 = the first retry after the first attempt), seconds. */
export function throttleRetryDelaySeconds(retry: number): number {
  if (retry < 1) return 0;
  return Math.min(cap, first * growth ** (retry - 1));
}

/**
 * When each attempt of an event that keeps being throttled is made, seconds after it arrived:
 * 0, 1, 3, 7, 15, ... then every 5 minutes, up to (not beyond) its maximum age.
 */
export function throttleRetrySchedule(maxEventAgeSeconds: number): number[] {
  const times = [0];
  for (let retry = 1; ; retry++) {
    const next = times[times.length - 1]! + throttleRetryDelaySeconds(retry);
    if (next > maxEventAgeSeconds) return times;
    times.push(next);
  }
}

export interface ThrottledEventOutcome {
  /** Seconds after arrival at which it finally ran; null if its age ran out first. */
  ranAtSeconds: number | null;
  /** Attempts made, the successful one included. */
  attempts: number;
  /** It reached its maximum age: sent to the DLQ or destination, or dropped. */
  expired: boolean;
}

/**
 * An event that arrives when the function has no concurrency, and finds some at its first attempt
 * at or after `capacityBackAfterSeconds`: when it runs, or whether its age runs out first. The wait
 * between capacity returning and the event running can reach 5 minutes: the backoff, not the
 * function, sets it.
 */
export function throttledEventOutcome(capacityBackAfterSeconds: number, maxEventAgeSeconds: number): ThrottledEventOutcome {
  const schedule = throttleRetrySchedule(maxEventAgeSeconds);
  const index = schedule.findIndex((t) => t >= capacityBackAfterSeconds);
  if (index === -1) return { ranAtSeconds: null, attempts: schedule.length, expired: true };
  return { ranAtSeconds: schedule[index]!, attempts: index + 1, expired: false };
}

/** The same delay in whole simulation steps (at least one step: a retry never happens in the same step). */
export function throttleRetryDelaySteps(retry: number, stepMs: number): number {
  return Math.max(1, Math.round((throttleRetryDelaySeconds(retry) * 1000) / stepMs));
}
