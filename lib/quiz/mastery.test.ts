import { describe, expect, it } from 'vitest';
import { masteryByTopic, questionCredit, topicMastery, topicsToRevisit } from './mastery';
import type { QuestionRecord } from './repetition';

const now = Date.UTC(2026, 0, 5);
const rec = (box: QuestionRecord['box'], lastCorrect: boolean, due = now + 1): QuestionRecord => ({ box, due, attempts: 2, correctCount: 1, lastCorrect, lastAt: now - 1 });

describe('mastery', () => {
  it('gives a question nothing while unseen or wrong, half after one right answer, full from box 3', () => {
    expect(questionCredit(undefined)).toBe(0);
    expect(questionCredit(rec(1, false))).toBe(0);
    expect(questionCredit(rec(2, true))).toBe(0.5);
    expect(questionCredit(rec(3, true))).toBe(1);
    expect(questionCredit(rec(5, true))).toBe(1);
  });

  it('averages over every question of the topic, so covering the topic is what raises it', () => {
    const m = topicMastery('cost', ['a', 'b', 'c', 'd'], { a: rec(3, true), b: rec(2, true), c: rec(1, false, now) }, now);
    expect(m).toEqual({ topic: 'cost', total: 4, answered: 3, mistakes: 1, due: 1, percent: 38 });
  });

  it('is 0% for an empty topic rather than NaN', () => {
    expect(topicMastery('empty', [], {}, now).percent).toBe(0);
  });

  it('names the topics to read again: mistakes first, then the weakest started ones, never unstarted ones', () => {
    const mastery = masteryByTopic(
      [
        { topic: 'unstarted', questionIds: ['u1'] },
        { topic: 'one-mistake', questionIds: ['m1', 'm2'] },
        { topic: 'two-mistakes', questionIds: ['n1', 'n2'] },
        { topic: 'strong', questionIds: ['s1'] },
        { topic: 'weak', questionIds: ['w1', 'w2', 'w3'] },
      ],
      { m1: rec(1, false), m2: rec(3, true), n1: rec(1, false), n2: rec(1, false), s1: rec(3, true), w1: rec(2, true) },
      now,
    );
    expect(topicsToRevisit(mastery, 5).map((m) => m.topic)).toEqual(['two-mistakes', 'one-mistake', 'weak']);
  });
});
