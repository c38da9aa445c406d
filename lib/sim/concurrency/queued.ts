import { asyncInvocation, sqsEventSource } from '../../data/lambda-limits';
import type { ConcurrencyInput } from './inputs';
import { STEP_MS, secondsToSteps } from './load';
import { LimitCause, splitProportionally, type StepOutcome } from './outcome';
import type { Platform } from './platform';
import { EventQueue } from './queue';

/** SQS pollers: 5 concurrent batches at first, +300 per minute while messages remain, up to 1,000. */
const POLLERS_START = sqsEventSource.initialConcurrentBatches.value;
const POLLERS_MAX = sqsEventSource.maxConcurrentBatches.value;
const POLLERS_PER_STEP = sqsEventSource.scaleUpPerMinute.value / secondsToSteps(60);

/**
 * Asynchronous invocation and SQS: a queue in front of the function absorbs what it cannot start.
 *
 * async (Lambda Developer Guide, "How Lambda handles errors and retries with asynchronous
 * invocation"): events wait in Lambda's queue; events older than the maximum event age go to the
 * dead-letter queue; a function error (here, a database error) is retried after 1 and then 2
 * minutes, up to `asyncretries` times, then dead-lettered. Simplification: Lambda dispatches from
 * its queue whenever concurrency is free (oldest first); the real 1 s to 5 min backoff after a
 * throttle, and the slower reading of a long queue, would make waits longer than shown.
 *
 * sqs (Lambda Developer Guide, "Configuring scaling behavior for SQS event source mappings"):
 * pollers start at 5 concurrent batches and add up to 300 a minute while messages remain, up to
 * 1,000 (or `maxconc`); each invocation takes up to `batch` messages. When the queue is empty the
 * pollers shrink back towards the number in use (never below 5) at the same pace (the real pace
 * is undocumented). A failed
 * invocation fails its whole batch (no partial batch response): the messages reappear after the
 * visibility timeout and, after `maxreceive` receives, the redrive policy moves them to the DLQ.
 * Simplifications: no batching window; a batch takes `duration` whatever its size; batches the
 * function throttles are not counted as receives (in reality they can be, which is why AWS
 * recommends maximum concurrency over reserved concurrency for SQS).
 */
export class QueuedEngine {
  private readonly queue: EventQueue;
  private readonly sqs: boolean;
  private readonly maxAgeSteps: number;
  private readonly failedByClass: Float64Array;
  private pollers = POLLERS_START;

  constructor(
    private readonly input: ConcurrencyInput,
    private readonly platform: Platform,
    steps: number,
  ) {
    this.sqs = input.mode === 'sqs';
    this.maxAgeSteps = secondsToSteps(input.maxage);
    const classes = this.sqs ? input.maxreceive : input.asyncretries + 1;
    const maxDelay = this.sqs ? secondsToSteps(input.visibility) : this.retryDelaySteps(input.asyncretries);
    this.queue = new EventQueue(steps, classes, maxDelay);
    this.failedByClass = new Float64Array(classes);
  }

  step(s: number, arrivals: number, out: StepOutcome): void {
    const q = this.queue;
    q.reveal(s);
    if (!this.sqs) out.deadLettered += q.expire(s, this.maxAgeSteps);
    q.enqueue(s, arrivals);
    const { wanted, ceiling } = this.invocationsWanted();
    const p = this.platform;
    const invocations = p.admit(wanted);
    const units = this.sqs ? Math.min(q.visible, invocations * this.input.batch) : invocations;
    q.take(s, units);
    out.started = units;
    out.waitSumMs = q.takenAgeSum * STEP_MS;
    out.waitMaxMs = q.takenAgeMax * STEP_MS;
    this.runOnDatabase(s, invocations, units, out);
    this.recordLimits(s, arrivals, wanted, invocations, ceiling, out);
    if (this.sqs) this.scalePollers();
    out.queueDepth = q.depth;
    out.oldestAgeS = q.oldestAge(s) / (1000 / STEP_MS);
  }

