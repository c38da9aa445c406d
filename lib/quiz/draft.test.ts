import { describe, expect, it } from 'vitest';
import { emptyDraft, moveItem, responseOf } from './draft';
import type { Question } from './types';

const base = { topic: 't', difficulty: 'foundation', lesson: { lesson: 'l', section: 's' }, prompt: 'A question worth asking?' } as const;
const why = 'A reason that is long enough to teach something.';

describe('drafts', () => {
  it('asks for a choice before a single-choice answer can be checked', () => {
    const q: Question = { ...base, id: 's', kind: 'single', options: [{ id: 'a', text: 'A', correct: true, explanation: why }] };
    expect(responseOf(q, emptyDraft(q))).toEqual({ problem: 'Choose an answer first.' });
    expect(responseOf(q, { kind: 'choice', chosen: ['a'] })).toEqual({ response: { kind: 'single', choice: 'a' } });
  });

  it('asks for every workload to be sorted', () => {
    const q: Question = {
      ...base,
      id: 'f',
      kind: 'fit',
      scenarios: [
        { id: 'x', text: 'x', verdict: 'fit', explanation: why },
        { id: 'y', text: 'y', verdict: 'poor', explanation: `${why} y` },
      ],
    };
    expect(responseOf(q, { kind: 'fit', verdicts: { x: 'fit' } })).toEqual({ problem: 'Sort every workload first: 1 still to go.' });
  });

  it('reads a typed number, and says so when there is none', () => {
    const q: Question = { ...base, id: 'n', kind: 'numeric', answer: 20, unit: 'x', tolerance: { relative: 0.1 }, compute: { fn: 'requiredConcurrency', rps: 100, durationMs: 200 }, solution: ['one step here', 'two steps here'] };
    expect(responseOf(q, { kind: 'numeric', text: '1,500' })).toEqual({ response: { kind: 'numeric', value: 1500 } });
    expect(responseOf(q, { kind: 'numeric', text: 'lots' })).toEqual({ problem: 'Type a number, such as 20 or 1,500.' });
  });

  it('starts an ordering scrambled and moves items one place at a time, within bounds', () => {
    const q: Question = { ...base, id: 'o', kind: 'ordering', items: ['a', 'b', 'c'].map((id) => ({ id, text: id, explanation: `${why} ${id}` })) };
    const draft = emptyDraft(q);
    expect(draft.kind === 'ordering' && draft.order).not.toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
