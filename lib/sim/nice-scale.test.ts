import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceCeil } from './nice-scale';

describe('nice axis ends', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(1200)).toBe(2000);
    expect(niceCeil(2400)).toBe(2500);
    expect(niceCeil(6250)).toBe(10000);
    expect(niceCeil(0.3)).toBeCloseTo(0.5);
    expect(niceCeil(1000)).toBe(1000);
  });

  it('never goes below the value and never more than doubles it (plus rounding)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (x) => {
        const n = niceCeil(x);
        expect(n).toBeGreaterThanOrEqual(x * (1 - 1e-9));
        expect(n).toBeLessThanOrEqual(x * 2.0000001);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a usable axis for nonsense input', () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(Number.NaN)).toBe(1);
  });
});
