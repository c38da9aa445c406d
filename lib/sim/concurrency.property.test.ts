import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryState } from '../url-state/arbitrary-state';
import { checkConservation, concurrencySchema, simulateConcurrency } from './concurrency';

/** Any state a link can hold; the window is kept to 1 or 2 minutes for speed. */
const anyInput = arbitraryState(concurrencySchema, { window: fc.integer({ min: 1, max: 2 }) });

describe('the concurrency simulation, for any in-range input', () => {
  it('gives finite outputs and conserves requests at every step', { timeout: 120_000 }, () => {
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

  it('never runs more invocations than the function may, nor opens more connections than the database has', { timeout: 120_000 }, () => {
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
  });
});
