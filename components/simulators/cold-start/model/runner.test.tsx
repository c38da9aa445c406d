import { afterEach, describe, expect, it, vi } from 'vitest';
import { coldStartDefaults, simulateColdStarts, type ColdStartInput } from '@/lib/sim/cold-start';

/** A stand-in for the Web Worker: it holds each message until the test answers it. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  received: { key: string; input: ColdStartInput }[] = [];
  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(message: { key: string; input: ColdStartInput }) {
    this.received.push(message);
  }
  answer() {
    const { key, input } = this.received[this.received.length - 1]!;
    this.onmessage?.({ data: { key, result: simulateColdStarts(input) } } as MessageEvent);
  }
}

const input = (seed: number): ColdStartInput => ({ ...coldStartDefaults, window: 5, seed });

async function freshRunner() {
  vi.resetModules();
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('./runner');
}

afterEach(() => vi.unstubAllGlobals());

describe('where cold-start runs are worked out', () => {
  it('asks the worker, tells listeners when the result arrives, and then knows it', async () => {
    const runner = await freshRunner();
    const heard = vi.fn();
    runner.subscribe(heard);
    expect(runner.lookUp(input(1))).toBeUndefined();
    const worker = FakeWorker.instances[0]!;
    expect(worker.received).toHaveLength(1);
    worker.answer();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(runner.runsVersion()).toBe(1);
    expect(runner.lookUp(input(1))?.input.seed).toBe(1);
    expect(runner.latestResult()?.input.seed).toBe(1);
  });

  it('while a run is in progress only the newest request waits, as when a slider is dragged', async () => {
    const runner = await freshRunner();
    runner.lookUp(input(1));
    runner.lookUp(input(2));
    runner.lookUp(input(3));
    runner.lookUp(input(3));
    const worker = FakeWorker.instances[0]!;
    expect(worker.received.map((m) => m.input.seed)).toEqual([1]);
    worker.answer();
    expect(worker.received.map((m) => m.input.seed)).toEqual([1, 3]);
  });

  it('works a run out on the spot when there is no worker, or the worker fails', async () => {
    const runner = await freshRunner();
    runner.lookUp(input(1));
    runner.lookUp(input(2));
    FakeWorker.instances[0]!.onerror?.();
    expect(runner.lookUp(input(2))?.input.seed).toBe(2);
    expect(runner.lookUp(input(4))?.input.seed).toBe(4);

    vi.unstubAllGlobals();
    vi.resetModules();
    const { lookUp } = await import('./runner');
    if (typeof Worker === 'undefined') expect(lookUp(input(5))?.input.seed).toBe(5);
  });
});
