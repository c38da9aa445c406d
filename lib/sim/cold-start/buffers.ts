/**
 * Allocation-free containers for the simulation's hot loop: a growable list of numbers, a min-heap
 * of busy environments keyed by finish time, and a stack of idle environments that can also drop
 * its oldest entry. All are backed by typed arrays that double when full.
 */

function grownFloat64(data: Float64Array, needed: number): Float64Array {
  const next = new Float64Array(Math.max(needed, data.length * 2, 16));
  next.set(data);
  return next;
}

function grownInt32(data: Int32Array, needed: number): Int32Array {
  const next = new Int32Array(Math.max(needed, data.length * 2, 16));
  next.set(data);
  return next;
}

/** A list of numbers that grows; `toArray` returns an exact-length copy. */
export class NumberBuffer {
  private data: Float64Array;
  length = 0;

  constructor(initialCapacity = 16) {
    this.data = new Float64Array(Math.max(1, Math.floor(initialCapacity)));
  }

  push(x: number): void {
    if (this.length === this.data.length) this.data = grownFloat64(this.data, this.length + 1);
    this.data[this.length++] = x;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, x: number): void {
    if (i >= this.data.length) this.data = grownFloat64(this.data, i + 1);
    this.data[i] = x;
    if (i >= this.length) this.length = i + 1;
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Busy environments ordered by the time they finish, so the simulation can free, in time order,
 * every environment that finished before the next arrival (O(log n) per request).
 */
export class FinishHeap {
  private keys: Float64Array = new Float64Array(64);
  private ids: Int32Array = new Int32Array(64);
  size = 0;

  push(finishSec: number, id: number): void {
    if (this.size === this.keys.length) {
      this.keys = grownFloat64(this.keys, this.size + 1);
      this.ids = grownInt32(this.ids, this.size + 1);
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= finishSec) break;
      this.keys[i] = this.keys[parent] as number;
      this.ids[i] = this.ids[parent] as number;
      i = parent;
    }
    this.keys[i] = finishSec;
    this.ids[i] = id;
  }

  /** Finish time of the earliest; Infinity when empty. */
  peekKey(): number {
    return this.size > 0 ? (this.keys[0] as number) : Number.POSITIVE_INFINITY;
  }

  /** Removes the earliest and returns its id (call only when size > 0). */
  pop(): number {
    const top = this.ids[0] as number;
    const lastKey = this.keys[--this.size] as number;
    const lastId = this.ids[this.size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] as number) < (this.keys[child] as number)) child++;
      if ((this.keys[child] as number) >= lastKey) break;
      this.keys[i] = this.keys[child] as number;
      this.ids[i] = this.ids[child] as number;
      i = child;
    }
    this.keys[i] = lastKey;
    this.ids[i] = lastId;
    return top;
  }
}

/**
 * Idle environments, most recently used on top. Environments enter in the order they become idle,
 * so the bottom is always the one idle longest: the next to be reclaimed.
 */
export class IdleStack {
  private ids: Int32Array = new Int32Array(64);
  private bottom = 0;
  private top = 0;

  get size(): number {
    return this.top - this.bottom;
  }

  push(id: number): void {
    if (this.top === this.ids.length) this.makeRoom();
    this.ids[this.top++] = id;
  }

  /** The most recently used idle environment (call only when size > 0). */
  popTop(): number {
    const id = this.ids[--this.top] as number;
    if (this.top === this.bottom) this.top = this.bottom = 0;
    return id;
  }

  /** The environment idle longest, without removing it (call only when size > 0). */
  peekBottom(): number {
    return this.ids[this.bottom] as number;
  }

  popBottom(): number {
    const id = this.ids[this.bottom++] as number;
    if (this.top === this.bottom) this.top = this.bottom = 0;
    return id;
  }

  private makeRoom(): void {
    if (this.bottom > 0) {
      this.ids.copyWithin(0, this.bottom, this.top);
      this.top -= this.bottom;
      this.bottom = 0;
    } else {
      this.ids = grownInt32(this.ids, this.top + 1);
    }
  }
}
