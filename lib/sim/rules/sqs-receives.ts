import { sqsEventSourceScaling } from '../../data/invocation-paths';
import { splitProportionally } from '../concurrency/outcome';

/**
 * The SQS event source's receive counts under throttling: the classic mistake MaximumConcurrency
 * exists to prevent. The pollers receive a batch from SQS before Lambda invokes the function; if
 * the invoke is throttled (say, reserved concurrency below what the pollers can take), the batch
 * returns to the queue after the visibility timeout with its receive count raised. After
 * maxReceiveCount receives, the redrive policy moves a message to the dead-letter queue on its next
 * receive, although the function never failed on it. MaximumConcurrency makes the pollers read
 * only what the function can start, so nothing is received to be throttled. Sources:
 * lib/data/invocation-paths.ts (sqsEventSourceScaling.throttledReceivesCount).
 *
 * Kept as counts by receive count, never per message; which messages a receive takes is shared in
 * proportion across receive counts (as the concurrency simulator's queue does).
 */
export class ReceiveLedger {
  /** Visible messages by receive count so far (0 to maxReceive - 1). */
  readonly visibleByCount: Float64Array;
  /** Set by `receive`: the messages just received, by their new receive count (1 to maxReceive). */
  readonly receivedByCount: Float64Array;
  visible = 0;
  hidden = 0;
  deadLettered = 0;
  completed = 0;
  private readonly hiddenByCount: Float64Array;
  private readonly hiddenTotal: Float64Array;
  private readonly ringMask: number;
  private readonly scratch: Float64Array;

  constructor(
    readonly maxReceive: number,
    readonly visibilitySteps: number,
  ) {
    this.visibleByCount = new Float64Array(maxReceive);
    this.receivedByCount = new Float64Array(maxReceive + 1);
    this.scratch = new Float64Array(maxReceive + 1);
    let ring = 2;
    while (ring <= visibilitySteps + 1) ring *= 2;
    this.ringMask = ring - 1;
    this.hiddenByCount = new Float64Array(ring * (maxReceive + 1));
    this.hiddenTotal = new Float64Array(ring);
  }

  /** New messages sent to the queue. */
  send(count: number): void {
    this.visibleByCount[0]! += count;
    this.visible += count;
  }

  /**
   * Messages whose visibility timeout ends at step s become visible again; those already received
   * maxReceiveCount times are moved to the dead-letter queue instead (the redrive policy).
   */
  reveal(s: number): void {
    const slot = s & this.ringMask;
    if (this.hiddenTotal[slot] === 0) return;
    const width = this.maxReceive + 1;
    for (let k = 0; k <= this.maxReceive; k++) {
      const n = this.hiddenByCount[slot * width + k]!;
      if (n === 0) continue;
      if (k >= this.maxReceive) this.deadLettered += n;
      else {
        this.visibleByCount[k]! += n;
        this.visible += n;
      }
      this.hiddenByCount[slot * width + k] = 0;
    }
    this.hidden -= this.hiddenTotal[slot]!;
    this.hiddenTotal[slot] = 0;
  }

  /** The pollers receive `count` visible messages (each one's receive count goes up by one). */
  receive(count: number): void {
    const n = Math.min(count, this.visible);
    splitProportionally(n, this.visibleByCount, this.scratch, this.maxReceive);
    this.receivedByCount.fill(0);
    for (let k = 0; k < this.maxReceive; k++) {
      this.visibleByCount[k]! -= this.scratch[k]!;
      this.receivedByCount[k + 1] = this.scratch[k]!;
    }
    this.visible -= n;
  }

  /**
   * Of the messages just received, `succeeded` were processed and deleted; the rest (throttled or
   * failed) are hidden until step s + the visibility timeout, keeping their new receive count.
   */
  settle(s: number, succeeded: number): void {
    let received = 0;
    for (let k = 1; k <= this.maxReceive; k++) received += this.receivedByCount[k]!;
    const ok = Math.min(Math.max(0, succeeded), received);
    splitProportionally(ok, this.receivedByCount, this.scratch, this.maxReceive + 1);
    const slot = (s + Math.max(1, this.visibilitySteps)) & this.ringMask;
    const width = this.maxReceive + 1;
    for (let k = 1; k <= this.maxReceive; k++) {
      const back = this.receivedByCount[k]! - this.scratch[k]!;
      this.hiddenByCount[slot * width + k]! += back;
      this.hiddenTotal[slot]! += back;
      this.hidden += back;
    }
    this.completed += ok;
    this.receivedByCount.fill(0);
  }
}

/**
 * The most invocations one SQS event source mapping runs at once. Standard mode: the poller
 * ceiling (1,250 per mapping), or MaximumConcurrency (2 to 1,000) if set. Provisioned mode: each
 * event poller drives up to 10 concurrent invocations, so the maximum pollers set the ceiling
 * (provisioned mode and MaximumConcurrency are mutually exclusive).
 */
export function sqsInvocationCeiling(input: { maximumConcurrency: number; provisionedMaxPollers: number }): number {
  const scaling = sqsEventSourceScaling;
  if (input.provisionedMaxPollers > 0) {
    const pollers = Math.max(scaling.provisionedPollers.value.minPollersPerMapping, input.provisionedMaxPollers);
    return pollers * scaling.provisionedPollers.value.concurrentInvokesPerPoller;
  }
  const ceiling = scaling.maxConcurrentInvokesPerMapping.value;
  if (input.maximumConcurrency <= 0) return ceiling;
  const { min, max } = scaling.maximumConcurrencyRange.value;
  return Math.min(ceiling, Math.max(min, Math.min(max, input.maximumConcurrency)));
}
