import { LimitCause } from './outcome';
import type { ConcurrencyResult, ConcurrencySeries } from './result';

/** One point of a chart: a bucket of consecutive 100 ms steps. Rates are per second. */
export interface ConcurrencyChartPoint {
  /** Start of the bucket, seconds into the window. */
  tS: number;
  /** Mean offered load, requests per second. */
  offeredRps: number;
  /** Highest concurrency in use in the bucket. */
  concurrency: number;
  environments: number;
  /** Lowest effective limit in the bucket. */
  effectiveLimit: number;
  throttledPerS: number;
  retriedPerS: number;
  failedPerS: number;
  dlqPerS: number;
  completedPerS: number;
  /** Deepest queue in the bucket, and the oldest waiting event's age (s). */
  queueDepth: number;
  oldestAgeS: number;
  dbConnections: number;
  dbErrorsPerS: number;
  coldStarts: number;
  /** Mean wait of requests started in the bucket, and the longest, ms. */
  waitMeanMs: number;
  waitMaxMs: number;
  /** The limit behind the bucket's worst step (the most throttled), or None. */
  limitedBy: LimitCause;
}

type SeriesName = keyof Omit<ConcurrencySeries, 'limitedBy'>;

/**
 * About `points` chart points (default 600) from the per-step series: levels keep their peak,
 * counts become per-second rates, so a spike stays visible however long the window.
 */
export function downsampleConcurrency(result: ConcurrencyResult, points = 600): ConcurrencyChartPoint[] {
  const size = Math.max(1, Math.ceil(result.steps / Math.max(1, points)));
  const chart: ConcurrencyChartPoint[] = [];
  for (let from = 0; from < result.steps; from += size) {
    chart.push(bucket(result, from, Math.min(result.steps, from + size)));
  }
  return chart;
}

function bucket(result: ConcurrencyResult, from: number, to: number): ConcurrencyChartPoint {
  const { series, stepMs } = result;
  const seconds = ((to - from) * stepMs) / 1000;
  const sum = (name: SeriesName) => fold(series[name], from, to, 0, (a, x) => a + x);
  const max = (name: SeriesName) => fold(series[name], from, to, 0, Math.max);
  const started = sum('started');
  let waited = 0;
  for (let s = from; s < to; s++) waited += series.waitMeanMs[s]! * series.started[s]!;
  return {
    tS: (from * stepMs) / 1000,
    offeredRps: sum('offeredRps') / (to - from),
    concurrency: max('concurrency'),
    environments: max('environments'),
    effectiveLimit: fold(series.effectiveLimit, from, to, Infinity, Math.min),
    throttledPerS: sum('throttled') / seconds,
    retriedPerS: sum('retried') / seconds,
    failedPerS: sum('failed') / seconds,
    dlqPerS: sum('dlq') / seconds,
    completedPerS: sum('completed') / seconds,
    queueDepth: max('queueDepth'),
    oldestAgeS: max('oldestAgeS'),
    dbConnections: max('dbConnections'),
    dbErrorsPerS: sum('dbErrors') / seconds,
    coldStarts: sum('coldStarts'),
    waitMeanMs: started > 0 ? waited / started : 0,
    waitMaxMs: max('waitMaxMs'),
    limitedBy: worstCause(series, from, to),
  };
}

function fold(xs: Float32Array | Float64Array, from: number, to: number, start: number, f: (a: number, x: number) => number): number {
  let acc = start;
  for (let s = from; s < to; s++) acc = f(acc, xs[s]!);
  return acc;
}

function worstCause(series: ConcurrencySeries, from: number, to: number): LimitCause {
  let cause: LimitCause = LimitCause.None;
  let worst = -1;
  for (let s = from; s < to; s++) {
    const code = series.limitedBy[s]! as LimitCause;
    if (code !== LimitCause.None && series.throttled[s]! > worst) {
      worst = series.throttled[s]!;
      cause = code;
    }
  }
  return cause;
}
