import { downsampleConcurrency, type ConcurrencyChartPoint, type ConcurrencyResult } from '@/lib/sim/concurrency';

/** Points per chart series: enough to keep a short spike visible, few enough to draw cheaply. */
export const CHART_POINTS = 240;

const cache = new WeakMap<ConcurrencyResult, ConcurrencyChartPoint[]>();

/**
 * The chart points of a result, computed once and shared by the charts and the animation, and
 * only when one of them is about to be drawn.
 */
export function chartPoints(result: ConcurrencyResult): ConcurrencyChartPoint[] {
  let points = cache.get(result);
  if (!points) {
    points = downsampleConcurrency(result, CHART_POINTS);
    cache.set(result, points);
  }
  return points;
}
