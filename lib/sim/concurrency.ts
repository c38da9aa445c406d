/**
 * Concurrency-scaling simulation of one AWS Lambda function and what sits behind it: offered
 * load, the account limit, reserved and provisioned concurrency, the scaling rate (current or
 * legacy), the invocation type (sync with client retries, async with Lambda's queue, or an SQS
 * queue) and a database with a connection limit, optionally behind a proxy. Fixed 100 ms steps;
 * pure, deterministic, no per-request objects.
 *
 *   const result = simulateConcurrency({ pattern: 'spike', peak: 5000, duration: 200 });
 *   checkConservation(result).ok;          // true: every request is accounted for
 *   summariseConcurrency(result);          // one sentence for the view and screen readers
 *   downsampleConcurrency(result, 600);    // chart points
 *
 * The platform figures, with sources, live in lib/data/lambda-limits.ts. The modules under
 * lib/sim/concurrency/ hold the parts; import from this file only.
 */
export { requiredConcurrency } from './littles-law';
export {
  invocationModes,
  loadPatterns,
  scalingRules,
  type ConcurrencyInput,
  type InvocationMode,
  type LoadPattern,
  type ScalingRule,
} from './concurrency/inputs';
export { concurrencyDefaults, concurrencySchema, type ConcurrencySchema, type ConcurrencyState } from './concurrency/schema';
export { offeredRate, STEP_MS, SPIKE_START_SHARE, SPIKE_END_SHARE, DAILY_TROUGH_HOUR } from './concurrency/load';
export { LimitCause, limitCauseNames } from './concurrency/outcome';
export type { ConcurrencyResult, ConcurrencySeries, ConcurrencyTotals } from './concurrency/result';
export { simulateConcurrency } from './concurrency/simulate';
export { checkConservation, type ConservationReport } from './concurrency/conservation';
export { downsampleConcurrency, type ConcurrencyChartPoint } from './concurrency/chart';
export { summariseConcurrency } from './concurrency/summary';
