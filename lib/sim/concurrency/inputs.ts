import { asyncInvocation, callersAndDownstream, concurrencyLimits, sqsEventSource } from '../../data/lambda-limits';

/**
 * The simulator's inputs. Names mirror the URL parameters of the simulator view, so a shared
 * link and a quiz question describe a scenario the same way.
 */
export type LoadPattern = 'steady' | 'spike' | 'ramp' | 'daily';
/** 'current': 1,000 environments per 10 s per function (since Nov 2023); 'legacy': burst then +500/min. */
export type ScalingRule = 'current' | 'legacy';
/** How the function is invoked: a caller waiting (sync), Lambda's own queue (async), or an SQS queue. */
export type InvocationMode = 'sync' | 'async' | 'sqs';

/** The choices of each enumerated input, in display order (for the URL parser and the controls). */
export const loadPatterns: readonly LoadPattern[] = ['steady', 'spike', 'ramp', 'daily'];
export const scalingRules: readonly ScalingRule[] = ['current', 'legacy'];
export const invocationModes: readonly InvocationMode[] = ['sync', 'async', 'sqs'];

export interface ConcurrencyInput {
  pattern: LoadPattern;
  /** Offered load outside the peak, requests per second. */
  base: number;
  /** Offered load at the peak, requests per second. */
  peak: number;
  /** Handler duration, ms (for sqs: per invocation, the whole batch). */
  duration: number;
  /** Account concurrency limit. */
  limit: number;
  /** The function's reserved concurrency; 0 = none (it shares the account limit). */
  reserved: number;
  /** Provisioned concurrency: environments started and warm before the first request. */
  provisioned: number;
  scaling: ScalingRule;
  mode: InvocationMode;
  /** SQS batch size: messages per invocation at most. */
  batch: number;
  /** SQS event source maximum concurrency; 0 = not set. A value of 1 is read as 2, the minimum. */
  maxconc: number;
  /** Database max connections; 0 = the function uses no database. */
  dbconn: number;
  /** RDS Proxy-like pooling: connections are held only while a query runs. */
  proxy: boolean;
  /** Minutes simulated. */
  window: number;
  /** Extra: cold-start latency added to a request that starts a new environment, ms. */
  coldstart: number;
  /** Extra (sync): client retries after a 429, with exponential backoff and full jitter. */
  retries: number;
  /** Extra (sync): the client's first backoff ceiling, ms; it doubles per retry, capped at 20 s. */
  backoff: number;
  /** Extra (async): maximum event age, s; older events go to the dead-letter queue. */
  maxage: number;
  /** Extra (async): retries after a function error (here: a database error). */
  asyncretries: number;
  /** Extra (sqs): receives before the queue's redrive policy moves a message to the DLQ. */
  maxreceive: number;
  /** Extra (sqs): visibility timeout, s: how long a failed message stays hidden before a retry. */
  visibility: number;
  /** Extra (proxy): share of the handler's time spent in database queries, percent. */
  querypct: number;
}

export type NumericInputName = {
  [K in keyof ConcurrencyInput]: ConcurrencyInput[K] extends number ? K : never;
}[keyof ConcurrencyInput];

export interface InputRange {
  min: number;
  max: number;
  unit: string;
  integer: boolean;
}

export const concurrencyDefaults: ConcurrencyInput = {
  pattern: 'spike',
  base: 100,
  peak: 5000,
  duration: 200,
  limit: concurrencyLimits.accountConcurrencyDefault.value,
  reserved: 0,
  provisioned: 0,
  scaling: 'current',
  mode: 'sync',
  batch: sqsEventSource.batchSizeDefault.value,
  maxconc: 0,
  dbconn: 0,
  proxy: false,
  window: 5,
  coldstart: callersAndDownstream.coldStartDefaultMs.value,
  retries: callersAndDownstream.sdkMaxAttemptsStandard.value - 1,
  backoff: 100,
  maxage: asyncInvocation.maxEventAgeDefaultSeconds.value,
  asyncretries: asyncInvocation.retryAttemptsDefault.value,
  maxreceive: 5,
  visibility: sqsEventSource.visibilityTimeoutDefaultSeconds.value,
  querypct: 20,
};

/**
 * Allowed ranges, for the URL parser to clamp to. Some are narrower than AWS allows, to keep
 * the simulation small: duration starts at one 100 ms step, the SQS visibility timeout stops at
 * 15 minutes (AWS: 12 hours) and maxReceiveCount at 20 (AWS: 1,000).
 */
export const concurrencyInputRanges: Readonly<Record<NumericInputName, InputRange>> = {
  base: { min: 0, max: 100_000, unit: 'requests/s', integer: false },
  peak: { min: 0, max: 100_000, unit: 'requests/s', integer: false },
  duration: { min: 100, max: 900_000, unit: 'ms', integer: true },
  limit: { min: 10, max: 100_000, unit: 'concurrent executions', integer: true },
  reserved: { min: 0, max: 100_000, unit: 'concurrent executions', integer: true },
  provisioned: { min: 0, max: 100_000, unit: 'environments', integer: true },
  batch: { min: 1, max: sqsEventSource.batchSizeMax.value, unit: 'messages', integer: true },
  maxconc: { min: 0, max: sqsEventSource.maximumConcurrencyRange.value.max, unit: 'concurrent invocations', integer: true },
  dbconn: { min: 0, max: 100_000, unit: 'connections', integer: true },
  window: { min: 1, max: 360, unit: 'minutes', integer: true },
  coldstart: { min: 0, max: 10_000, unit: 'ms', integer: true },
  retries: { min: 0, max: 5, unit: 'retries', integer: true },
  backoff: { min: 10, max: 5000, unit: 'ms', integer: true },
  maxage: { ...asyncInvocation.maxEventAgeRangeSeconds.value, unit: 's', integer: true },
  asyncretries: { min: 0, max: 2, unit: 'retries', integer: true },
  maxreceive: { min: 1, max: 20, unit: 'receives', integer: true },
  visibility: { min: 0, max: 900, unit: 's', integer: true },
  querypct: { min: 1, max: 100, unit: '%', integer: true },
};

const clamp = (x: number, { min, max, integer }: InputRange): number => {
  const v = Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : min;
  return integer ? Math.round(v) : v;
};

/** Fills in defaults and clamps every number to its range, so the model never sees a bad value. */
export function normaliseConcurrencyInput(partial: Partial<ConcurrencyInput> = {}): ConcurrencyInput {
  const input: ConcurrencyInput = { ...concurrencyDefaults, ...partial };
  for (const name of Object.keys(concurrencyInputRanges) as NumericInputName[]) {
    input[name] = clamp(input[name], concurrencyInputRanges[name]);
  }
  // MaximumConcurrency accepts 2 to 1,000 (Lambda Developer Guide, SQS scaling page).
  if (input.maxconc === 1) input.maxconc = sqsEventSource.maximumConcurrencyRange.value.min;
  return input;
}
