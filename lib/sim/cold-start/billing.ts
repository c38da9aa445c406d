import { lambdaPricing } from '../../pricing/aws-lambda';
import type { RunRecorder } from './record';

/**
 * What the window would be billed on Lambda (x86, us-east-1 prices from lib/pricing/aws-lambda.ts).
 * Billed time is handler time plus INIT, rounded up to 1 ms per invocation: INIT has been billed
 * like invocation time for on-demand functions since 1 August 2025 (AWS Compute Blog, "AWS Lambda
 * standardizes billing for the INIT phase"). Provisioned environments are initialised before the
 * window, so their INIT is not in it; their configured time is billed whether used or not.
 * Costs use the first duration tier and no free tier: a window is far too small to reach either
 * boundary on its own, and the free tier is shared by a whole account's month.
 */
export interface ColdStartBilling {
  /** 'aws-lambda' for Lambda runtimes; 'not-modelled' for isolates (Workers bill differently). */
  model: 'aws-lambda' | 'not-modelled';
  /** Invocations billed as requests: user requests plus warm-up pings. */
  invocations: number;
  /** All billed ms (on-demand + provisioned), each invocation rounded up to 1 ms. */
  billedMs: number;
  /** Billed ms on on-demand environments, INIT included. */
  onDemandBilledMs: number;
  /** The INIT part of onDemandBilledMs (unrounded), ms. */
  billedInitMs: number;
  /** Billed ms of work run on provisioned environments. */
  provisionedBilledMs: number;
  /** billedMs x memory in GB (1,024 MB = 1 GB, as AWS's examples count). */
  billedGbSeconds: number;
  /** Provisioned concurrency configured for the whole window: environments x GB x seconds. */
  provisionedConfiguredGbSeconds: number;
  costUsd: {
    /** $0.20 per million invocations. */
    requests: number;
    /** On-demand GB-seconds at the first x86 tier. */
    onDemandDuration: number;
    /** Configured provisioned GB-seconds at the provisioned concurrency price, used or not. */
    provisionedConcurrency: number;
    /** GB-seconds of work on provisioned environments at the provisioned duration price. */
    provisionedDuration: number;
    total: number;
  };
}

const NOT_MODELLED: ColdStartBilling = {
  model: 'not-modelled',
  invocations: 0,
  billedMs: 0,
  onDemandBilledMs: 0,
  billedInitMs: 0,
  provisionedBilledMs: 0,
  billedGbSeconds: 0,
  provisionedConfiguredGbSeconds: 0,
  costUsd: { requests: 0, onDemandDuration: 0, provisionedConcurrency: 0, provisionedDuration: 0, total: 0 },
};

export function lambdaBilling(
  recorder: RunRecorder,
  opts: { billable: boolean; memoryMb: number; provisioned: number; windowSec: number },
): ColdStartBilling {
  if (!opts.billable) return { ...NOT_MODELLED, costUsd: { ...NOT_MODELLED.costUsd } };
  const gb = opts.memoryMb / 1024;
  const invocations = recorder.served + recorder.pings;
  const onDemandGbSeconds = (recorder.onDemandBilledMs / 1000) * gb;
  const provisionedGbSeconds = (recorder.provisionedBilledMs / 1000) * gb;
  const provisionedConfiguredGbSeconds = opts.provisioned * gb * opts.windowSec;
  const firstTier = lambdaPricing.durationTiers.x86.value[0];
  const provisionedPrices = lambdaPricing.provisioned.x86;
  const costUsd = {
    requests: (invocations / 1e6) * lambdaPricing.requestPricePerMillion.value,
    onDemandDuration: onDemandGbSeconds * (firstTier?.pricePerGbSecond ?? 0),
    provisionedConcurrency: provisionedConfiguredGbSeconds * provisionedPrices.concurrencyPricePerGbSecond.value,
    provisionedDuration: provisionedGbSeconds * provisionedPrices.durationPricePerGbSecond.value,
    total: 0,
  };
  costUsd.total = costUsd.requests + costUsd.onDemandDuration + costUsd.provisionedConcurrency + costUsd.provisionedDuration;
  return {
    model: 'aws-lambda',
    invocations,
    billedMs: recorder.onDemandBilledMs + recorder.provisionedBilledMs,
    onDemandBilledMs: recorder.onDemandBilledMs,
    billedInitMs: recorder.billedInitMs,
    provisionedBilledMs: recorder.provisionedBilledMs,
    billedGbSeconds: onDemandGbSeconds + provisionedGbSeconds,
    provisionedConfiguredGbSeconds,
    costUsd,
  };
}
