import { scalingRate, sqsEventSource } from '../../data/lambda-limits';
import { formatNumber } from '../../url-state/format';
import { LimitCause } from './outcome';
import type { ConcurrencyResult } from './result';

// The shared formatter groups whole numbers without Intl, which is slow to start on a phone.
const n = (x: number) => formatNumber(Math.round(x), 0);
const pct = (share: number) => `${share < 0.01 && share > 0 ? (share * 100).toFixed(1) : Math.round(share * 100)}%`;

/** "40 s", "2.5 min", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 6) / 10} min`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * One plain-English sentence about a result, for the simulator view and screen readers, e.g.
 * "12% of requests were throttled (HTTP 429) between 6 s and 46 s because the function could add
 * only 1,000 environments every 10 s; 3,120 (0.9%) were dropped after 2 retries; concurrency
 * peaked at 1,000 of the 1,000 available (Little's law needs 1,000 at the peak)."
 */
export function summariseConcurrency(result: ConcurrencyResult): string {
  const parts = [result.input.mode === 'sync' ? syncClause(result) : queueClause(result)];
  const { totals, input } = result;
  if (totals.dbErrors > 0) {
    const behind = input.proxy ? ' behind the proxy' : '';
    parts.push(`${n(totals.dbErrors)} invocations failed because the database ran out of connections (${n(input.dbconn)}${behind})`);
  }
  parts.push(
    `concurrency peaked at ${n(totals.peakConcurrency)} of the ${n(result.functionCap)} available ` +
      `(Little's law needs ${n(result.requiredAtPeak)} at the peak)`,
  );
  if (totals.stillQueued > 0) parts.push(`${n(totals.stillQueued)} were still waiting at the end`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function syncClause(result: ConcurrencyResult): string {
  const { totals, input } = result;
  if (totals.throttledRequests === 0) return `all ${n(totals.arrivals)} requests started without throttling`;
  const share = pct(totals.throttledRequests / Math.max(1, totals.arrivals));
  const when = `between ${formatDuration(totals.firstThrottleS ?? 0)} and ${formatDuration(totals.lastThrottleS ?? 0)}`;
  const cause = causeText(mainCause(result), result);
  const dropped =
    totals.throttledAndDropped > 0
      ? `; ${n(totals.throttledAndDropped)} (${pct(totals.throttledAndDropped / totals.arrivals)}) were dropped after ${input.retries} retries`
      : input.retries > 0
        ? `; client retries got every one of them through`
        : '';
  return `${share} of requests were throttled (HTTP 429) ${when} because ${cause}${dropped}`;
}

function queueClause(result: ConcurrencyResult): string {
  const { totals, input } = result;
  const what = input.mode === 'sqs' ? 'messages' : 'events';
  const lost = totals.deadLetterQueue > 0 ? `${n(totals.deadLetterQueue)} went to the dead-letter queue` : 'nothing was lost';
  if (totals.maxOldestAgeS < 1 && totals.maxQueueDepth <= totals.arrivals * 0.001) {
    return `all ${n(totals.arrivals)} ${what} started with little or no wait and ${lost}`;
  }
  const cause = mainCause(result);
  const why =
    cause === LimitCause.None && totals.retried > 0 ? `failed ${what} were waiting to be retried` : causeText(cause, result);
  const oldest = totals.maxOldestAgeS >= 1 ? ` (the oldest ${formatDuration(totals.maxOldestAgeS)})` : '';
  return `a queue absorbed the excess: up to ${n(totals.maxQueueDepth)} ${what} waited${oldest} because ${why}, and ${lost}`;
}

/** The limit that held work back in the most steps. */
function mainCause(result: ConcurrencyResult): LimitCause {
  const steps = [0, 0, 0, 0, 0, 0];
  for (const code of result.series.limitedBy) steps[code]! += 1;
  let best: LimitCause = LimitCause.None;
  let most = 0;
  for (let c = 1; c < steps.length; c++) {
    if (steps[c]! > most) {
      most = steps[c]!;
      best = c as LimitCause;
    }
  }
  return best;
}

function causeText(cause: LimitCause, { input, functionCap }: ConcurrencyResult): string {
  switch (cause) {
    case LimitCause.ScalingRate:
      return input.scaling === 'current'
        ? `the function could add only ${n(scalingRate.environmentsPerWindow.value)} environments every ${scalingRate.windowSeconds.value} s`
        : `after the first burst of ${n(scalingRate.legacyBurstUsEast1.value)} environments the function could add only ${n(scalingRate.legacyIncrementPerMinute.value)} a minute`;
    case LimitCause.ReservedConcurrency:
      return `reserved concurrency capped the function at ${n(functionCap)}`;
    case LimitCause.AccountLimit:
      return `the account limit of ${n(input.limit)} concurrent executions was reached`;
    case LimitCause.Pollers:
      return `the SQS pollers grow by only ${sqsEventSource.scaleUpPerMinute.value} concurrent batches a minute from ${sqsEventSource.initialConcurrentBatches.value}`;
    case LimitCause.MaximumConcurrency:
      return `the event source's maximum concurrency is ${n(input.maxconc)}`;
    default:
      return 'the function was busy';
  }
}
