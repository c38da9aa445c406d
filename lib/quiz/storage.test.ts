import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule } from './repetition';
import { DRILLS_KEPT, emptyProgress, PROGRESS_VERSION, readProgress, serialiseProgress, withDrill, withRecord } from './storage';

const later = Date.UTC(2026, 0, 6);

const now = Date.UTC(2026, 0, 5);
const saved = () => {
  let p = withRecord(emptyProgress(), 'cs-provisioned', schedule(undefined, true, now));
  p = withRecord(p, 'cost-crossover', schedule(undefined, false, now));
  return withDrill(p, { at: now, asked: 15, correct: 11, byTopic: { 'cold-starts': { asked: 2, correct: 1 } } });
};

describe('reading stored progress', () => {
  it('starts empty, with no notice, when nothing is stored', () => {
    expect(readProgress(null, later)).toMatchObject({ progress: emptyProgress(), notice: null });
    expect(readProgress('', later)).toMatchObject({ progress: emptyProgress(), notice: null });
  });

  it('reads back exactly what it wrote', () => {
    const p = saved();
    expect(readProgress(serialiseProgress(p), later)).toMatchObject({ progress: p, notice: null });
  });

  it('reads the format the quiz has always written (no epoch) unchanged, without rewriting it', () => {
    const p = saved();
    const firstFormat = JSON.stringify({ version: PROGRESS_VERSION, records: p.records, drills: p.drills });
    const { progress, notice, loaded } = readProgress(firstFormat, later);
    expect(progress).toEqual(p);
    expect(notice).toBeNull();
    expect(loaded.rewrite).toBe(false);
  });

  it('resets unreadable data with a notice instead of throwing', () => {
    for (const raw of ['{not json', '42', '"text"', 'null', '[]', '{"version":1}', '{"records":[]}']) {
      const { progress, notice } = readProgress(raw, later);
      expect(progress).toEqual(emptyProgress());
      expect(notice?.kind).toBe('reset');
      expect(notice?.message).toMatch(/reset/);
    }
  });

  it('keeps the good records and drops the damaged ones, saying how many', () => {
    const data = JSON.parse(serialiseProgress(saved()));
    data.records['bad-box'] = { ...data.records['cs-provisioned'], box: 9 };
    data.records['bad-type'] = 'yes';
    data.drills.push({ at: 'yesterday' });
    const { progress, notice } = readProgress(JSON.stringify(data), later);
    expect(Object.keys(progress.records).sort()).toEqual(['cost-crossover', 'cs-provisioned']);
    expect(progress.drills).toHaveLength(1);
    expect(notice).toEqual({ kind: 'partial', message: expect.stringContaining('3 unreadable entries were dropped') });
  });

  it('carries over what still reads from another version of the course, with a notice', () => {
    const data = { ...JSON.parse(serialiseProgress(saved())), version: 0 };
    const { progress, notice, loaded } = readProgress(JSON.stringify(data), later);
    expect(loaded.storedVersion).toBe(0);
    expect(Object.keys(progress.records)).toHaveLength(2);
    expect(notice?.kind).toBe('partial');
    expect(notice?.message).toMatch(/another version.*2 answered questions and 1 drill were carried over/);
    expect(loaded.rewrite).toBe(true);
  });

  it('resets data from another version that has nothing usable', () => {
    const { notice } = readProgress(JSON.stringify({ version: 0, records: { x: { box: 'full' } } }), later);
    expect(notice?.kind).toBe('reset');
  });

  it('keeps records of questions this page does not know (another lesson\'s, or a retired one), untouched', () => {
    const data = JSON.parse(serialiseProgress(saved()));
    data.records['a-question-from-a-later-course'] = data.records['cs-provisioned'];
    const { progress, notice } = readProgress(JSON.stringify(data), later);
    expect(progress.records['a-question-from-a-later-course']).toEqual(data.records['cs-provisioned']);
    expect(notice).toBeNull();
  });

  it('keeps only the latest drills', () => {
    let p = emptyProgress();
    for (let i = 0; i < DRILLS_KEPT + 5; i++) p = withDrill(p, { at: now + i, asked: 15, correct: i % 15, byTopic: {} });
    expect(p.drills).toHaveLength(DRILLS_KEPT);
    expect(p.drills.at(-1)!.at).toBe(now + DRILLS_KEPT + 4);
  });

  it('never throws and always returns valid progress, whatever is stored (property)', { timeout: 30_000 }, () => {
    const anyStored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ version: fc.integer(), records: fc.dictionary(fc.string(), fc.anything()), drills: fc.anything() }).map((x) => JSON.stringify(x)),
    );
    fc.assert(
      fc.property(anyStored, (raw) => {
        const { progress } = readProgress(raw, later);
        // What was read must survive a round trip unchanged: it is valid by construction.
        expect(readProgress(serialiseProgress(progress), later)).toMatchObject({ progress, notice: null });
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile keys', () => {
  it('does not let a stored "__proto__" key reach the prototype', () => {
    const raw = '{"version":1,"records":{"__proto__":{"box":2,"due":1,"attempts":1,"correctCount":1,"lastCorrect":true,"lastAt":1}},"drills":[]}';
    const { progress, notice } = readProgress(raw, later);
    expect(Object.keys(progress.records)).toEqual([]);
    expect(Object.getPrototypeOf(progress.records)).toBe(Object.prototype);
    // Its only record could not be kept, so the learner is told their progress was reset.
    expect(notice?.kind).toBe('reset');
  });
});
