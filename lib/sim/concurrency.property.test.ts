import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkConservation,
  concurrencyInputRanges,
  normaliseConcurrencyInput,
  simulateConcurrency,
  type ConcurrencyInput,
  type NumericInputName,
} from './concurrency';

/** Any in-range value of each numeric input; the window is kept to 1 or 2 minutes for speed. */
function numericInputs(): Record<NumericInputName, fc.Arbitrary<number>> {
  const arbitraries = {} as Record<NumericInputName, fc.Arbitrary<number>>;
  for (const [name, { min, max, integer }] of Object.entries(concurrencyInputRanges)) {
    arbitraries[name as NumericInputName] = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  }
  arbitraries.window = fc.integer({ min: 1, max: 2 });
  return arbitraries;
}

const anyInput: fc.Arbitrary<ConcurrencyInput> = fc.record({
  ...numericInputs(),
  pattern: fc.constantFrom('steady', 'spike', 'ramp', 'daily'),
  scaling: fc.constantFrom('current', 'legacy'),
  mode: fc.constantFrom('sync', 'async', 'sqs'),
  proxy: fc.boolean(),
});

describe('the concurrency simulation, for any in-range input', () => {
  it('gives finite outputs and conserves requests at every step', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = simulateConcurrency(input);
        expect(checkConservation(r).ok).toBe(true);
        for (const [name, xs] of Object.entries(r.series)) {
          for (const x of xs as ArrayLike<number> & Iterable<number>) {
            if (!Number.isFinite(x) || x < 0) throw new Error(`${name} has ${x}`);
          }
        }
        for (const [name, x] of Object.entries(r.totals)) {
          if (typeof x === 'number' && (!Number.isFinite(x) || x < 0)) throw new Error(`totals.${name} is ${x}`);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never runs more invocations than the function may, nor opens more connections than the database has', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = simulateConcurrency(input);
        for (let s = 0; s < r.steps; s++) {
          expect(r.series.concurrency[s]).toBeLessThanOrEqual(r.functionCap);
          expect(r.series.environments[s]).toBeLessThanOrEqual(r.functionCap);
          expect(r.series.concurrency[s]).toBeLessThanOrEqual(r.series.environments[s]!);
          if (r.input.dbconn > 0) expect(r.series.dbConnections[s]).toBeLessThanOrEqual(r.input.dbconn);
          if (r.input.mode === 'sqs' && r.input.maxconc > 0) expect(r.series.concurrency[s]).toBeLessThanOrEqual(r.input.maxconc);
        }
      }),
      { numRuns: 40 },
    );
    // Forty full simulations take seconds on a loaded machine; the default 5 s timeout is too tight.
  }, 60_000);

  it('clamps any numbers, even NaN and infinities, into the published ranges', { timeout: 60_000 }, () => {
    const wild = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(Infinity), fc.integer());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...(Object.keys(concurrencyInputRanges) as NumericInputName[])), wild), (partial) => {
        const input = normaliseConcurrencyInput(partial);
        for (const [name, { min, max }] of Object.entries(concurrencyInputRanges)) {
          const value = input[name as NumericInputName];
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
