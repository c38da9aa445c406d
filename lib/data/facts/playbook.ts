import { dnsFailoverSeconds, outboxWriteUnits, throttleShare } from '../../design/estimates';
import { API_GATEWAY_PRICING_PAGE } from '../../pricing/aws-api-gateway';
import { LAMBDA_PRICING_PAGE } from '../../pricing/aws-lambda';
import { formatUsd } from '../../pricing/format';
import { frontDoorMonthlyCost } from '../../pricing/front-door';
import { requestsPerMonthAt } from '../../pricing/month';
import { requiredConcurrency } from '../../sim/littles-law';
import { concurrencyLimits } from '../lambda-limits';
import { sourced, type Source, type Sourced } from '../sourced';
import { consistencyLimits } from './across-services';
import { entry, n, type FactEntry } from './entry';
import { frontDoorLimits } from './front-door';
import { serverlessDatabases } from './workflows-data';

/**
 * The estimates in the interview playbook's worked design problems, COMPUTED from the course's
 * own functions and data so that a changed price or limit changes the sentence that quotes it.
 * Each `note` gives the inputs; the `source` is the page the arithmetic rests on.
 */
const asOf = '2026-12-08';
const computed = <T>(value: T, unit: string, how: string, source: Source): Sourced<T> =>
  sourced(value, unit, source, asOf, `Computed for the playbook's worked problem: ${how}`);

/** A public API with per-customer quotas: 1,500 rps on average, 8,000 at peak, 120 ms handlers. */
export const quotaApi = { averageRps: 1500, peakRps: 8000, durationMs: 120 } as const;
const quotaRequests = requestsPerMonthAt(quotaApi.averageRps);
const quotaWriteCost = (quotaRequests / 1e6) * serverlessDatabases.dynamoOnDemandWritePerMillion.value;

/** An order service with a transactional outbox: 50 orders a second on average, items under 1 KB. */
export const outboxOrders = { averagePerSecond: 50, orderKb: 0.8, outboxKb: 0.6 } as const;
const ordersPerMonth = requestsPerMonthAt(outboxOrders.averagePerSecond);
const unitsPerOrder = outboxWriteUnits(outboxOrders.orderKb, outboxOrders.outboxKb);
const wruPrice = serverlessDatabases.dynamoOnDemandWritePerMillion.value / 1e6;
const outboxPeak = { perSecond: 500, durationMs: 100 } as const;

/** A two-Region active-active API: 6,000 rps at the global peak, 100 ms handlers, 60 s DNS TTL. */
export const activeActive = { peakRps: 6000, durationMs: 100, dnsTtlSeconds: 60 } as const;
const failover = (interval: number) =>
  dnsFailoverSeconds({ checkIntervalSeconds: interval, failureThreshold: consistencyLimits.healthCheckFailureThreshold.value, dnsTtlSeconds: activeActive.dnsTtlSeconds });
const [fastInterval, defaultInterval] = consistencyLimits.healthCheckIntervals.value;

const percent = (x: number) => `${Math.round(x * 100)}%`;
const billions = (r: number) => `${n(r / 1e9, 2)} billion`;
const millions = (r: number) => `${n(r / 1e6, 1)} million`;
const usd = (x: number) => formatUsd(x);

export const playbookFacts = {
  'playbook.quota.throttleShare': entry(computed(throttleShare(quotaApi.peakRps, frontDoorLimits.accountRps.value), 'share of the regional throttle', '8,000 rps peak against the 10,000 rps account throttle', frontDoorLimits.accountRps.source), percent),
  'playbook.quota.peakConcurrency': entry(computed(requiredConcurrency(quotaApi.peakRps, quotaApi.durationMs), 'concurrent executions', "8,000 rps x 0.12 s (Little's law)", concurrencyLimits.accountConcurrencyDefault.source), (c) => n(c)),
  'playbook.quota.monthlyRequests': entry(computed(quotaRequests, 'requests a month', '1,500 rps x 730 hours', LAMBDA_PRICING_PAGE), billions),
  'playbook.quota.restMonthly': entry(computed(frontDoorMonthlyCost('rest', quotaRequests), 'USD a month', 'REST API tiers at 1,500 rps average', API_GATEWAY_PRICING_PAGE), usd),
  'playbook.quota.httpMonthly': entry(computed(frontDoorMonthlyCost('http', quotaRequests), 'USD a month', 'HTTP API tiers at 1,500 rps average', API_GATEWAY_PRICING_PAGE), usd),
  'playbook.quota.httpSaving': entry(computed(frontDoorMonthlyCost('rest', quotaRequests) - frontDoorMonthlyCost('http', quotaRequests), 'USD a month', 'REST API minus HTTP API at 1,500 rps average', API_GATEWAY_PRICING_PAGE), usd),
  'playbook.quota.counterWrites': entry(computed(quotaWriteCost, 'USD a month', 'one on-demand DynamoDB write per request to keep a counter', serverlessDatabases.dynamoOnDemandWritePerMillion.source), usd),
  'playbook.outbox.ordersPerMonth': entry(computed(ordersPerMonth, 'orders a month', '50 orders a second x 730 hours', LAMBDA_PRICING_PAGE), millions),
  'playbook.outbox.unitsPerOrder': entry(computed(unitsPerOrder, 'write request units per order', 'an order (0.8 KB) and its outbox record (0.6 KB) in one transaction', consistencyLimits.transactWriteMultiple.source), (u) => n(u)),
  'playbook.outbox.monthlyWrites': entry(computed(ordersPerMonth * unitsPerOrder * wruPrice, 'USD a month', 'the outbox transaction for every order, on demand', serverlessDatabases.dynamoOnDemandWritePerMillion.source), usd),
  'playbook.outbox.monthlyPlainWrites': entry(computed(ordersPerMonth * wruPrice, 'USD a month', 'the order alone, one plain write each, on demand', serverlessDatabases.dynamoOnDemandWritePerMillion.source), usd),
  'playbook.outbox.extraMonthly': entry(computed(ordersPerMonth * (unitsPerOrder - 1) * wruPrice, 'USD a month', 'the outbox transaction minus one plain write, for every order', serverlessDatabases.dynamoOnDemandWritePerMillion.source), usd),
  'playbook.outbox.peakConcurrency': entry(computed(requiredConcurrency(outboxPeak.perSecond, outboxPeak.durationMs), 'concurrent executions', "500 orders a second x 0.1 s (Little's law)", concurrencyLimits.accountConcurrencyDefault.source), (c) => n(c)),
  'playbook.activeActive.throttleShare': entry(computed(throttleShare(activeActive.peakRps, frontDoorLimits.accountRps.value), 'share of one Region\'s throttle', 'the whole 6,000 rps peak landing in one Region', frontDoorLimits.accountRps.source), percent),
  'playbook.activeActive.concurrency': entry(computed(requiredConcurrency(activeActive.peakRps, activeActive.durationMs), 'concurrent executions in the surviving Region', "6,000 rps x 0.1 s (Little's law)", concurrencyLimits.accountConcurrencyDefault.source), (c) => n(c)),
  'playbook.activeActive.failoverDefault': entry(computed(failover(defaultInterval), 'seconds', '30 s checks x 3 failures + 60 s TTL', consistencyLimits.healthCheckIntervals.source), (s) => `about ${n(s)} seconds`),
  'playbook.activeActive.failoverFast': entry(computed(failover(fastInterval), 'seconds', '10 s checks x 3 failures + 60 s TTL', consistencyLimits.healthCheckIntervals.source), (s) => `about ${n(s)} seconds`),
} satisfies Record<string, FactEntry>;
