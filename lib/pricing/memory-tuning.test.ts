import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_SIZES, memoryTuning, tuningPoint, usableVcpus } from './memory-tuning';

const byMemory = (result: ReturnType<typeof memoryTuning>, mb: number) => result.points.find((p) => p.memoryMb === mb)!;

describe('memory tuning: duration and cost against memory', () => {
  it('sweeps 128 MB to 10,240 MB by default', () => {
    expect(DEFAULT_MEMORY_SIZES[0]).toBe(128);
    expect(DEFAULT_MEMORY_SIZES.at(-1)).toBe(10_240);
  });

  it('1,769 MB is one full vCPU; 128 MB a fourteenth of one; 10,240 MB 5.79 vCPUs for a function with threads to use them', () => {
    expect(usableVcpus(1769)).toBe(1);
    expect(usableVcpus(128)).toBeCloseTo(128 / 1769, 12);
    expect(usableVcpus(10_240, 8)).toBeCloseTo(10_240 / 1769, 12);
  });

  it('100 ms of CPU work at 1,769 MB takes 100 x 1,769 / 128 = 1,382 ms at 128 MB', () => {
    expect(tuningPoint({ cpuBoundMsAt1769: 100, ioBoundMs: 0 }, 128).durationMs).toBeCloseTo(1382.03, 2);
  });

  it('a single-threaded function gains nothing above 1 vCPU: it runs no faster and pays more', () => {
    const r = memoryTuning({ cpuBoundMsAt1769: 400, ioBoundMs: 50, parallelism: 1 });
    expect(byMemory(r, 3008).durationMs).toBe(byMemory(r, 1769).durationMs);
    expect(byMemory(r, 10_240).durationMs).toBe(byMemory(r, 1769).durationMs);
    expect(byMemory(r, 10_240).costPerInvocation).toBeGreaterThan(byMemory(r, 1769).costPerInvocation);
    expect(r.fastest.memoryMb).toBe(1769);
  });

  it('a function with four busy threads keeps speeding up until it has four vCPUs (7,076 MB)', () => {
    const r = memoryTuning({ cpuBoundMsAt1769: 800, ioBoundMs: 0, parallelism: 4, memorySizes: [1769, 3538, 7076, 10_240] });
    expect(r.points.map((p) => Math.round(p.durationMs))).toEqual([800, 400, 200, 200]);
    expect(r.fastest.memoryMb).toBe(7076);
  });

  it('a function that mostly waits on the network is cheapest at 128 MB', () => {
    const r = memoryTuning({ cpuBoundMsAt1769: 2, ioBoundMs: 300 });
    expect(r.cheapest.memoryMb).toBe(128);
  });

  it('for CPU-bound work more memory up to 1 vCPU costs about the same and is faster, so the cheapest setting is near 1,769 MB', () => {
    const r = memoryTuning({ cpuBoundMsAt1769: 1000, ioBoundMs: 0 });
    const below = r.points.filter((p) => p.memoryMb <= 1769);
    const spread = Math.max(...below.map((p) => p.costPerInvocation)) / Math.min(...below.map((p) => p.costPerInvocation));
    expect(spread).toBeLessThan(1.01);
    expect(r.cheapest.memoryMb).toBeGreaterThanOrEqual(1024);
  });

  it('marks as cheapest the lowest cost and as fastest the shortest duration among the points', () => {
    const r = memoryTuning({ cpuBoundMsAt1769: 120, ioBoundMs: 80, parallelism: 2, arch: 'arm' });
    expect(r.cheapest.costPerInvocation).toBe(Math.min(...r.points.map((p) => p.costPerInvocation)));
    expect(r.fastest.durationMs).toBe(Math.min(...r.points.map((p) => p.durationMs)));
    for (const p of r.points) expect(p.costPerMillion).toBeCloseTo(p.costPerInvocation * 1e6, 9);
  });
});
