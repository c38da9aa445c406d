import { describe, expect, it } from 'vitest';
import type { QuestionRecord } from './repetition';
import { drillSet, practiceRound, reviewRound, type Candidate } from './select';

const now = Date.UTC(2026, 0, 5);
const topics = ['a', 'b', 'c', 'd', 'e'];
const bank: Candidate[] = topics.flatMap((topic) =>
  ['foundation', 'applied', 'expert', 'applied', 'foundation'].map((difficulty, i) => ({ id: `${topic}${i}`, topic, difficulty: difficulty as Candidate['difficulty'] })),
);
const rec = (lastCorrect: boolean, due: number, lastAt = now - 1000): QuestionRecord => ({ box: lastCorrect ? 2 : 1, due, attempts: 1, correctCount: lastCorrect ? 1 : 0, lastCorrect, lastAt });

describe('a practice round', () => {
  const topicA = bank.filter((c) => c.topic === 'a');

  it('asks mistakes first, then questions due, then new ones easiest first, then the rest', () => {
    const records = { a3: rec(true, now + 5 * 86_400_000), a2: rec(true, now - 1), a4: rec(false, now) };
    const round = practiceRound(topicA, records, { now, seed: 7, size: 5 });
    expect(round[0]).toBe('a4');
    expect(round[1]).toBe('a2');
    // a0 and a1 are the new questions left (foundation, applied): the easier one comes first.
    expect(round.slice(2, 4)).toEqual(['a0', 'a1']);
    expect(round[4]).toBe('a3');
  });

  it('is reproducible for a seed and holds back questions already asked in this sitting', () => {
    expect(practiceRound(topicA, {}, { now, seed: 3 })).toEqual(practiceRound(topicA, {}, { now, seed: 3 }));
    const round = practiceRound(topicA, {}, { now, seed: 3, size: 3, exclude: new Set(['a0', 'a4']) });
    expect(round).not.toContain('a0');
    expect(round).not.toContain('a4');
  });
});

describe('a mock-interview drill', () => {
  it('draws 15 different questions spread evenly across topics', () => {
    const drill = drillSet(bank, {}, { now, seed: 11 });
    expect(drill).toHaveLength(15);
    expect(new Set(drill).size).toBe(15);
    const perTopic = topics.map((t) => drill.filter((id) => id.startsWith(t)).length);
    expect(perTopic).toEqual([3, 3, 3, 3, 3]);
  });

  it('never asks for more questions than the bank holds', () => {
    expect(drillSet(bank.slice(0, 4), {}, { now, seed: 1 })).toHaveLength(4);
  });
});

describe('a review of mistakes', () => {
  it('brings back every mistake (oldest first), then questions due, and nothing else', () => {
    const records = {
      b1: rec(false, now, now - 5000),
      c2: rec(false, now, now - 9000),
      d0: rec(true, now - 1),
      e0: rec(true, now + 86_400_000),
    };
    expect(reviewRound(bank, records, { now })).toEqual(['c2', 'b1', 'd0']);
  });
});
