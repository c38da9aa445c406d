import { consistencyLimits } from '../data/facts/across-services';

/**
 * The arithmetic behind the worked design problems in the interview playbook: pure functions,
 * figures in, figures out, so the lessons quote results (through lib/data/facts/playbook.ts)
 * rather than sums done by hand.
 */

/** What share of a regional request throttle a peak takes: 0.8 means 80% of it. */
export function throttleShare(peakRps: number, limitRps: number): number {
  if (limitRps <= 0) throw new Error('a throttle limit must be positive');
  return peakRps / limitRps;
}

/**
 * Write request units one DynamoDB write uses: one per started KB of item, and twice that inside
 * a transaction. Source: Amazon DynamoDB Developer Guide, "DynamoDB read/write capacity mode"
 * (write request unit: one write of up to 1 KB; transactional writes take two).
 */
export function writeUnits(itemKb: number, transactional: boolean): number {
  const units = Math.max(1, Math.ceil(itemKb));
  return transactional ? consistencyLimits.transactWriteMultiple.value * units : units;
}

/** Write units per order when the order and its outbox record are written in one transaction. */
export function outboxWriteUnits(orderKb: number, outboxKb: number): number {
  return writeUnits(orderKb, true) + writeUnits(outboxKb, true);
}

export interface FailoverTiming {
  /** Seconds between one health checker's checks (Route 53: 10 or 30). */
  checkIntervalSeconds: number;
  /** Consecutive failed checks before the endpoint is unhealthy. */
  failureThreshold: number;
  /** The DNS record's time to live: how long resolvers keep answering with the old Region. */
  dnsTtlSeconds: number;
}

/**
 * The worst case before clients move to the healthy Region: the failures must be seen
 * (interval x threshold), then cached DNS answers must expire (the TTL). Clients and resolvers
 * that hold answers longer than the TTL make it worse; this is the floor a design should quote.
 */
export function dnsFailoverSeconds({ checkIntervalSeconds, failureThreshold, dnsTtlSeconds }: FailoverTiming): number {
  return checkIntervalSeconds * failureThreshold + dnsTtlSeconds;
}
