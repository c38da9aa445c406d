import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedRange, grade, parseNumberInput, withinTolerance } from './grade';
import type { Question } from './types';

const explanation = (s: string) => `${s}: a reason long enough to teach something.`;
const single: Question = {
  id: 'q-single',
  topic: 't',
  difficulty: 'foundation',
  lesson: { lesson: 'l', section: 's' },
  prompt: 'Which one is right here?',
  kind: 'single',
  options: [
    { id: 'a', text: 'A', correct: false, explanation: explanation('a') },
    { id: 'b', text: 'B', correct: true, explanation: explanation('b') },
    { id: 'c', text: 'C', correct: false, explanation: explanation('c') },
  ],
};
const multi: Question = { ...single, id: 'q-multi', kind: 'multi', options: single.options.map((o) => ({ ...o, correct: o.id !== 'c' })) };
const fit: Question = {
  ...single,
  id: 'q-fit',
  kind: 'fit',
  scenarios: [
    { id: 'cron', text: 'nightly report', verdict: 'fit', explanation: explanation('cron') },
    { id: 'ws', text: 'chat', verdict: 'poor', explanation: explanation('ws') },
  ],
};
const ordering: Question = {
  ...single,
  id: 'q-order',
  kind: 'ordering',
  items: ['x', 'y', 'z'].map((id) => ({ id, text: id, explanation: explanation(id) })),
};
const numeric: Question = {
  ...single,
  id: 'q-num',
  kind: 'numeric',
  answer: 20,
  unit: 'environments',
  tolerance: { relative: 0.1 },
  compute: { fn: 'requiredConcurrency', rps: 100, durationMs: 200 },
  solution: ['100 requests a second', 'times 0.2 seconds'],
};

describe('grade', () => {
  it('marks a single choice right only for the right option', () => {
    expect(grade(single, { kind: 'single', choice: 'b' }).correct).toBe(true);
    expect(grade(single, { kind: 'single', choice: 'a' }).correct).toBe(false);
    expect(grade(single, { kind: 'single', choice: 'nope' }).correct).toBe(false);
  });

  it('marks a multiple select right only when every box is right, and counts the boxes', () => {
    expect(grade(multi, { kind: 'multi', choices: ['a', 'b'] })).toEqual({ correct: true, parts: { right: 3, total: 3 } });
    expect(grade(multi, { kind: 'multi', choices: ['a'] })).toEqual({ correct: false, parts: { right: 2, total: 3 } });
    expect(grade(multi, { kind: 'multi', choices: ['a', 'b', 'c'] })).toEqual({ correct: false, parts: { right: 2, total: 3 } });
  });

  it('marks a fit sort by every workload', () => {
    expect(grade(fit, { kind: 'fit', verdicts: { cron: 'fit', ws: 'poor' } }).correct).toBe(true);
    expect(grade(fit, { kind: 'fit', verdicts: { cron: 'fit', ws: 'fit' } })).toEqual({ correct: false, parts: { right: 1, total: 2 } });
    expect(grade(fit, { kind: 'fit', verdicts: { cron: 'fit' } }).correct).toBe(false);
  });

  it('marks an ordering by position', () => {
    expect(grade(ordering, { kind: 'ordering', order: ['x', 'y', 'z'] }).correct).toBe(true);
    expect(grade(ordering, { kind: 'ordering', order: ['x', 'z', 'y'] })).toEqual({ correct: false, parts: { right: 1, total: 3 } });
  });

  it('marks a numeric answer within its tolerance', () => {
    expect(grade(numeric, { kind: 'numeric', value: 21.9 }).correct).toBe(true);
    expect(grade(numeric, { kind: 'numeric', value: 22 }).correct).toBe(true);
    expect(grade(numeric, { kind: 'numeric', value: 22.1 }).correct).toBe(false);
    expect(grade(numeric, { kind: 'numeric', value: Number.NaN }).correct).toBe(false);
  });

  it('never marks an answer of the wrong shape right', () => {
    expect(grade(single, { kind: 'numeric', value: 1 }).correct).toBe(false);
    expect(grade(numeric, { kind: 'single', choice: 'b' }).correct).toBe(false);
  });
});

describe('tolerance', () => {
  it('accepts absolute and relative margins at their edges', () => {
    expect(withinTolerance(18.67, 18.6667, { absolute: 0.01 })).toBe(true);
    expect(withinTolerance(18.68, 18.6667, { absolute: 0.01 })).toBe(false);
    expect(acceptedRange(40, { relative: 0.25 })).toEqual({ low: 30, high: 50 });
  });

  it('always accepts the answer itself, and the accepted range matches withinTolerance (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 0.001, max: 0.5, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (answer, rel, t) => {
        const tol = { relative: rel };
        expect(withinTolerance(answer, answer, tol)).toBe(true);
        const { low, high } = acceptedRange(answer, tol);
        const probe = answer + t * (high - answer);
        if (Math.abs(t) < 0.999) expect(withinTolerance(probe, answer, tol)).toBe(true);
        if (Math.abs(t) > 1.001 && high - low > 1e-6) expect(withinTolerance(probe, answer, tol)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('reading a typed number', () => {
  it.each([
    ['20', 20],
    ['1,000', 1000],
    ['1,000,000', 1_000_000],
    ['1 000', 1000],
    ['$18.67', 18.67],
    ['18.67 dollars', 18.67],
    ['2.5k', 2500],
    ['3M', 3_000_000],
    ['40 s', 40],
    ['40s', 40],
    ['.5', 0.5],
    ['-3', -3],
    ['1e3', 1000],
  ])('reads %s as %d', (raw, value) => {
    expect(parseNumberInput(raw)).toBeCloseTo(value, 9);
  });

  it.each(['', 'twenty', '$', 'k'])('finds no number in %j', (raw) => {
    expect(parseNumberInput(raw)).toBeNull();
  });

  it('reads back any number the page might print (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (x) => {
        const printed = x.toLocaleString('en-US', { maximumFractionDigits: 4 });
        expect(parseNumberInput(printed)).toBeCloseTo(Number(printed.replace(/,/g, '')), 6);
      }),
      { numRuns: 100 },
    );
  });
});
