import { formatCount, formatDuration, formatPercent } from '../../format';
import { scalingRate, sqsEventSource } from '../../data/lambda-limits';
import { LimitCause } from './outcome';
import type { ConcurrencyResult } from './result';

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
    parts.push(`${formatCount(totals.dbErrors)} invocations failed because the database ran out of connections (${formatCount(input.dbconn)}${behind})`);
  }
  parts.push(
    `concurrency peaked at ${formatCount(totals.peakConcurrency)} of the ${formatCount(result.functionCap)} available ` +
      `(Little's law needs ${formatCount(result.requiredAtPeak)} at the peak)`,
  );
  if (totals.stillQueued > 0) parts.push(`${formatCount(totals.stillQueued)} were still waiting at the end`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function syncClause(result: ConcurrencyResult): string {
  const { totals, input } = result;
  if (totals.arrivals === 0) return 'no requests arrived';
  if (totals.throttledRequests === 0) return `all ${formatCount(totals.arrivals)} requests started without throttling`;
  const share = formatPercent(totals.throttledRequests / Math.max(1, totals.arrivals));
  const when = `between ${formatDuration(totals.firstThrottleS ?? 0)} and ${formatDuration(totals.lastThrottleS ?? 0)}`;
  const cause = causeText(mainCause(result), result);
  const dropped =
    totals.throttledAndDropped > 0
      ? `; ${formatCount(totals.throttledAndDropped)} (${formatPercent(totals.throttledAndDropped / totals.arrivals)}) were dropped after ${input.retries} retries`
      : input.retries > 0
        ? `; client retries got every one of them through`
        : '';
  return `${share} of requests were throttled (HTTP 429) ${when} because ${cause}${dropped}`;
}

function queueClause(result: ConcurrencyResult): string {
  const { totals, input } = result;
  const what = input.mode === 'sqs' ? 'messages' : 'events';
  const lost = totals.deadLetterQueue > 0 ? `${formatCount(totals.deadLetterQueue)} went to the dead-letter queue` : 'nothing was lost';
  if (totals.maxOldestAgeS < 1 && totals.maxQueueDepth <= totals.arrivals * 0.001) {
    return `all ${formatCount(totals.arrivals)} ${what} started with little or no wait and ${lost}`;
  }
  const cause = mainCause(result);
  const why =
    cause === LimitCause.None && totals.retried > 0 ? `failed ${what} were waiting to be retried` : causeText(cause, result);
  const oldest = totals.maxOldestAgeS >= 1 ? ` (the oldest ${formatDuration(totals.maxOldestAgeS)})` : '';
  return `a queue absorbed the excess: up to ${formatCount(totals.maxQueueDepth)} ${what} waited${oldest} because ${why}, and ${lost}`;
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
        ? `the function could add only ${formatCount(scalingRate.environmentsPerWindow.value)} environments every ${scalingRate.windowSeconds.value} s`
        : `after the first burst of ${formatCount(scalingRate.legacyBurstUsEast1.value)} environments the function could add only ${formatCount(scalingRate.legacyIncrementPerMinute.value)} a minute`;
    case LimitCause.ReservedConcurrency:
      return `reserved concurrency capped the function at ${formatCount(functionCap)}`;
    case LimitCause.AccountLimit:
      return `the account limit of ${formatCount(input.limit)} concurrent executions was reached`;
    case LimitCause.Pollers:
      return `the SQS pollers grow by only ${sqsEventSource.scaleUpPerMinute.value} concurrent batches a minute from ${sqsEventSource.initialConcurrentBatches.value}`;
    case LimitCause.MaximumConcurrency:
      return `the event source's maximum concurrency is ${formatCount(input.maxconc)}`;
    default:
      return 'the function was busy';
  }
}
