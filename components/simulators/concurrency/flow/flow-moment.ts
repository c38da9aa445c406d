import { formatClock, formatCount } from '@/lib/format';
import type { ConcurrencyChartPoint, ConcurrencyResult } from '@/lib/sim/concurrency';
import { niceCeil } from '@/lib/sim/nice-scale';

/** Where a request ends up, as the animation draws it. */
export type Fate = 'served' | 'throttled' | 'queued' | 'failed' | 'dlq';

/** The grid has this many squares; each stands for a round number of environments. */
export const GRID_CELLS = 100;

/** Environments per square: enough that the busiest moment of the window fits the grid. */
export function environmentsPerCell(result: ConcurrencyResult): number {
  const most = Math.max(result.totals.peakEnvironments, result.requiredAtPeak, Math.min(result.functionCap, result.requiredAtPeak * 2), 1);
  return niceCeil(most / GRID_CELLS);
}

/**
 * The moment the animation opens on, so a learner sees the story before pressing Play: the most
 * failures (throttles count for synchronous calls, where they are lost work), else the deepest
 * queue, else the busiest moment.
 */
export function tellingMoment(points: readonly ConcurrencyChartPoint[], mode: ConcurrencyResult['input']['mode'] = 'sync'): number {
  const scores: ((p: ConcurrencyChartPoint) => number)[] = [
    (p) => p.failedPerS + p.dlqPerS + (mode === 'sync' ? p.throttledPerS : 0),
    (p) => p.queueDepth,
    (p) => p.concurrency,
  ];
  for (const score of scores) {
    let best = 0;
    let top = 0;
    points.forEach((p, i) => {
      if (score(p) > top) {
        top = score(p);
        best = i;
      }
    });
    if (top > 0) return best;
  }
  return 0;
}

/**
 * How a moment's traffic divides between fates, as shares of the dots spawned at that moment.
 * Synchronous: every attempt is served, throttled or fails on the database. With a queue, new
 * arrivals go into the queue, and dispatches leave it to be served, fail or be dead-lettered.
 */
export function fateRates(p: ConcurrencyChartPoint, mode: ConcurrencyResult['input']['mode']): Record<Fate, number> {
  if (mode === 'sync') {
    return { served: p.completedPerS, throttled: p.throttledPerS, failed: p.failedPerS, queued: 0, dlq: 0 };
  }
  return { served: p.completedPerS, throttled: 0, failed: p.failedPerS, queued: p.offeredRps, dlq: p.dlqPerS };
}


/**
 * The most environments that could run at a moment. A chart point spans a few steps and keeps
 * the lowest limit but the highest count started; environments already started can always run,
 * so the limit shown is never below them.
 */
export const couldRun = (p: ConcurrencyChartPoint) => Math.max(p.effectiveLimit, p.environments);

/** The moment in one sentence: the animation's text alternative, shown under it. */
export function describeMoment(p: ConcurrencyChartPoint, result: ConcurrencyResult): string {
  const { input } = result;
  const unit = input.mode === 'sqs' ? 'messages' : input.mode === 'async' ? 'events' : 'requests';
  const parts = [
    `At ${formatClock(p.tS)}: ${formatCount(p.offeredRps)} ${unit} a second offered`,
    `${formatCount(p.concurrency)} environments busy of ${formatCount(p.environments)} started (at most ${formatCount(couldRun(p))} could run)`,
  ];
  if (input.mode === 'sync') parts.push(`${formatCount(p.throttledPerS)} throttled a second`);
  else parts.push(`${formatCount(p.queueDepth)} waiting in the queue${p.oldestAgeS >= 1 ? `, the oldest for ${formatCount(p.oldestAgeS)} s` : ''}`);
  if (input.dbconn > 0) parts.push(`database: ${formatCount(p.dbConnections)} of ${formatCount(input.dbconn)} connections in use, ${formatCount(p.dbErrorsPerS)} calls refused a second`);
  if (p.dlqPerS > 0) parts.push(`${formatCount(p.dlqPerS)} a second to the dead-letter queue`);
  return `${parts.join('; ')}.`;
}
