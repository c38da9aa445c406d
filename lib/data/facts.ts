import { lambdaPricing } from '../pricing/aws-lambda';
import { accountConcurrencyDefault } from '../simulators/littles-law-limits';
import { lambdaQuotas as q } from './lambda-quotas';
import type { Sourced } from './sourced';

/**
 * The figures lessons may quote by id: `<Fact id="lambda.maxTimeout" />` in MDX prints the
 * value as a reader expects to see it. Each entry points at the one Sourced value it formats,
 * so a changed limit or price changes every lesson that quotes it.
 */
export interface FactEntry {
  fact: Sourced<unknown>;
  text: string;
}

const n = (x: number) => x.toLocaleString('en-US');
const entry = <T>(fact: Sourced<T>, format: (v: T) => string): FactEntry => ({ fact, text: format(fact.value) });

export const facts = {
  'lambda.maxTimeout': entry(q.maxTimeoutSeconds, (s) => `${s / 60} minutes`),
  'lambda.memoryRange': entry(q.memoryMaxMb, (max) => `${n(q.memoryMinMb.value)} MB to ${n(max)} MB`),
  'lambda.memoryMax': entry(q.memoryMaxMb, (max) => `${n(max)} MB`),
  'lambda.tmpRange': entry(q.ephemeralMaxMb, (max) => `${n(q.ephemeralMinMb.value)} MB to ${n(max)} MB`),
  'lambda.syncPayload': entry(q.syncPayloadMb, (mb) => `${mb} MB`),
  'lambda.asyncPayload': entry(q.asyncPayloadKb, (kb) => `${kb / 1024} MB`),
  'lambda.fullVcpu': entry(q.fullVcpuAtMb, (mb) => `${n(mb)} MB`),
  'lambda.accountConcurrency': entry(accountConcurrencyDefault, (c) => n(c)),
  'lambda.requestPrice': entry(lambdaPricing.requestPricePerMillion, (p) => `$${p.toFixed(2)} per million requests`),
  'lambda.gbSecondPrice': entry(lambdaPricing.durationTiers.x86, (tiers) => `$${tiers[0]!.pricePerGbSecond.toFixed(10)} per GB-second`),
  'lambda.billingGranularity': entry(lambdaPricing.billingGranularityMs, (ms) => `${ms} ms`),
  'lambda.freeRequests': entry(lambdaPricing.freeTier.requests, (r) => `${n(r / 1e6)} million requests`),
  'lambda.freeGbSeconds': entry(lambdaPricing.freeTier.gbSeconds, (g) => `${n(g)} GB-seconds`),
} satisfies Record<string, FactEntry>;

export type FactId = keyof typeof facts;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(facts, id);
}
