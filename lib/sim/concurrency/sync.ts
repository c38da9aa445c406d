import type { ConcurrencyInput } from './inputs';
import { STEP_MS } from './load';
import { splitProportionally, type StepOutcome } from './outcome';
import type { Platform } from './platform';

/** Clients cap their backoff (the AWS SDKs use a cap of about 20 s; not confirmed, a course choice). */
const MAX_BACKOFF_MS = 20_000;
const RING = 256; // > MAX_BACKOFF_MS / STEP_MS

/**
 * Synchronous invocation. A request Lambda cannot start gets HTTP 429 (TooManyRequestsException,
 * Lambda Developer Guide, "Lambda scaling behavior"). The caller retries up to `retries` times
 * with exponential backoff and full jitter (AWS SDKs standard mode: 3 attempts; AWS Architecture
 * Blog, "Exponential Backoff And Jitter"). The jitter is spread evenly over the backoff window, as
 * counts, so the model stays deterministic. A request that exhausts its retries is
 * throttled-and-dropped; a retried request is still one arrival.
 */
export class SyncEngine {
  /** Per retry number k (1..retries), per ring slot: requests due, their summed and max wait. */
  private readonly due: Float64Array;
  private readonly waitSum: Float64Array;
  private readonly waitMax: Float64Array;
  /** Scratch, per class (0 = first attempt, k = k-th retry). */
  private readonly demand: Float64Array;
  private readonly demandWait: Float64Array;
  private readonly demandMax: Float64Array;
  private readonly served: Float64Array;
  private waiting = 0;

  constructor(
    private readonly input: ConcurrencyInput,
    private readonly platform: Platform,
  ) {
    const classes = input.retries + 1;
    this.due = new Float64Array(classes * RING);
    this.waitSum = new Float64Array(classes * RING);
    this.waitMax = new Float64Array(classes * RING);
    this.demand = new Float64Array(classes);
    this.demandWait = new Float64Array(classes);
    this.demandMax = new Float64Array(classes);
    this.served = new Float64Array(classes);
  }

  step(s: number, arrivals: number, out: StepOutcome): void {
    const total = this.collectDemand(s, arrivals);
    const p = this.platform;
    const started = p.admit(total);
    splitProportionally(started, this.demand, this.served, this.input.retries + 1);
    out.started = started;
    out.throttled = total - started;
    if (out.throttled > 0) out.limitedBy = p.bindingLimit();
    this.settleClasses(s, out);
    // Connections go to warm starts first, so database errors fall on new environments first.
    const ok = p.databaseAllows(started);
    out.dbErrors = started - ok;
    out.failed = out.dbErrors; // the error goes back to the caller: the request fails
    out.dropped = out.throttledAndDropped + out.failed;
    const okWarm = Math.min(p.warm, ok);
    p.start(s, okWarm, ok - okWarm, ok);
    out.queueDepth = this.waiting;
    out.effectiveLimit = p.effectiveLimit();
  }

  /** Gathers this step's demand by class: new arrivals and the retries falling due now. */
  private collectDemand(s: number, arrivals: number): number {
    const slot = s & (RING - 1);
    this.demand[0] = arrivals;
    this.demandWait[0] = 0;
    this.demandMax[0] = 0;
    let total = arrivals;
    for (let k = 1; k <= this.input.retries; k++) {
      const i = k * RING + slot;
      this.demand[k] = this.due[i]!;
      this.demandWait[k] = this.waitSum[i]!;
      this.demandMax[k] = this.waitMax[i]!;
      total += this.due[i]!;
      this.waiting -= this.due[i]!;
      this.due[i] = 0;
      this.waitSum[i] = 0;
      this.waitMax[i] = 0;
    }
    return total;
  }

  /** Records the wait of those served, and retries or drops those throttled, class by class. */
  private settleClasses(s: number, out: StepOutcome): void {
    for (let k = 0; k <= this.input.retries; k++) {
      const demand = this.demand[k]!;
      if (demand === 0) continue;
      const served = this.served[k]!;
      const meanWait = this.demandWait[k]! / demand;
      out.waitSumMs += meanWait * served;
      if (served > 0) out.waitMaxMs = Math.max(out.waitMaxMs, this.demandMax[k]!);
      const refused = demand - served;
      if (k === 0) out.firstAttemptThrottled = refused;
      if (refused === 0) continue;
      if (k < this.input.retries) {
        this.scheduleRetry(s, k + 1, refused, meanWait, this.demandMax[k]!);
        out.retried += refused;
      } else {
        out.throttledAndDropped += refused;
      }
    }
  }

  /** Spreads `count` retries evenly over the jittered backoff window of retry number `k`. */
  private scheduleRetry(s: number, k: number, count: number, meanWait: number, maxWait: number): void {
    const capMs = Math.min(MAX_BACKOFF_MS, this.input.backoff * 2 ** (k - 1));
    const window = Math.max(1, Math.round(capMs / STEP_MS));
    const perSlot = Math.floor(count / window);
    const extra = count - perSlot * window;
    for (let j = 1; j <= window; j++) {
      // The `extra` leftovers go to evenly spaced slots rather than bunching at the start.
      const bonus = Math.floor((j * extra) / window) - Math.floor(((j - 1) * extra) / window);
      const n = perSlot + bonus;
      if (n === 0) continue;
      const i = k * RING + ((s + j) & (RING - 1));
      const delayMs = j * STEP_MS;
      this.due[i]! += n;
      this.waitSum[i]! += n * (meanWait + delayMs);
      this.waitMax[i] = Math.max(this.waitMax[i]!, maxWait + delayMs);
      this.waiting += n;
    }
  }
}

