import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedule } from '@/lib/quiz/repetition';
import { PROGRESS_KEY, readProgress, serialiseProgress } from '@/lib/quiz/storage';
import type { Question } from '@/lib/quiz/types';
import { LessonCheck } from './LessonCheck';

vi.mock('next/link', () => ({ default: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a> }));

const why = (s: string) => `${s}: a reason long enough to teach something useful.`;
const questions: Question[] = [
  {
    id: 'check-fit',
    kind: 'fit',
    topic: 'cold-starts',
    difficulty: 'applied',
    lesson: { lesson: 'cold-starts', section: 'when-cold-starts-matter-and-when-they-do-not' },
    prompt: 'Does on-demand Lambda fit these paths?',
    scenarios: [
      { id: 'cron', text: 'Nightly report', verdict: 'fit', explanation: why('cron') },
      { id: 'checkout', text: 'Checkout with a 100 ms p99', verdict: 'poor', explanation: why('checkout') },
    ],
  },
  {
    id: 'check-numeric',
    kind: 'numeric',
    topic: 'what-is-serverless',
    difficulty: 'foundation',
    lesson: { lesson: 'what-is-serverless', section: 'how-many-copies-run-at-once' },
    prompt: 'How many environments at 100 requests a second and 200 ms?',
    answer: 20,
    unit: 'environments',
    tolerance: { relative: 0.05 },
    compute: { fn: 'requiredConcurrency', rps: 100, durationMs: 200 },
    solution: ['Rate times duration: 100 × 0.2.', 'That is 20 environments.'],
  },
];

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const titles = { 'cold-starts#when-cold-starts-matter-and-when-they-do-not': 'Cold starts: When they matter', 'what-is-serverless#how-many-copies-run-at-once': 'What serverless is: How many copies' };

describe('a lesson check', () => {
  it('asks for every workload before marking a fit sort, then explains each one and links the section', () => {
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    const fit = screen.getAllByTestId('quiz-question')[0]!;
    fireEvent.click(within(fit).getByTestId('quiz-check'));
    expect(within(fit).getByRole('alert').textContent).toBe('Sort every workload first: 2 still to go.');
    fireEvent.click(within(within(fit).getByRole('group', { name: 'Nightly report' })).getByLabelText('Good fit'));
    fireEvent.click(within(within(fit).getByRole('group', { name: 'Checkout with a 100 ms p99' })).getByLabelText('Good fit'));
    fireEvent.click(within(fit).getByTestId('quiz-check'));
    const feedback = within(fit).getByTestId('quiz-feedback');
    expect(document.activeElement).toBe(feedback);
    expect(feedback.textContent).toContain('Not quite');
    expect(feedback.textContent).toContain('1 of 2 right');
    expect(feedback.textContent).toContain(why('checkout'));
    expect(within(feedback).getByRole('link', { name: 'Cold starts: When they matter' }).getAttribute('href')).toBe('/lessons/cold-starts#when-cold-starts-matter-and-when-they-do-not');
  });

  it('accepts a typed estimate within its tolerance, shows the worked solution, and records progress', () => {
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    const numeric = screen.getAllByTestId('quiz-question')[1]!;
    fireEvent.change(within(numeric).getByLabelText('Your estimate, in environments'), { target: { value: '20.5' } });
    fireEvent.click(within(numeric).getByTestId('quiz-check'));
    expect(within(numeric).getByTestId('quiz-feedback').textContent).toContain('Right');
    expect(within(numeric).getByText('That is 20 environments.')).toBeTruthy();
    const { progress } = readProgress(localStorage.getItem(PROGRESS_KEY));
    expect(progress.records['check-numeric']).toMatchObject({ box: 2, lastCorrect: true, attempts: 1 });
  });

  it('says so when the typed answer is not a number', () => {
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    const numeric = screen.getAllByTestId('quiz-question')[1]!;
    fireEvent.change(within(numeric).getByLabelText('Your estimate, in environments'), { target: { value: 'lots' } });
    fireEvent.click(within(numeric).getByTestId('quiz-check'));
    expect(within(numeric).getByRole('alert').textContent).toBe('Type a number, such as 20 or 1,500.');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });
});

describe('a lesson check and the rest of the quiz progress', () => {
  const answerNumeric = () => {
    const numeric = screen.getAllByTestId('quiz-question')[1]!;
    fireEvent.change(within(numeric).getByLabelText('Your estimate, in environments'), { target: { value: '20' } });
    fireEvent.click(within(numeric).getByTestId('quiz-check'));
    return numeric;
  };

  it('keeps every other question answered on the quiz page when it saves an answer', () => {
    const earlier = Date.now() - 60_000;
    const onQuizPage = {
      records: { 'wis-what-changes': schedule(undefined, true, earlier), 'cost-crossover': schedule(undefined, false, earlier) },
      drills: [{ at: earlier, asked: 15, correct: 10, byTopic: {} }],
    };
    localStorage.setItem(PROGRESS_KEY, serialiseProgress(onQuizPage));
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    answerNumeric();
    const { progress } = readProgress(localStorage.getItem(PROGRESS_KEY));
    expect(Object.keys(progress.records).sort()).toEqual(['check-numeric', 'cost-crossover', 'wis-what-changes']);
    expect(progress.drills).toHaveLength(1);
  });

  it('with one damaged record stored, drops only that one and says so', () => {
    const stored = JSON.parse(serialiseProgress({ records: { 'wis-what-changes': schedule(undefined, true, Date.now() - 60_000) }, drills: [] }));
    stored.records['cost-crossover'] = { box: 'high' };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(stored));
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    expect(screen.getByTestId('quiz-storage-notice').textContent).toContain('1 unreadable entry was dropped and the rest was kept');
    expect(Object.keys(readProgress(localStorage.getItem(PROGRESS_KEY)).progress.records)).toEqual(['wis-what-changes']);
  });

  it('says under the answer when the browser refused to save it', () => {
    render(<LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={{}} />);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const numeric = answerNumeric();
    expect(within(numeric).getByRole('alert').textContent).toMatch(/^Your answer was not saved: this browser's storage for the course is full/);
  });
});
