import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countInWords,
  formatBill,
  formatClock,
  formatCompact,
  formatCompactUsd,
  formatCount,
  formatDuration,
  formatEnvironments,
  formatMs,
  formatMsTick,
  formatNumber,
  formatPercent,
  formatPrice,
  formatRate,
  formatRequests,
  formatRunCost,
  roundToCents,
  wholeEnvironments,
} from './format';

/** Property tests here are cheap; the explicit runs and timeout keep them honest on a loaded machine. */
const RUNS = { numRuns: 300 };
const SLOW_MACHINE = { timeout: 30_000 };

describe('numbers as people write them', () => {
  it('groups thousands and drops float noise', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1769.6, 0)).toBe('1,770');
    expect(formatNumber(12.345, 1)).toBe('12.3');
  });

  it('shows a dash, never NaN or Infinity', () => {
    for (const x of [Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      for (const f of [formatNumber, formatCount, formatEnvironments, formatPercent, formatBill, formatPrice, formatRunCost, formatRate, formatRequests, formatMs, formatDuration, formatMsTick, formatCompact, formatCompactUsd]) {
        expect(f(x), f.name).toBe('—');
      }
    }
  });

  it('never shows a small value that is not zero as 0: it keeps two significant figures', () => {
    expect(formatNumber(0.0000116)).toBe('0.000012');
    expect(formatNumber(0.004)).toBe('0.004');
    expect(formatNumber(0.3, 0)).toBe('0.3');
    expect(formatNumber(-0.001)).toBe('-0.001');
    expect(formatNumber(0.005)).toBe('0.01');
  });

  it('never shows "-0", whatever rounds to zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4, 0)).toBe('-0.4');
    expect(formatCount(-0.4)).toBe('0');
    expect(formatCount(-0)).toBe('0');
    expect(formatBill(-0.001)).toBe('$0.00');
    expect(formatPercent(-0)).toBe('0%');
    expect(formatEnvironments(0)).toBe('0');
    expect(formatEnvironments(-0)).toBe('0');
  });

  it('groups whole numbers exactly as Intl does, though it does so without Intl', SLOW_MACHINE, () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 999, 1000, -1000, 1e20, -1e20)), (n) => {
        expect(formatNumber(n, 0)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
        expect(formatNumber(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
      }),
      RUNS,
    );
  });

  it('says what Intl says at every precision, for values that precision can show', SLOW_MACHINE, () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (n, digits) => {
        fc.pre(n === 0 || Math.abs(n) >= 0.5 * 10 ** -digits);
        const intl = n.toLocaleString('en-US', { maximumFractionDigits: digits });
        expect(formatNumber(n, digits)).toBe(intl === '-0' ? '0' : intl);
      }),
      RUNS,
    );
  });

  it('no formatter ever writes "-0" or NaN for any finite number', SLOW_MACHINE, () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e12 }), (n) => {
        for (const text of [formatNumber(n), formatCount(n), formatEnvironments(Math.abs(n)), formatBill(n), formatMs(Math.abs(n)), formatDuration(Math.abs(n))]) {
          expect(text).not.toMatch(/^-0(?![.\d])|NaN|[^$]-0$/);
        }
      }),
      RUNS,
    );
  });
});

describe('counts and environments', () => {
  it('counts are whole, with the right noun', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(81.8)).toBe('82');
    expect(formatCount(1, ['environment', 'environments'])).toBe('1 environment');
    expect(formatCount(1200, ['environment', 'environments'])).toBe('1,200 environments');
  });

  it('environments are whole: a fraction of one still needs one, and float noise does not add one', () => {
    expect(formatEnvironments(81.8, true)).toBe('82 environments');
    expect(formatEnvironments(0.2, true)).toBe('1 environment');
    expect(formatEnvironments(100 * 0.2)).toBe('20');
    expect(formatEnvironments(20.000000000000004)).toBe('20');
    expect(wholeEnvironments(0 - 1e-9)).toBe(0);
    expect(Object.is(wholeEnvironments(0), 0)).toBe(true);
  });

  it('small counts in words, as prose writes them', () => {
    expect(countInWords(2)).toBe('two');
    expect(countInWords(15)).toBe('15');
    expect(countInWords(2.5)).toBe('3');
  });
});

