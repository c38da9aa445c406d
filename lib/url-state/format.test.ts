import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it('writes numbers as people do', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1769.6, 0)).toBe('1,770');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(-Infinity)).toBe('—');
  });

  it('groups whole numbers exactly as toLocaleString does, without loading Intl', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, -1000, 1e20, -1e20)), (n) => {
        expect(formatNumber(n, 0)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
        expect(formatNumber(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
      }),
    );
  });

  it('says exactly what toLocaleString says, at every precision', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (n, digits) => {
        expect(formatNumber(n, digits)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: digits }));
      }),
    );
  });
});
