import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, quizProgressDocument as quiz, type Progress } from '@/lib/quiz/storage';
import { schedule, type QuestionRecord } from '@/lib/quiz/repetition';
import { type Copy, mergeCopies, readDocument, sameCopy, serialise } from './document';
import { DAY_MS, MAX_COUNT } from './fields';

const now = Date.UTC(2026, 2, 10, 12);
const answer = (correct: boolean, at: number): QuestionRecord => schedule(undefined, correct, at);
const copy = (records: Progress['records'], epoch = 0, drills: Progress['drills'] = []): Copy<Progress> => ({ value: { records, drills }, epoch });

describe('merging two copies of a document', () => {
  it('keeps, per question, the answer given last', () => {
    const tabA = copy({ 'cs-warm-pings': answer(false, now - 5000), 'cost-crossover': answer(true, now - 1000) });
    const tabB = copy({ 'cs-warm-pings': answer(true, now - 2000), 'cost-crossover': answer(false, now - 9000) });
    const merged = mergeCopies(quiz, tabA, tabB).value.records;
    expect(merged['cs-warm-pings']!.lastCorrect).toBe(true); // B answered it later
    expect(merged['cost-crossover']!.lastCorrect).toBe(true); // A answered it later
  });

  it('keeps every question either copy has, including ones this page does not know', () => {
    const lessonPage = copy({ 'cs-warm-pings': answer(true, now) });
    const stored = copy({ 'wis-what-changes': answer(true, now - DAY_MS), 'a-question-added-later': answer(false, now - DAY_MS) });
    expect(Object.keys(mergeCopies(quiz, stored, lessonPage).value.records)).toEqual(['a-question-added-later', 'cs-warm-pings', 'wis-what-changes']);
  });

  it('two tabs that answered at once both keep both answers, whichever merges first', () => {
    const base = copy({ 'wis-what-changes': answer(true, now - DAY_MS) });
    const tabA = mergeCopies(quiz, base, copy({ 'cs-warm-pings': answer(true, now) }));
    const tabB = mergeCopies(quiz, base, copy({ 'cost-crossover': answer(false, now) }));
    const ab = mergeCopies(quiz, tabA, tabB);
    expect(sameCopy(quiz, ab, mergeCopies(quiz, tabB, tabA))).toBe(true);
    expect(Object.keys(ab.value.records)).toHaveLength(3);
  });

  it('lets a reset (a later epoch) win over an older copy, so a stale tab cannot bring back what was cleared', () => {
    const staleTab = copy({ 'cs-warm-pings': answer(true, now) }, 0);
    const afterReset = copy({}, 1);
    expect(mergeCopies(quiz, staleTab, afterReset)).toEqual(afterReset);
    expect(mergeCopies(quiz, afterReset, staleTab)).toEqual(afterReset);
  });

  it('keeps drill results from both copies once each', () => {
    const drill = { at: now - 1000, asked: 15, correct: 9, byTopic: {} };
    const other = { at: now - 500, asked: 15, correct: 12, byTopic: {} };
    const merged = mergeCopies(quiz, copy({}, 0, [drill]), copy({}, 0, [drill, other]));
    expect(merged.value.drills).toEqual([drill, other]);
  });

  const record = fc.record({
    box: fc.constantFrom(1, 2, 3, 4, 5),
    due: fc.integer({ min: now - 30 * DAY_MS, max: now + 30 * DAY_MS }),
    attempts: fc.integer({ min: 1, max: 50 }),
    lastCorrect: fc.boolean(),
    lastAt: fc.integer({ min: now - 30 * DAY_MS, max: now }),
  }).map((r) => ({ ...r, correctCount: Math.floor(r.attempts / 2) }) as QuestionRecord);
  const records = fc.dictionary(fc.constantFrom('q-a', 'q-b', 'q-c', 'q-d'), record);

  it('is commutative, associative and loses no question (property)', () => {
    fc.assert(
      fc.property(records, records, records, (a, b, c) => {
        const [x, y, z] = [copy(a), copy(b), copy(c)];
        expect(sameCopy(quiz, mergeCopies(quiz, x, y), mergeCopies(quiz, y, x))).toBe(true);
        expect(sameCopy(quiz, mergeCopies(quiz, mergeCopies(quiz, x, y), z), mergeCopies(quiz, x, mergeCopies(quiz, y, z)))).toBe(true);
        const ids = new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(c)]);
        expect(Object.keys(mergeCopies(quiz, mergeCopies(quiz, x, y), z).value.records).sort()).toEqual([...ids].sort());
      }),
      { numRuns: 200 },
    );
  }, 20_000);
});

