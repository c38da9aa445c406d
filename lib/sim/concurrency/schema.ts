import { asyncInvocation, callersAndDownstream, concurrencyLimits, scalingRate, sqsEventSource } from '../../data/lambda-limits';
import { asyncMaxEventAgeS, initPhaseMs, lambdaTimeoutMs, sqsBatchSize, sqsMaximumConcurrency } from '../../data/field-limits';
import { formatNumber } from '../../format';
import { booleanField, defaultState, enumField, numberField, type NumberField, type ScenarioState } from '../../url-state';
import { invocationModes, loadPatterns, scalingRules, type ConcurrencyInput, type InvocationMode, type LoadPattern, type ScalingRule } from './inputs';
import { SPIKE_END_SHARE, SPIKE_START_SHARE } from './load';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const minutes = (seconds: number) => (seconds === 60 ? '1 minute' : `${formatNumber(seconds / 60)} minutes`);

/** Most numeric inputs span orders of magnitude, so their sliders are logarithmic unless said otherwise. */
const field = (spec: Omit<NumberField, 'kind' | 'step'>) => numberField({ step: 1, scale: 'log', ...spec });

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

/**
 * The concurrency simulator's URL, which is also the model's input (lib/sim/concurrency/inputs.ts
 * says what each one means): names, ranges, units and defaults. Some ranges are narrower than AWS
 * allows, to keep the simulation small: duration starts at one 100 ms step, the SQS visibility
 * timeout stops at 15 minutes (AWS: 12 hours) and maxReceiveCount at 20 (AWS: 1,000).
 */
