import { splitProportionally } from './outcome';

/**
 * A queue of waiting events (Lambda's internal async queue, or an SQS queue) kept as counts,
 * never as per-message objects:
 * - new events by arrival step (cohorts), so their age is exact and the oldest leaves first;
 * - events back from a failed attempt, in a side FIFO stamped with the arrival step of the
 *   oldest event in their batch (a slight over-estimate of their age);
 * - events hidden until their retry is due (retry wait or SQS visibility timeout), in a ring;
 * - everything visible also counted by attempt class (attempts or receives so far). Classes and
 *   ages are tracked separately and assumed independent when events leave: counts stay exact,
 *   only the attribution of a class to an age is approximate.
 */
export class EventQueue {
  /** Visible events by class. */
  readonly byClass: Float64Array;
  /** Class mix of the events handed out by the last `take`. */
  readonly takenByClass: Float64Array;
  visible = 0;
  hidden = 0;
  /** Set by `take`: summed and largest age of the events taken (steps), and the oldest stamp. */
  takenAgeSum = 0;
  takenAgeMax = 0;
  takenStamp = 0;

  private readonly byArrival: Float64Array;
  private head = 0;
  private readonly sideStamp: Float64Array;
  private readonly sideCount: Float64Array;
  private sideHead = 0;
  private sideTail = 0;
  private readonly ringMask: number;
  private readonly hiddenByClass: Float64Array;
  private readonly hiddenStamp: Float64Array;
  private readonly hiddenTotal: Float64Array;

  constructor(
    steps: number,
    private readonly classes: number,
    maxDelaySteps: number,
  ) {
    this.byClass = new Float64Array(classes);
    this.takenByClass = new Float64Array(classes);
    this.byArrival = new Float64Array(steps);
    this.sideStamp = new Float64Array(steps);
    this.sideCount = new Float64Array(steps);
    let ring = 2;
    while (ring <= maxDelaySteps + 1) ring *= 2;
    this.ringMask = ring - 1;
    this.hiddenByClass = new Float64Array(ring * classes);
    this.hiddenStamp = new Float64Array(ring).fill(Infinity);
    this.hiddenTotal = new Float64Array(ring);
  }

  get depth(): number {
    return this.visible + this.hidden;
  }

  /** Age, in steps, of the oldest visible event. */
  oldestAge(s: number): number {
    if (this.visible === 0) return 0;
    this.advanceHead(s);
    const sideOldest = this.sideHead < this.sideTail ? this.sideStamp[this.sideHead]! : Infinity;
    const mainOldest = this.byArrival[this.head]! > 0 ? this.head : Infinity;
    return s - Math.min(sideOldest, mainOldest);
  }

  enqueue(s: number, count: number): void {
    this.byArrival[s]! += count;
    this.byClass[0]! += count;
    this.visible += count;
  }

  /** New events of arrival step s still waiting (those that could not start on arrival). */
  waitingFrom(s: number): number {
    return this.byArrival[s]!;
  }

  /** Hides `count` events of class `cls` until step s + delay; `stamp` is their arrival step. */
  hide(s: number, delaySteps: number, cls: number, count: number, stamp: number): void {
    if (count === 0) return;
    const slot = (s + Math.max(1, delaySteps)) & this.ringMask;
    this.hiddenByClass[slot * this.classes + cls]! += count;
    this.hiddenStamp[slot] = Math.min(this.hiddenStamp[slot]!, stamp);
    this.hiddenTotal[slot]! += count;
    this.hidden += count;
  }

  /** Makes the events whose delay ends at step s visible again, at the front of the queue. */
  reveal(s: number): void {
    const slot = s & this.ringMask;
    const total = this.hiddenTotal[slot]!;
    if (total === 0) return;
    for (let k = 0; k < this.classes; k++) {
      const i = slot * this.classes + k;
      this.byClass[k]! += this.hiddenByClass[i]!;
      this.hiddenByClass[i] = 0;
    }
    this.sideStamp[this.sideTail] = this.hiddenStamp[slot]!;
    this.sideCount[this.sideTail] = total;
    this.sideTail++;
    this.visible += total;
    this.hidden -= total;
    this.hiddenTotal[slot] = 0;
    this.hiddenStamp[slot] = Infinity;
  }

  /** Removes visible events older than `maxAgeSteps`; returns how many (they go to the DLQ). */
  expire(s: number, maxAgeSteps: number): number {
    const cutoff = s - maxAgeSteps; // events with arrival step < cutoff are too old
    let expired = 0;
    while (this.sideHead < this.sideTail && this.sideStamp[this.sideHead]! < cutoff) {
      expired += this.sideCount[this.sideHead++]!;
    }
    for (; this.head < cutoff && this.head < s; this.head++) {
      expired += this.byArrival[this.head]!;
      this.byArrival[this.head] = 0;
    }
    this.removeClasses(expired);
    return expired;
  }

  /** Takes `count` visible events, oldest first; fills takenByClass and the age figures. */
  take(s: number, count: number): void {
    this.takenAgeSum = 0;
    this.takenAgeMax = 0;
    this.takenStamp = s;
    if (count === 0) {
      this.takenByClass.fill(0);
      return;
    }
    let left = count;
    while (left > 0 && this.sideHead < this.sideTail) {
      left -= this.takeFrom(s, this.sideCount, this.sideHead, this.sideStamp[this.sideHead]!, left);
      if (this.sideCount[this.sideHead] === 0) this.sideHead++;
    }
    while (left > 0) {
      this.advanceHead(s);
      const got = this.takeFrom(s, this.byArrival, this.head, this.head, left);
      if (got === 0) break; // cannot happen while `visible` is right; never loop forever
      left -= got;
    }
    this.removeClasses(count);
  }

  private takeFrom(s: number, counts: Float64Array, index: number, stamp: number, wanted: number): number {
    const taken = Math.min(wanted, counts[index]!);
    counts[index]! -= taken;
    const age = s - stamp;
    this.takenAgeSum += taken * age;
    this.takenAgeMax = Math.max(this.takenAgeMax, age);
    this.takenStamp = Math.min(this.takenStamp, stamp);
    return taken;
  }

  private advanceHead(s: number): void {
    while (this.head < s && this.byArrival[this.head] === 0) this.head++;
  }

  /** Takes `count` out of the visible classes in proportion to their sizes (into takenByClass). */
  private removeClasses(count: number): void {
    splitProportionally(count, this.byClass, this.takenByClass, this.classes);
    for (let k = 0; k < this.classes; k++) this.byClass[k]! -= this.takenByClass[k]!;
    this.visible -= count;
  }
}
