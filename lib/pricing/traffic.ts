/**
 * The shape of traffic over a day and the range of traffic the cost chart spans.
 *
 * DAILY_TRAFFIC_CURVE is an illustrative day of a consumer web or mobile backend, in local time:
 * hour h's rate is the day's average rate times curve[h]. Its 24 values sum to 24, so their mean
 * is 1 and the curve moves no traffic in or out of the month. Quietest at 02:00-04:00 (0.2 x the
 * average), a lunchtime shoulder, busiest at 19:00 (1.7 x). It is a teaching shape, not a
 * measurement: real curves differ by product and by time zone mix.
 */
export const DAILY_TRAFFIC_CURVE: readonly number[] = [
  0.35, 0.25, 0.2, 0.2, 0.2, 0.3, 0.55, 0.85, 1.1, 1.25, 1.35, 1.45,
  1.5, 1.4, 1.35, 1.3, 1.35, 1.5, 1.65, 1.7, 1.5, 1.2, 0.9, 0.6,
];

/** The chart's traffic axis: 10,000 to 10 billion requests a month. */
export const TRAFFIC_RANGE = { fromRequests: 1e4, toRequests: 1e10 } as const;

/**
 * The traffic a learner may enter: wider than the chart's axis, so a webhook called 100 times a
 * day (about 3,000 a month) and a steady 10,000 requests/s (26 billion a month) both fit. The
 * explorer widens its axis by whole decades to show traffic outside TRAFFIC_RANGE.
 */
export const REQUESTS_INPUT_RANGE = { min: 100, max: 1e11 } as const;

/** `points` values from `from` to `to` (both included), evenly spaced on a log scale. */
export function logSpaced(from: number, to: number, points: number): number[] {
  if (points < 2) return [from];
  const logFrom = Math.log(from);
  const step = (Math.log(to) - logFrom) / (points - 1);
  const values = Array.from({ length: points }, (_, i) => Math.exp(logFrom + i * step));
  // Pin the ends, so the series starts and stops exactly where the axis does.
  values[0] = from;
  values[points - 1] = to;
  return values;
}

/** The mean of a curve (1 for DAILY_TRAFFIC_CURVE). */
export function curveMean(curve: readonly number[]): number {
  return curve.reduce((sum, v) => sum + v, 0) / curve.length;
}
