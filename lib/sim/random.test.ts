import { describe, expect, it } from 'vitest';
import { createRandom, exponential, logNormal } from './random';

describe('seeded randomness', () => {
  it('the same seed gives the same sequence, so a shared link replays the same run', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, a);
    const seqB = Array.from({ length: 5 }, b);
    expect(seqA).toEqual(seqB);
  });

  it('different seeds give different sequences', () => {
    expect(createRandom(1)()).not.toEqual(createRandom(2)());
  });

  it('draws stay in [0, 1)', () => {
    const r = createRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('exponential gaps average to their mean (Poisson arrivals)', () => {
    const r = createRandom(3);
    let sum = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) sum += exponential(r, 10);
    expect(sum / n).toBeGreaterThan(9.7);
    expect(sum / n).toBeLessThan(10.3);
  });

  it('log-normal draws have the requested median', () => {
    const r = createRandom(5);
    const xs = Array.from({ length: 20_001 }, () => logNormal(r, 100, 0.5)).sort((x, y) => x - y);
    const median = xs[10_000]!;
    expect(median).toBeGreaterThan(97);
    expect(median).toBeLessThan(103);
  });
});
