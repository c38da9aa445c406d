/**
 * The month the whole cost model uses. AWS's own Pricing Calculator bills always-on resources for
 * 730 hours a month (365 days x 24 h / 12), so a month here is 730 h for every option alike.
 */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Requests a month spread evenly over the month, as requests per second. */
export function sustainedRps(requestsPerMonth: number): number {
  return requestsPerMonth / SECONDS_PER_MONTH;
}

/** The inverse: a steady rate of requests per second, as requests a month. */
export function requestsPerMonthAt(rps: number): number {
  return rps * SECONDS_PER_MONTH;
}
