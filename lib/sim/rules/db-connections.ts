import { rdsProxyBorrow } from '../../data/invocation-paths';

/**
 * Database connections behind a Lambda function. Without a proxy, every live execution
 * environment keeps the connection it opened at INIT (the client lives at module scope, which is
 * the point of reusing it), busy or idle, until the environment is reclaimed: the count follows
 * environments, not requests in flight. With RDS Proxy, environments connect to the proxy, and the
 * proxy lends its pooled database connections only while a transaction runs; when all are lent,
 * a caller waits up to the borrow timeout (120 s by default, at most 300 s) and then fails.
 * Sources: lib/data/invocation-paths.ts (rdsProxyBorrow).
 */

/** Connections a function's environments hold open on the database without a proxy: one per live environment. */
export function directConnections(liveEnvironments: number): number {
  return Math.max(0, Math.floor(liveEnvironments));
}

/**
 * Pooled connections the proxy needs for `busy` invocations that each spend `queryShare` (0 to 1)
 * of their time in a transaction: Little's law on the pool.
 */
export function proxyConnectionsInUse(busy: number, queryShare: number): number {
  return Math.max(0, Math.ceil(Math.max(0, busy) * Math.min(1, Math.max(0, queryShare)) - 1e-9));
}

/** The borrow timeout, clamped to what RDS Proxy accepts (0 to 300 s). */
export function clampBorrowTimeoutSeconds(seconds: number): number {
  return Math.min(rdsProxyBorrow.timeoutMaxSeconds.value, Math.max(0, Number.isFinite(seconds) ? seconds : rdsProxyBorrow.timeoutDefaultSeconds.value));
}

export interface BorrowStep {
  /** Callers that got a connection this step (oldest first). */
  granted: number;
  /** Callers that waited longer than the borrow timeout: their request fails. */
  timedOut: number;
  /** Still waiting at the end of the step. */
  waiting: number;
  /** How long the oldest waiting caller has waited, steps. */
  oldestWaitSteps: number;
}

/**
 * Callers waiting at RDS Proxy for a pooled connection, as counts by the step they started
 * waiting (never per caller). Each step: give the free connections to the oldest callers first,
 * then fail those that have waited past the borrow timeout.
 */
export class ProxyBorrowQueue {
  private readonly byStart: Float64Array;
  private readonly ringMask: number;
  private head = 0;
  private tail = 0;
  waiting = 0;

  constructor(private readonly timeoutSteps: number) {
    let ring = 2;
    while (ring <= timeoutSteps + 2) ring *= 2;
    this.ringMask = ring - 1;
    this.byStart = new Float64Array(ring);
  }

  /** Step s: `arriving` callers want a connection, `free` pooled connections can be lent. */
  step(s: number, arriving: number, free: number): BorrowStep {
    this.byStart[s & this.ringMask] = arriving;
    this.tail = s + 1;
    this.waiting += arriving;
    let left = Math.max(0, free);
    let granted = 0;
    for (let t = this.head; t < this.tail && left > 0; t++) {
      const n = Math.min(left, this.byStart[t & this.ringMask]!);
      this.byStart[t & this.ringMask]! -= n;
      left -= n;
      granted += n;
    }
    this.waiting -= granted;
    let timedOut = 0;
    for (; this.head < this.tail; this.head++) {
      const n = this.byStart[this.head & this.ringMask]!;
      if (n > 0 && s - this.head < this.timeoutSteps) break;
      timedOut += n;
      this.byStart[this.head & this.ringMask] = 0;
    }
    this.waiting -= timedOut;
    const oldestWaitSteps = this.waiting > 0 ? s - this.head : 0;
    return { granted, timedOut, waiting: this.waiting, oldestWaitSteps };
  }
}
