import { lambdaPricing, type Architecture } from './aws-lambda';
import { tieredCost, type Tier } from './tiered-price';

/**
 * The separate charges on a Lambda bill, each priced from lib/pricing/aws-lambda.ts. They are
 * small on purpose: lambda-cost.ts composes them into a month's bill, and the tests rebuild the
 * pricing page's worked examples from them line by line.
 */

/** AWS turns MB into GB by dividing by 1,024 ("1536MB/1024 MB" in the page's examples). */
export const MB_PER_GB = 1024;
/** Ephemeral storage (/tmp) up to this size is included in the price. */
export const FREE_EPHEMERAL_MB = 512;

/** Billed duration: rounded up to the next whole millisecond per invocation (1 ms granularity). */
export function billedMs(durationMs: number): number {
  const step = lambdaPricing.billingGranularityMs.value;
  // The tiny allowance stops 200.00000000000003 (floating-point noise) from billing as 201 ms.
  return Math.max(0, Math.ceil(durationMs / step - 1e-9) * step);
}

/** GB-seconds: memory in GB x seconds x invocations, the unit Lambda duration is priced in. */
export function gbSeconds(memoryMb: number, ms: number, invocations: number): number {
  return (memoryMb / MB_PER_GB) * (ms / 1000) * invocations;
}

export function requestCharge(requests: number): number {
  return requests * (lambdaPricing.requestPricePerMillion.value / 1e6);
}

function asTiers(arch: Architecture): Tier[] {
  return lambdaPricing.durationTiers[arch].value.map((t) => ({ upTo: t.upToGbSeconds, price: t.pricePerGbSecond }));
}

// Built once: the cost explorer prices thousands of months per input change.
const DURATION_TIERS: Record<Architecture, Tier[]> = { x86: asTiers('x86'), arm: asTiers('arm') };

/** On-demand duration, with the monthly volume tiers of the chosen architecture. */
export function durationCharge(gbSecondsUsed: number, arch: Architecture): number {
  return tieredCost(gbSecondsUsed, DURATION_TIERS[arch]);
}

/** Provisioned concurrency: memory x environments x seconds it is switched on, used or not. */
export function provisionedConcurrencyCharge(configuredGbSeconds: number, arch: Architecture): number {
  return configuredGbSeconds * lambdaPricing.provisioned[arch].concurrencyPricePerGbSecond.value;
}

/** Work run on provisioned environments is billed at a lower duration price, without tiers. */
export function provisionedDurationCharge(gbSecondsUsed: number, arch: Architecture): number {
  return gbSecondsUsed * lambdaPricing.provisioned[arch].durationPricePerGbSecond.value;
}

/** /tmp above the free 512 MB, for the seconds the function runs. */
export function ephemeralStorageCharge(ephemeralMb: number, executionSeconds: number): number {
  const extraGb = Math.max(0, ephemeralMb - FREE_EPHEMERAL_MB) / MB_PER_GB;
  return extraGb * executionSeconds * lambdaPricing.ephemeralStoragePricePerGbSecond.value;
}

/** Requests left to pay for once the monthly free tier (1 million) is taken off. */
export function billableRequests(requests: number, freeTier: boolean): number {
  return freeTier ? Math.max(0, requests - lambdaPricing.freeTier.requests.value) : requests;
}

/** GB-seconds left to pay for once the monthly free tier (400,000 GB-s) is taken off. */
export function billableGbSeconds(gbSecondsUsed: number, freeTier: boolean): number {
  return freeTier ? Math.max(0, gbSecondsUsed - lambdaPricing.freeTier.gbSeconds.value) : gbSecondsUsed;
}
