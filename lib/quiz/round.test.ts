import { describe, expect, it } from 'vitest';
import { drillRecordOf, summariseRound } from './round';
import { readProgress, serialiseProgress, withDrill, emptyProgress } from './storage';

const topicOf = (id: string) => id.split('-')[0]!;

describe('a round summary', () => {
  it('scores per topic, lists the misses, and counts unanswered questions as not right', () => {
    const s = summariseRound(['cost-a', 'data-a', 'cost-b', 'data-b', 'obs-a'], [
      { id: 'cost-a', correct: true },
      { id: 'data-a', correct: false },
      { id: 'cost-b', correct: true },
    ], topicOf);
    expect(s).toEqual({
      asked: 5,
      answered: 3,
      correct: 2,
      byTopic: [
        { topic: 'cost', asked: 2, correct: 2 },
        { topic: 'data', asked: 2, correct: 0 },
        { topic: 'obs', asked: 1, correct: 0 },
      ],
      missed: ['data-a'],
      unanswered: ['data-b', 'obs-a'],
    });
  });

  it('becomes a drill record that storage keeps', () => {
    const s = summariseRound(['cost-a'], [{ id: 'cost-a', correct: true }], topicOf);
    const p = withDrill(emptyProgress(), drillRecordOf(s, 1000));
    expect(readProgress(serialiseProgress(p), 2000).progress.drills).toEqual([{ at: 1000, asked: 1, correct: 1, byTopic: { cost: { asked: 1, correct: 1 } } }]);
  });
});