describe('reading a document saved by a newer version of the course', () => {
  const newer = JSON.stringify({ version: quiz.version + 1, epoch: 2, records: { 'cs-warm-pings': answer(true, now - DAY_MS) }, drills: [], notes: 'a field we do not know' });

  it('is read-only: it shows what it can read and asks for nothing to be rewritten', () => {
    const loaded = readDocument(quiz, newer, now);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.rewrite).toBe(false);
    expect(Object.keys(loaded.value.records)).toEqual(['cs-warm-pings']);
    expect(loaded.notice).toEqual({ kind: 'newer', message: expect.stringContaining('saved by a newer version of the course') });
  });

  it('carries over what an older version saved, and asks for the recovered copy to be written back', () => {
    const older = JSON.stringify({ version: 0, records: { 'cs-warm-pings': answer(true, now - DAY_MS) } });
    const loaded = readDocument(quiz, older, now);
    expect(loaded.readOnly).toBe(false);
    expect(loaded.rewrite).toBe(true);
    expect(loaded.notice?.message).toContain('1 answered question was carried over');
  });
});

describe('impossible values', () => {
  const stored = (r: Partial<QuestionRecord> & Record<string, unknown>) =>
    JSON.stringify({ version: 1, records: { 'cs-warm-pings': { ...answer(true, now - DAY_MS), ...r }, 'cost-crossover': answer(false, now - DAY_MS) } });

  it('a due date of 1e308 (never due again) is repaired to now, with a notice, and the question kept', () => {
    const loaded = readDocument(quiz, stored({ due: 1e308 }), now);
    expect(loaded.value.records['cs-warm-pings']!.due).toBe(now);
    expect(loaded.notice).toEqual({ kind: 'repaired', message: expect.stringMatching(/impossible values.*1 entry was corrected/) });
    expect(loaded.rewrite).toBe(true);
  });

  it('a due date more than a year ahead is repaired, one a few weeks ahead is not', () => {
    expect(readDocument(quiz, stored({ due: now + 400 * DAY_MS }), now).value.records['cs-warm-pings']!.due).toBe(now);
    const fine = readDocument(quiz, stored({ due: now + 16 * DAY_MS }), now);
    expect(fine.value.records['cs-warm-pings']!.due).toBe(now + 16 * DAY_MS);
    expect(fine.notice).toBeNull();
  });

  it('an answer dated in the future is repaired to now', () => {
    const loaded = readDocument(quiz, stored({ lastAt: now + 3 * DAY_MS }), now);
    expect(loaded.value.records['cs-warm-pings']!.lastAt).toBe(now);
    expect(loaded.notice?.kind).toBe('repaired');
  });

  it('a count of 1e308 is capped, and two impossible values in one record count as one entry', () => {
    const loaded = readDocument(quiz, stored({ attempts: 1e308, due: 1e308 }), now);
    expect(loaded.value.records['cs-warm-pings']!.attempts).toBe(MAX_COUNT);
    expect(loaded.notice?.message).toContain('1 entry was corrected');
  });

  it('a negative or missing time cannot be repaired, so that record alone is dropped', () => {
    const loaded = readDocument(quiz, stored({ lastAt: -5 }), now);
    expect(Object.keys(loaded.value.records)).toEqual(['cost-crossover']);
    expect(loaded.notice).toEqual({ kind: 'partial', message: expect.stringContaining('1 unreadable entry was dropped') });
  });
});

describe('the stored form', () => {
  it('is written the same way whatever order records were added in', () => {
    const a = answer(true, now - 10);
    const b = answer(false, now - 20);
    expect(serialise(quiz, copy({ 'q-a': a, 'q-b': b }))).toBe(serialise(quiz, copy({ 'q-b': b, 'q-a': a })));
  });

  it('keeps its epoch across a read', () => {
    const raw = serialise(quiz, { value: emptyProgress(), epoch: 3 });
    expect(readDocument(quiz, raw, now)).toMatchObject({ epoch: 3, notice: null, rewrite: false });
  });
});