  /** Invocations Lambda would like to start now, and the event source's own ceiling (sqs). */
  private invocationsWanted(): { wanted: number; ceiling: number } {
    const visible = this.queue.visible;
    if (!this.sqs) return { wanted: visible, ceiling: Infinity };
    const maxconc = this.input.maxconc > 0 ? this.input.maxconc : POLLERS_MAX;
    const ceiling = Math.min(Math.floor(this.pollers), maxconc);
    const wanted = Math.max(0, Math.min(ceiling - this.platform.busy, Math.ceil(visible / this.input.batch)));
    return { wanted, ceiling };
  }

  /** Starts the invocations that get a database connection; fails, retries or dead-letters the rest. */
  private runOnDatabase(s: number, invocations: number, units: number, out: StepOutcome): void {
    const p = this.platform;
    const ok = p.databaseAllows(invocations);
    const failedInvocations = invocations - ok;
    // Failed invocations carry full batches; a partial batch, if any, is among those that succeed.
    const failedUnits = this.sqs ? Math.min(units, failedInvocations * this.input.batch) : failedInvocations;
    const okWarm = Math.min(p.warm, ok);
    p.start(s, okWarm, ok - okWarm, units - failedUnits);
    out.dbErrors = failedInvocations;
    out.failed = failedUnits;
    if (failedUnits > 0) this.retryOrDeadLetter(s, failedUnits, out);
  }

  /** Each failed event moves up one class: hidden until its retry, or to the DLQ if out of tries. */
  private retryOrDeadLetter(s: number, failedUnits: number, out: StepOutcome): void {
    const q = this.queue;
    const classes = this.failedByClass.length;
    // The failures share the class mix of the events taken this step.
    splitProportionally(failedUnits, q.takenByClass, this.failedByClass, classes);
    for (let k = 0; k < classes; k++) {
      const n = this.failedByClass[k]!;
      if (n === 0) continue;
      if (k + 1 < classes) {
        const delay = this.sqs ? secondsToSteps(this.input.visibility) : this.retryDelaySteps(k + 1);
        q.hide(s, delay, k + 1, n, q.takenStamp);
        out.retried += n;
      } else {
        out.deadLettered += n;
      }
    }
  }

  /** Async retry waits: 1 minute before the first retry, 2 before the second (0 retries: none). */
  private retryDelaySteps(retry: number): number {
    const waits = asyncInvocation.retryWaitsSeconds.value;
    return retry < 1 ? 1 : secondsToSteps(waits[Math.min(retry, waits.length) - 1] ?? 0);
  }

  private recordLimits(s: number, arrivals: number, wanted: number, started: number, ceiling: number, out: StepOutcome): void {
    const p = this.platform;
    const backlog = this.sqs ? Math.ceil((this.queue.visible + out.started) / this.input.batch) : wanted;
    if (started < wanted) out.limitedBy = p.bindingLimit();
    else if (this.sqs && wanted < backlog) {
      out.limitedBy = this.input.maxconc > 0 && this.input.maxconc <= Math.floor(this.pollers) ? LimitCause.MaximumConcurrency : LimitCause.Pollers;
    }
    // async: events that could not start in the step they arrived; sqs: invocations Lambda refused.
    out.throttled = this.sqs ? wanted - started : Math.min(arrivals, this.queue.waitingFrom(s));
    out.firstAttemptThrottled = this.sqs ? 0 : out.throttled;
    out.effectiveLimit = Math.min(p.effectiveLimit(), ceiling);
  }

  /** Up by 300 a minute while messages wait; otherwise back down towards what is in use (min 5). */
  private scalePollers(): void {
    if (this.queue.visible > 0) {
      this.pollers = Math.min(POLLERS_MAX, this.pollers + POLLERS_PER_STEP);
    } else {
      const floor = Math.max(POLLERS_START, this.platform.busy);
      this.pollers = Math.max(Math.min(this.pollers, floor), this.pollers - POLLERS_PER_STEP);
    }
  }
}

