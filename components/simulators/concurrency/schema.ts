import { asyncInvocation, concurrencyLimits, scalingRate, sqsEventSource } from '@/lib/data/lambda-limits';
import {
  SPIKE_END_SHARE,
  SPIKE_START_SHARE,
  concurrencyDefaults,
  concurrencyInputRanges,
  invocationModes,
  loadPatterns,
  scalingRules,
  type InvocationMode,
  type LoadPattern,
  type NumericInputName,
  type ScalingRule,
} from '@/lib/sim/concurrency';
import { booleanField, enumField, formatNumber, numberField, type ScenarioState } from '@/lib/url-state';

const n = (x: number) => formatNumber(x);
const pct = (share: number) => `${Math.round(share * 100)}%`;
const minutes = (seconds: number) => (seconds === 60 ? '1 minute' : `${n(seconds / 60)} minutes`);

/**
 * A control for one of the model's numeric inputs. The range, unit, integer rule and default all
 * come from the model (lib/sim/concurrency), so the URL parser clamps to exactly what the model
 * accepts; only the words and the slider's shape are the view's.
 */
function modelNumber(name: NumericInputName, label: string, options: { help?: string; scale?: 'linear' | 'log'; step?: number } = {}) {
  const range = concurrencyInputRanges[name];
  return numberField({
    label,
    unit: range.unit,
    min: range.min,
    max: range.max,
    integer: range.integer,
    step: range.integer ? 1 : (options.step ?? 1),
    default: concurrencyDefaults[name],
    scale: options.scale ?? 'log',
    help: options.help,
  });
}

const patternLabels: Record<LoadPattern, string> = {
  steady: 'Steady',
  spike: 'Spike (a flash sale)',
  ramp: 'Ramp',
  daily: 'Daily curve',
};
const scalingLabels: Record<ScalingRule, string> = {
  current: 'Current (since November 2023)',
  legacy: 'Legacy (before November 2023)',
};
const modeLabels: Record<InvocationMode, string> = {
  sync: 'Synchronous: the caller waits',
  async: 'Asynchronous: Lambda’s own queue',
  sqs: 'SQS queue as the event source',
};

export const concurrencySchema = {
  pattern: enumField({
    label: 'Traffic pattern',
    options: loadPatterns.map((value) => ({ value, label: patternLabels[value] })),
    default: concurrencyDefaults.pattern,
    help: `Steady: the base rate. Spike: the peak from ${pct(SPIKE_START_SHARE)} to ${pct(SPIKE_END_SHARE)} of the window. Ramp: base to peak. Daily: one day squeezed into the window.`,
  }),
  base: modelNumber('base', 'Base rate', { help: 'Traffic outside the peak.' }),
  peak: modelNumber('peak', 'Peak rate', { help: 'Traffic at the top of the spike, ramp or daily curve (unused when steady).' }),
  duration: modelNumber('duration', 'Handler duration', { help: 'Time one invocation runs. With SQS, the time for a whole batch.' }),
  window: modelNumber('window', 'Time simulated'),
  limit: modelNumber('limit', 'Account concurrency limit', {
    help: `Shared by every function in the account and Region; the default is ${n(concurrencyLimits.accountConcurrencyDefault.value)}.`,
  }),
  reserved: modelNumber('reserved', 'Reserved concurrency', { help: '0 = none. A cap on this function (and a share of the account set aside for it).' }),
  provisioned: modelNumber('provisioned', 'Provisioned concurrency', { help: 'Environments started and warm before the first request.' }),
  scaling: enumField({
    label: 'Scaling rule',
    options: scalingRules.map((value) => ({ value, label: scalingLabels[value] })),
    default: concurrencyDefaults.scaling,
    help: `How fast one function may add environments. Current: ${n(scalingRate.environmentsPerWindow.value)} more every ${scalingRate.windowSeconds.value} s. Legacy: a burst of ${n(scalingRate.legacyBurstUsEast1.value)}, then ${n(scalingRate.legacyIncrementPerMinute.value)} a minute.`,
  }),
  mode: enumField({
    label: 'Invocation',
    options: invocationModes.map((value) => ({ value, label: modeLabels[value] })),
    default: concurrencyDefaults.mode,
  }),
  batch: modelNumber('batch', 'SQS batch size', { help: 'SQS only: messages per invocation, at most.' }),
  maxconc: modelNumber('maxconc', 'SQS maximum concurrency', {
    help: `SQS only: 0 = not set. Caps the invocations the queue may start (${n(sqsEventSource.maximumConcurrencyRange.value.min)} to ${n(sqsEventSource.maximumConcurrencyRange.value.max)}).`,
  }),
  dbconn: modelNumber('dbconn', 'Database connections', { help: '0 = no database. Each running environment holds one connection unless a proxy pools them.' }),
  proxy: booleanField({ label: 'Connection proxy (RDS Proxy-like)', default: concurrencyDefaults.proxy, help: 'Connections are held only while a query runs.' }),
  coldstart: modelNumber('coldstart', 'Cold start', { help: 'Added to an invocation that starts a new environment.' }),
  retries: modelNumber('retries', 'Client retries after a 429', { scale: 'linear', help: 'Synchronous only: retries with exponential backoff and jitter.' }),
  backoff: modelNumber('backoff', 'First backoff', { help: 'Synchronous only: the first retry waits up to this long; it doubles each time.' }),
  maxage: modelNumber('maxage', 'Maximum event age', { help: 'Asynchronous only: older events go to the dead-letter queue.' }),
  asyncretries: modelNumber('asyncretries', 'Retries after an error', { scale: 'linear', help: `Asynchronous only: after ${asyncInvocation.retryWaitsSeconds.value.map(minutes).join(', then ')}.` }),
  maxreceive: modelNumber('maxreceive', 'Receives before the DLQ', { scale: 'linear', help: 'SQS only: the redrive policy’s maxReceiveCount.' }),
  visibility: modelNumber('visibility', 'Visibility timeout', { help: 'SQS only: how long a failed message stays hidden before it is received again.' }),
  querypct: modelNumber('querypct', 'Time spent in queries', { scale: 'linear', help: 'With the proxy: the share of the handler’s time that holds a connection.' }),
};

export type ConcurrencySchema = typeof concurrencySchema;
export type ConcurrencyState = ScenarioState<ConcurrencySchema>;
