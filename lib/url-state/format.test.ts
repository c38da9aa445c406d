import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeNumber, formatNumber } from './format';

describe('formatNumber', () => {
  it('writes numbers as people do', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1769.6, 0)).toBe('1,770');
    expect(formatNumber(12.345, 1)).toBe('12.3');
  });

  it('shows a dash, never NaN or Infinity', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('never shows a small non-zero value as 0: it keeps two significant figures', () => {
    expect(formatNumber(0.0000116)).toBe('0.000012');
    expect(formatNumber(0.004)).toBe('0.004');
    expect(formatNumber(0.3, 0)).toBe('0.3');
    expect(formatNumber(-0.001)).toBe('-0.001');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.005)).toBe('0.01');
  });

  it('groups whole numbers exactly as toLocaleString does, without loading Intl', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, -1000, 1e20, -1e20)), (n) => {
        expect(formatNumber(n, 0)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
        expect(formatNumber(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
      }),
    );
  });

  it('says what toLocaleString says at every precision, for values that precision can show', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (n, digits) => {
        fc.pre(n === 0 || Math.abs(n) >= 0.5 * 10 ** -digits);
        expect(formatNumber(n, digits)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: digits }));
      }),
    );
  });
});

describe('encodeNumber', () => {
  it('round-trips through a URL without separators or float noise', () => {
    expect(encodeNumber(0.1 + 0.2)).toBe('0.3');
    expect(encodeNumber(0.0000116)).toBe('0.0000116');
    expect(Number(encodeNumber(1 / 3))).toBeCloseTo(1 / 3, 11);
  });
});
