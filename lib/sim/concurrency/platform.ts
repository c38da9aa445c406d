import { scalingRate } from '../../data/lambda-limits';
import type { ConcurrencyInput } from './inputs';
import { STEP_MS, stepsPerSecond } from './load';
import { LimitCause } from './outcome';

/** Ring long enough for the longest handler (15 min) plus the longest cold start (10 s), in steps. */
const COMPLETION_RING = 1 << 14;

/**
 * The Lambda side of the model: execution environments, the scaling-rate token bucket, the
 * function's concurrency cap and the work in flight. Work in flight is kept as counts in a ring
 * buffer indexed by the step in which it finishes, never as per-request objects.
 */
export class Platform {
  /** Initialised environments (busy or idle). They stay warm for the whole window (our choice). */
  environments: number;
  /** Invocations running now: the concurrency in use. */
  busy = 0;
  /** Requests (or SQS messages) inside those invocations. */
  inFlightUnits = 0;
  /** Scaling-rate budget: new environments that may be created right now. */
  tokens: number;
  /** Set by `admit`: how many of the wanted invocations start on warm and on new environments. */
  warm = 0;
  cold = 0;

  readonly functionCap: number;
  private readonly bucketCapacity: number;
  private readonly refillPerStep: number;
  private readonly warmSteps: number;
  private readonly coldSteps: number;
  private readonly dbCapacity: number;
  private readonly invDone = new Float64Array(COMPLETION_RING);
  private readonly unitsDone = new Float64Array(COMPLETION_RING);
  private carryWarm = 0;
  private carryCold = 0;

  constructor(private readonly input: ConcurrencyInput) {
    // Reserved concurrency caps the function, and it can never exceed it (Lambda Developer Guide,
    // "Configuring reserved concurrency"). Without it the function may use the whole account limit.
    this.functionCap = input.reserved > 0 ? Math.min(input.reserved, input.limit) : input.limit;
    // Provisioned environments are initialised before traffic and count against the cap.
    this.environments = Math.min(input.provisioned, this.functionCap);
    if (input.scaling === 'current') {
      // 1,000 new environments per 10 s per function, refilled continuously, never accruing beyond
      // 1,000 (Lambda Developer Guide, "Lambda scaling behavior"; the rule since November 2023).
      this.bucketCapacity = scalingRate.environmentsPerWindow.value;
      this.refillPerStep = this.bucketCapacity / (scalingRate.windowSeconds.value * stepsPerSecond);
    } else {
      // Before November 2023: an initial burst (3,000 in us-east-1) then +500 per minute, a token
      // bucket as AWS described it on re:Post (AWS News Blog, "scale 12 times faster", 2023).
      this.bucketCapacity = scalingRate.legacyBurstUsEast1.value;
      this.refillPerStep = scalingRate.legacyIncrementPerMinute.value / (60 * stepsPerSecond);
    }
    this.tokens = this.bucketCapacity;
    this.warmSteps = input.duration / STEP_MS;
    this.coldSteps = (input.duration + input.coldstart) / STEP_MS;
    this.dbCapacity = databaseCapacity(input);
  }

  /** Refills the scaling budget and retires the work finishing now; returns the units completed. */
  beginStep(s: number): number {
    this.tokens = Math.min(this.bucketCapacity, this.tokens + this.refillPerStep);
    const slot = s & (COMPLETION_RING - 1);
    const done = this.unitsDone[slot]!;
    this.busy -= this.invDone[slot]!;
    this.inFlightUnits -= done;
    this.invDone[slot] = 0;
    this.unitsDone[slot] = 0;
    return done;
  }

  /** Decides how many of `want` invocations can start now: warm first, then new environments. */
  admit(want: number): number {
    this.warm = Math.min(want, this.environments - this.busy);
    const newEnvironments = Math.min(want - this.warm, Math.floor(this.tokens), this.functionCap - this.environments);
    this.cold = Math.max(0, newEnvironments);
    this.tokens -= this.cold;
    this.environments += this.cold;
    return this.warm + this.cold;
  }

  /** The most invocations that could run at this moment: the scaling-rate ceiling or the cap. */
  effectiveLimit(): number {
    return Math.min(this.functionCap, this.environments + Math.floor(this.tokens));
  }

  /** Which limit refused work this step (call only when something was refused). */
  bindingLimit(): LimitCause {
    if (this.environments + Math.floor(this.tokens) < this.functionCap) return LimitCause.ScalingRate;
    return this.input.reserved > 0 && this.input.reserved <= this.input.limit ? LimitCause.ReservedConcurrency : LimitCause.AccountLimit;
  }

  /** Of `started` invocations, how many get a database connection (the rest fail at once). */
  databaseAllows(started: number): number {
    return Math.min(started, Math.max(0, this.dbCapacity - this.busy));
  }

  /**
   * Connections open on the database now: one per running invocation, or with a proxy the
   * queries in progress. (Real idle environments often keep their connection open too, so
   * without a proxy this is a lower bound.)
   */
  databaseConnections(): number {
    const { dbconn, proxy, querypct } = this.input;
    if (dbconn === 0) return 0;
    return proxy ? Math.min(dbconn, Math.ceil((this.busy * querypct) / 100)) : this.busy;
  }

  /** Starts `warm` + `cold` invocations carrying `units` requests or messages in total. */
  start(s: number, warm: number, cold: number, units: number): void {
    const total = warm + cold;
    if (total === 0) return;
    const warmUnits = Math.floor((units * warm) / total);
    this.carryWarm = this.schedule(s, warm, warmUnits, this.warmSteps, this.carryWarm);
    this.carryCold = this.schedule(s, cold, units - warmUnits, this.coldSteps, this.carryCold);
    this.busy += total;
    this.inFlightUnits += units;
  }

  /**
   * Work started at step s finishes after `steps` steps. A duration that is not a whole number of
   * steps is split between the two nearest whole numbers (with a carried remainder), so that the
   * mean time in flight, and so Little's law, stay exact.
   */
  private schedule(s: number, count: number, units: number, steps: number, carry: number): number {
    if (count === 0) return carry;
    const short = Math.floor(steps);
    carry += count * (steps - short);
    const long = Math.min(count, Math.floor(carry + 1e-9));
    carry -= long;
    const longUnits = Math.floor((units * long) / count);
    this.add(s + short, count - long, units - longUnits);
    this.add(s + short + 1, long, longUnits);
    return carry;
  }

  private add(step: number, invocations: number, units: number): void {
    const slot = step & (COMPLETION_RING - 1);
    this.invDone[slot]! += invocations;
    this.unitsDone[slot]! += units;
  }
}

/**
 * Invocations the database can serve at once. Without a proxy each running environment holds one
 * connection, so at most `dbconn` may run. With an RDS Proxy-like pool a connection is busy only
 * while a query runs (`querypct` of the handler's time), so by Little's law about
 * dbconn / querypct-share invocations fit. Beyond that the proxy would make callers wait up to its
 * borrow timeout (120 s by default, Amazon RDS API Reference); under sustained overload that wait
 * only grows, so the model counts those calls as database errors at once (a pessimistic shortcut
 * that keeps handler durations fixed).
 */
function databaseCapacity({ dbconn, proxy, querypct }: ConcurrencyInput): number {
  if (dbconn === 0) return Infinity;
  return proxy ? Math.floor((dbconn * 100) / querypct) : dbconn;
}

