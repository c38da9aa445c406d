import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe('durations as people say them', () => {
  it('writes a span of time in seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.4)).toBe('0.4 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(750)).toBe('12 min 30 s');
    expect(formatDuration(900)).toBe('15 min');
    expect(formatDuration(7680)).toBe('2 h 8 min');
    expect(formatDuration(86_400)).toBe('24 h');
  });

  it('never writes NaN, a negative span or -0', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.double(), (s) => {
        expect(formatDuration(s)).not.toMatch(/NaN|Infinity|^-/);
      }),
      { numRuns: 200 },
    );
  });
});
