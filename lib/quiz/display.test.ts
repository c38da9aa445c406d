import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayOrder, scrambledOrder } from './display';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));

describe('display order', () => {
  it('is a permutation that depends only on the question id', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 8 }), (qid, n) => {
        const a = displayOrder(items(n), qid);
        expect(a.map((x) => x.id).sort()).toEqual(items(n).map((x) => x.id).sort());
        expect(displayOrder(items(n), qid)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('never shows an ordering question already solved', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 8 }), (qid, n) => {
        const out = scrambledOrder(items(n), qid).map((x) => x.id);
        expect(out).not.toEqual(items(n).map((x) => x.id));
      }),
      { numRuns: 100 },
    );
  });
});
