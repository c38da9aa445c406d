import { formatDuration, formatNumber } from '../format';
import { asyncInvocation, sqsEventSource } from './lambda-limits';
import { lambdaQuotas } from './lambda-quotas';

/**
 * Documented platform limits where a scenario field stops, as the field's range and the words of
 * the notice a link past the limit gets ("1e9 is above Lambda's timeout limit (15 min); using 900,000 ms").
 * Spread one into a numberField: `numberField({ label: 'Handler time', ...lambdaTimeoutMs, ... })`.
 * Each figure is a Sourced value in lib/data, so the notice and the lesson quote the same number.
 */

/** An invocation runs at most 900 s (Lambda quotas page). */
export const lambdaTimeoutMs = {
  max: lambdaQuotas.maxTimeoutSeconds.value * 1000,
  maxNote: `Lambda's timeout limit (${formatDuration(lambdaQuotas.maxTimeoutSeconds.value)})`,
};

/** Memory from 128 to 10,240 MB (Lambda quotas page). */
export const lambdaMemoryMb = {
  min: lambdaQuotas.memoryMinMb.value,
  max: lambdaQuotas.memoryMaxMb.value,
  maxNote: `Lambda's largest memory (${formatNumber(lambdaQuotas.memoryMaxMb.value)} MB)`,
};

/** Code and layers, unzipped, at most 250 MB (Lambda quotas page). */
export const unzippedPackageMb = {
  max: lambdaQuotas.unzippedPackageMb.value,
  maxNote: `Lambda's limit for an unzipped package (${formatNumber(lambdaQuotas.unzippedPackageMb.value)} MB)`,
};

/** /tmp from 512 to 10,240 MB (Lambda quotas page). */
export const ephemeralStorageMb = {
  min: lambdaQuotas.ephemeralMinMb.value,
  max: lambdaQuotas.ephemeralMaxMb.value,
  maxNote: `Lambda's largest /tmp (${formatNumber(lambdaQuotas.ephemeralMaxMb.value)} MB)`,
};

/** An on-demand INIT phase may take at most 10 s (Lambda execution environment lifecycle page). */
export const initPhaseMs = {
  max: lambdaQuotas.initTimeoutSeconds.value * 1000,
  maxNote: `Lambda's limit on INIT (${formatDuration(lambdaQuotas.initTimeoutSeconds.value)})`,
};

/** An SQS event source takes at most 10,000 messages a batch (Lambda SQS parameters page). */
export const sqsBatchSize = {
  max: sqsEventSource.batchSizeMax.value,
  maxNote: `the largest batch an SQS event source takes (${formatNumber(sqsEventSource.batchSizeMax.value)})`,
};

/** MaximumConcurrency is at most 1,000 (Lambda SQS scaling page); 0 here means "not set". */
export const sqsMaximumConcurrency = {
  max: sqsEventSource.maximumConcurrencyRange.value.max,
  maxNote: `the most an SQS event source allows (${formatNumber(sqsEventSource.maximumConcurrencyRange.value.max)})`,
};

/** MaximumEventAgeInSeconds from 60 s to 6 hours (PutFunctionEventInvokeConfig). */
export const asyncMaxEventAgeS = {
  ...asyncInvocation.maxEventAgeRangeSeconds.value,
  maxNote: `the longest event age Lambda keeps (${formatDuration(asyncInvocation.maxEventAgeRangeSeconds.value.max)})`,
};
