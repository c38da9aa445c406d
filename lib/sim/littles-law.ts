/**
 * Little's law for a function platform: the number of requests in flight at once (the
 * concurrency, and so the execution environments needed) equals the arrival rate times the
 * average time each request takes. AWS states it for Lambda as "concurrency = average requests
 * per second x average request duration in seconds" (AWS Lambda Developer Guide,
 * "Understanding Lambda function scaling").
 */
export interface LittlesLawInput {
  /** Average arrival rate, requests per second. */
  requestsPerSecond: number;
  /** Average handler duration, milliseconds. */
  durationMs: number;
  /** The concurrency the function may use (account limit, or its reserved concurrency). */
  concurrencyLimit: number;
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

export function littlesLaw({ requestsPerSecond, durationMs, concurrencyLimit }: LittlesLawInput): LittlesLawResult {
  const required = requiredConcurrency(requestsPerSecond, durationMs);
  const maxSustainableRps = durationMs > 0 ? concurrencyLimit / (durationMs / 1000) : Infinity;
  const throttledShare = required > concurrencyLimit && required > 0 ? 1 - concurrencyLimit / required : 0;
  return {
    requiredConcurrency: required,
    environmentsNeeded: Math.ceil(required),
    maxSustainableRps,
    throttledShare,
    utilisation: concurrencyLimit > 0 ? required / concurrencyLimit : Infinity,
  };
}

/** Points for a chart of required concurrency as traffic grows from 0 to `maxRps`. */
export function concurrencyCurve(durationMs: number, maxRps: number, points = 41): { rps: number; concurrency: number }[] {
  return Array.from({ length: points }, (_, i) => {
    const rps = (maxRps * i) / (points - 1);
    return { rps, concurrency: requiredConcurrency(rps, durationMs) };
  });
}
