import { lambdaPricing } from '../../pricing/aws-lambda';
import { concurrencyLimits } from '../lambda-limits';
import { lambdaQuotas as q } from '../lambda-quotas';
import { entry, n, type FactEntry } from './entry';

/** AWS Lambda's headline limits and prices, as lessons quote them. */
export const lambdaFacts = {
  'lambda.maxTimeout': entry(q.maxTimeoutSeconds, (s) => `${s / 60} minutes`),
  'lambda.memoryRange': entry(q.memoryMaxMb, (max) => `${n(q.memoryMinMb.value)} MB to ${n(max)} MB`),
  'lambda.memoryMax': entry(q.memoryMaxMb, (max) => `${n(max)} MB`),
  'lambda.tmpRange': entry(q.ephemeralMaxMb, (max) => `${n(q.ephemeralMinMb.value)} MB to ${n(max)} MB`),
  'lambda.syncPayload': entry(q.syncPayloadMb, (mb) => `${mb} MB`),
  'lambda.asyncPayload': entry(q.asyncPayloadKb, (kb) => `${kb / 1024} MB`),
  'lambda.fullVcpu': entry(q.fullVcpuAtMb, (mb) => `${n(mb)} MB`),
  'lambda.accountConcurrency': entry(concurrencyLimits.accountConcurrencyDefault, (c) => n(c)),
  'lambda.requestPrice': entry(lambdaPricing.requestPricePerMillion, (p) => `$${p.toFixed(2)} per million requests`),
  'lambda.gbSecondPrice': entry(lambdaPricing.durationTiers.x86, (tiers) => `$${tiers[0]!.pricePerGbSecond.toFixed(10)} per GB-second`),
  'lambda.billingGranularity': entry(lambdaPricing.billingGranularityMs, (ms) => `${ms} ms`),
  'lambda.freeRequests': entry(lambdaPricing.freeTier.requests, (r) => `${n(r / 1e6)} million requests`),
  'lambda.freeGbSeconds': entry(lambdaPricing.freeTier.gbSeconds, (g) => `${n(g)} GB-seconds`),
} satisfies Record<string, FactEntry>;