describe('shares as a sentence says them', () => {
  it('rounds to whole percent, with a decimal near 0 and 100, and never to 0% or 100% unless it is', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.12)).toBe('12%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0.0004)).toBe('under 0.1%');
    expect(formatPercent(0.997)).toBe('99.7%');
    expect(formatPercent(0.99999)).toBe('over 99.9%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(2.5)).toBe('250%');
  });
});

describe('money: bills to the cent, unit prices with their digits', () => {
  it('rounds half away from zero, as the pricing page rounds its examples', () => {
    expect(roundToCents(18.335)).toBe(18.34);
    expect(roundToCents(1.005)).toBe(1.01);
    expect(roundToCents(18.6667)).toBe(18.67);
    expect(roundToCents(-0.205)).toBe(-0.21);
  });

  it('writes a bill to the cent, a credit with a true minus sign', () => {
    expect(formatBill(18.6667)).toBe('$18.67');
    expect(formatBill(0.4123)).toBe('$0.41');
    expect(formatBill(1234.5)).toBe('$1,234.50');
    expect(formatBill(-0.2)).toBe('−$0.20');
    expect(formatBill(0)).toBe('$0.00');
  });

  it('always writes a bill as dollars and cents', SLOW_MACHINE, () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (usd) => {
        expect(formatBill(usd)).toMatch(/^−?\$\d{1,3}(,\d{3})*\.\d\d$/);
      }),
      RUNS,
    );
  });

  it('writes a run that costs a fraction of a cent so that it never reads $0.00', () => {
    expect(formatRunCost(0)).toBe('$0.00');
    expect(formatRunCost(2e-7)).toBe('$0.0000002');
    expect(formatRunCost(0.00376)).toBe('$0.0038');
    expect(formatRunCost(0.00876)).toBe('$0.01');
    expect(formatRunCost(1445.61)).toBe('$1,445.61');
  });

  it('writes a unit price as the price pages do', () => {
    expect(formatPrice(0.2)).toBe('$0.20');
    expect(formatPrice(0.0416)).toBe('$0.0416');
    expect(formatPrice(0.0000166667)).toBe('$0.0000166667');
    expect(formatPrice(0.0000016667)).toBe('$0.0000016667');
    expect(formatPrice(0)).toBe('$0');
  });
});

describe('traffic', () => {
  it('requests as a sentence says them, rates to two significant figures', () => {
    expect(formatRequests(10_000)).toBe('10,000');
    expect(formatRequests(3e6)).toBe('3 million');
    expect(formatRequests(1.5e9)).toBe('1.5 billion');
    expect(formatRequests(32_456_789)).toBe('32.5 million');
    expect(formatRate(12.4)).toBe('12');
    expect(formatRate(0.532)).toBe('0.53');
    expect(formatRate(1234)).toBe('1,200');
    expect(formatRate(0)).toBe('0');
  });
});

describe('durations', () => {
  it('writes a latency in ms, with a tenth under 10 ms', () => {
    expect(formatMs(3.24)).toBe('3.2 ms');
    expect(formatMs(448.702)).toBe('449 ms');
    expect(formatMs(1240)).toBe('1,240 ms');
  });

  it('writes a span of time in seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.4)).toBe('0.4 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(65)).toBe('1 min 5 s');
    expect(formatDuration(750)).toBe('12 min 30 s');
    expect(formatDuration(900)).toBe('15 min');
    expect(formatDuration(7680)).toBe('2 h 8 min');
    expect(formatDuration(86_400)).toBe('24 h');
  });

  it('writes a clock into the run', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-3)).toBe('0:00');
  });
});

describe('chart ticks, short enough for a phone', () => {
  it('labels latencies in ms, s or min', () => {
    expect(formatMsTick(0.5)).toBe('0.5 ms');
    expect(formatMsTick(40)).toBe('40 ms');
    expect(formatMsTick(1500)).toBe('1.5 s');
    expect(formatMsTick(120_000)).toBe('2 min');
  });

  it('writes counts and money compactly', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(10_000)).toBe('10K');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatCompact(2e9)).toBe('2B');
    expect(formatCompact(0.25)).toBe('0.25');
    expect(formatCompactUsd(0.001)).toBe('$0.001');
    expect(formatCompactUsd(0.5)).toBe('$0.50');
    expect(formatCompactUsd(18)).toBe('$18');
    expect(formatCompactUsd(1200)).toBe('$1.2K');
  });
});
