import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX_COUNT, BOX_INTERVALS_MS, isDue, isMistake, schedule, type QuestionRecord } from './repetition';

const DAY = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2026, 0, 5, 9);

describe('the Leitner schedule', () => {
  it('puts a question answered right first time in box 2, due a day later', () => {
    const r = schedule(undefined, true, t0);
    expect(r).toMatchObject({ box: 2, due: t0 + DAY, attempts: 1, correctCount: 1, lastCorrect: true, lastAt: t0 });
  });

  it('sends a missed question to box 1, due at once, so it comes back until answered right', () => {
    const missed = schedule(undefined, false, t0);
    expect(missed).toMatchObject({ box: 1, due: t0, lastCorrect: false });
    expect(isMistake(missed)).toBe(true);
    expect(isDue(missed, t0)).toBe(true);
    const missedAgain = schedule(missed, false, t0 + 1000);
    expect(isMistake(missedAgain)).toBe(true);
    const putRight = schedule(missedAgain, true, t0 + 2000);
    expect(isMistake(putRight)).toBe(false);
    expect(putRight.box).toBe(2);
  });

  it('moves a due question up one box per right answer, waiting longer each time, and stops at box 5', () => {
    let r: QuestionRecord = schedule(undefined, true, t0);
    let now = t0;
    for (let box = 3; box <= BOX_COUNT + 2; box++) {
      now = r.due;
      r = schedule(r, true, now);
      const expected = Math.min(box, BOX_COUNT);
      expect(r.box).toBe(expected);
      expect(r.due - now).toBe(BOX_INTERVALS_MS[expected - 1]);
    }
    expect(BOX_INTERVALS_MS).toEqual([...BOX_INTERVALS_MS].sort((a, b) => a - b));
  });

  it('does not promote a right answer given before the question is due, and keeps its due date', () => {
    const r = schedule(undefined, true, t0);
    const early = schedule(r, true, t0 + 60_000);
    expect(early.box).toBe(2);
    expect(early.due).toBe(r.due);
    expect(early.attempts).toBe(2);
  });

  it('sends even a box-5 question back to box 1 when it is missed', () => {
    const learned: QuestionRecord = { box: 5, due: t0, attempts: 6, correctCount: 6, lastCorrect: true, lastAt: t0 - DAY };
    expect(schedule(learned, false, t0).box).toBe(1);
  });

  it('keeps its invariants for any sequence of answers (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 * DAY })), { maxLength: 40 }), (answers) => {
        let r: QuestionRecord | undefined;
        let now = t0;
        for (const [correct, wait] of answers) {
          now += wait;
          const next = schedule(r, correct, now);
          expect(next.box).toBeGreaterThanOrEqual(1);
          expect(next.box).toBeLessThanOrEqual(BOX_COUNT);
          expect(next.attempts).toBe((r?.attempts ?? 0) + 1);
          expect(next.correctCount).toBeLessThanOrEqual(next.attempts);
          expect(next.lastAt).toBe(now);
          if (!correct) expect(next).toMatchObject({ box: 1, due: now });
          if (correct && r) expect(next.box).toBeGreaterThanOrEqual(r.box);
          r = next;
        }
      }),
      { numRuns: 100 },
    );
  });
});
