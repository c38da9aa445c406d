import { describe, expect, it } from 'vitest';
import { encodeNumber, formatNumber } from './format';

describe('formatNumber', () => {
  it('writes numbers as people do, with thousands separators and no float noise', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(12.345, 1)).toBe('12.3');
  });

  it('never shows a small non-zero value as 0: it keeps two significant figures', () => {
    expect(formatNumber(0.0000116)).toBe('0.000012');
    expect(formatNumber(0.004)).toBe('0.004');
    expect(formatNumber(0.3, 0)).toBe('0.3');
    expect(formatNumber(-0.001)).toBe('-0.001');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.005)).toBe('0.01');
  });

  it('shows a dash, never NaN or Infinity', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('encodeNumber', () => {
  it('round-trips through a URL without separators or float noise', () => {
    expect(encodeNumber(0.1 + 0.2)).toBe('0.3');
    expect(encodeNumber(0.0000116)).toBe('0.0000116');
    expect(Number(encodeNumber(1 / 3))).toBeCloseTo(1 / 3, 11);
  });
});