export const concurrencySchema = {
  pattern: enumField({
    label: 'Traffic pattern',
    options: loadPatterns.map((value) => ({ value, label: patternLabels[value] })),
    default: 'spike',
    help: `Steady: the base rate. Spike: the peak from ${pct(SPIKE_START_SHARE)} to ${pct(SPIKE_END_SHARE)} of the window. Ramp: base to peak. Daily: one day squeezed into the window.`,
  }),
  base: field({ label: 'Base rate', unit: 'requests/s', min: 0, max: 100_000, default: 100, help: 'Traffic outside the peak.' }),
  peak: field({ label: 'Peak rate', unit: 'requests/s', min: 0, max: 100_000, default: 5000, help: 'Traffic at the top of the spike, ramp or daily curve (unused when steady).' }),
  duration: field({
    label: 'Handler duration',
    unit: 'ms',
    min: 100,
    // No invocation runs longer than Lambda's timeout limit.
    ...lambdaTimeoutMs,
    integer: true,
    default: 200,
    help: 'Time one invocation runs. With SQS, the time for a whole batch.',
  }),
  window: field({ label: 'Time simulated', unit: 'minutes', min: 1, max: 360, integer: true, default: 5 }),
  limit: field({
    label: 'Account concurrency limit',
    unit: 'concurrent executions',
    min: 10,
    max: 100_000,
    integer: true,
    default: concurrencyLimits.accountConcurrencyDefault.value,
    help: `Shared by every function in the account and Region; the default is ${formatNumber(concurrencyLimits.accountConcurrencyDefault.value)}.`,
  }),
  reserved: field({
    label: 'Reserved concurrency',
    unit: 'concurrent executions',
    min: 0,
    max: 100_000,
    integer: true,
    default: 0,
    help: '0 = none. A cap on this function (and a share of the account set aside for it).',
  }),
  provisioned: field({ label: 'Provisioned concurrency', unit: 'environments', min: 0, max: 100_000, integer: true, default: 0, help: 'Environments started and warm before the first request.' }),
  scaling: enumField({
    label: 'Scaling rule',
    options: scalingRules.map((value) => ({ value, label: scalingLabels[value] })),
    default: 'current',
    help: `How fast one function may add environments. Current: ${formatNumber(scalingRate.environmentsPerWindow.value)} more every ${scalingRate.windowSeconds.value} s. Legacy: a burst of ${formatNumber(scalingRate.legacyBurstUsEast1.value)}, then ${formatNumber(scalingRate.legacyIncrementPerMinute.value)} a minute.`,
  }),
  mode: enumField({
    label: 'Invocation',
    options: invocationModes.map((value) => ({ value, label: modeLabels[value] })),
    default: 'sync',
  }),
  batch: field({
    label: 'SQS batch size',
    unit: 'messages',
    min: 1,
    ...sqsBatchSize,
    integer: true,
    default: sqsEventSource.batchSizeDefault.value,
    help: 'SQS only: messages per invocation, at most.',
  }),
  maxconc: field({
    label: 'SQS maximum concurrency',
    unit: 'concurrent invocations',
    min: 0,
    ...sqsMaximumConcurrency,
    integer: true,
    default: 0,
    help: `SQS only: 0 = not set. Caps the invocations the queue may start (${formatNumber(sqsEventSource.maximumConcurrencyRange.value.min)} to ${formatNumber(sqsEventSource.maximumConcurrencyRange.value.max)}).`,
  }),
  dbconn: field({
    label: 'Database connections',
    unit: 'connections',
    min: 0,
    max: 100_000,
    integer: true,
    default: 0,
    help: '0 = no database. Each running environment holds one connection unless a proxy pools them.',
  }),
  proxy: booleanField({ label: 'Connection proxy (RDS Proxy-like)', default: false, help: 'Connections are held only while a query runs.' }),
  coldstart: field({
    label: 'Cold start',
    unit: 'ms',
    min: 0,
    // An on-demand INIT phase may take at most 10 s.
    ...initPhaseMs,
    integer: true,
    default: callersAndDownstream.coldStartDefaultMs.value,
    help: 'Added to an invocation that starts a new environment.',
  }),
  retries: field({
    label: 'Client retries after a 429',
    unit: 'retries',
    min: 0,
    max: 5,
    integer: true,
    default: callersAndDownstream.sdkMaxAttemptsStandard.value - 1,
    scale: 'linear',
    help: 'Synchronous only: retries with exponential backoff and jitter.',
  }),
  backoff: field({ label: 'First backoff', unit: 'ms', min: 10, max: 5000, integer: true, default: 100, help: 'Synchronous only: the first retry waits up to this long; it doubles each time.' }),
  maxage: field({
    label: 'Maximum event age',
    unit: 's',
    ...asyncMaxEventAgeS,
    integer: true,
    default: asyncInvocation.maxEventAgeDefaultSeconds.value,
    help: 'Asynchronous only: older events go to the dead-letter queue.',
  }),
  asyncretries: field({
    label: 'Retries after an error',
    unit: 'retries',
    min: 0,
    max: 2,
    integer: true,
    default: asyncInvocation.retryAttemptsDefault.value,
    scale: 'linear',
    help: `Asynchronous only: after ${asyncInvocation.retryWaitsSeconds.value.map(minutes).join(', then ')}.`,
  }),
  maxreceive: field({ label: 'Receives before the DLQ', unit: 'receives', min: 1, max: 20, integer: true, default: 5, scale: 'linear', help: 'SQS only: the redrive policy’s maxReceiveCount.' }),
  visibility: field({
    label: 'Visibility timeout',
    unit: 's',
    min: 0,
    max: 900,
    integer: true,
    default: sqsEventSource.visibilityTimeoutDefaultSeconds.value,
    help: 'SQS only: how long a failed message stays hidden before it is received again.',
  }),
  querypct: field({ label: 'Time spent in queries', unit: '%', min: 1, max: 100, integer: true, default: 20, scale: 'linear', help: 'With the proxy: the share of the handler’s time that holds a connection.' }),
};

export type ConcurrencySchema = typeof concurrencySchema;
export type ConcurrencyState = ScenarioState<ConcurrencySchema>;

/** The model's defaults are the link's defaults. */
export const concurrencyDefaults: ConcurrencyInput = defaultState(concurrencySchema);
