import { wholeEnvironments } from '../format';

/**
 * Little's law for a function platform: the number of requests in flight at once (the
 * concurrency, and so the execution environments needed) equals the arrival rate times the
 * average time each request takes. AWS states it for Lambda as "concurrency = average requests
 * per second x average request duration in seconds" (AWS Lambda Developer Guide,
 * "Understanding Lambda function scaling").
 */
export interface LittlesLawInput {
  /** Average arrival rate, requests per second. */
  rps: number;
  /** Average handler duration, milliseconds. */
  duration: number;
  /** The concurrency the function may use (account limit, or its reserved concurrency). */
  limit: number;
}

export interface LittlesLawResult {
  /** Environments busy at once in the steady state: rate x duration. */
  requiredConcurrency: number;
  /** Whole environments the platform must run (a fraction of one is still one). */
  environmentsNeeded: number;
  /** The most requests per second the limit can serve at this duration: limit / duration. */
  maxSustainableRps: number;
  /** Share of requests (0 to 1) turned away in the steady state when demand exceeds the limit. */
  throttledShare: number;
  /** requiredConcurrency / concurrencyLimit: above 1 means throttling. */
  utilisation: number;
}

export function requiredConcurrency(requestsPerSecond: number, durationMs: number): number {
  return requestsPerSecond * (durationMs / 1000);
}

/** The model takes the simulator's URL names (rps, duration, limit), so a link is its input. */
export function littlesLaw({ rps, duration, limit }: LittlesLawInput): LittlesLawResult {
  const required = requiredConcurrency(rps, duration);
  const maxSustainableRps = duration > 0 ? limit / (duration / 1000) : Infinity;
  const throttledShare = required > limit && required > 0 ? 1 - limit / required : 0;
  return {
    requiredConcurrency: required,
    environmentsNeeded: wholeEnvironments(required),
    maxSustainableRps,
    throttledShare,
    utilisation: limit > 0 ? required / limit : Infinity,
  };
}
