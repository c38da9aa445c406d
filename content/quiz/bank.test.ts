import { describe, expect, it } from 'vitest';
import { getLessons } from '@/lib/content/lessons';
import { computeNumeric, simulatorMetric } from '@/lib/quiz/engine';
import { bankProblems } from '@/lib/quiz/schema';
import { quizSimulators } from '@/lib/quiz/simulators';
import { questionKinds, type Question, type SimulatorQuestion } from '@/lib/quiz/types';
import { quizBank, quizTopics } from '.';

const lessons = getLessons();
const anchors = lessons.map((l) => ({ slug: l.slug, sectionIds: l.toc.map((t) => t.id) }));

describe('the question bank', () => {
  it('is valid: every question matches its schema, ids are unique, topics exist and lesson links resolve', () => {
    const problems = bankProblems(quizBank, quizTopics, anchors).map((p) => `${p.questionId}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('has at least 80 questions', () => {
    expect(quizBank.length).toBeGreaterThanOrEqual(80);
  });

  it('holds at least 40 expert questions, where an answer weighs several rules against each other', () => {
    expect(quizBank.filter((q) => q.difficulty === 'expert').length).toBeGreaterThanOrEqual(40);
  });

  it('has questions for every lesson, linked to that lesson', () => {
    const missing = lessons.filter((l) => !quizBank.some((q) => q.lesson.lesson === l.slug)).map((l) => l.slug);
    expect(missing).toEqual([]);
  });

  it('has questions in every topic', () => {
    const empty = quizTopics.filter((t) => !quizBank.some((q) => q.topic === t.id)).map((t) => t.id);
    expect(empty).toEqual([]);
  });

  it('uses every kind of question the issue lists', () => {
    const kinds = new Set(quizBank.map((q) => q.kind));
    expect([...questionKinds].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('has single-choice questions with exactly one right answer and an explanation for every option', () => {
    for (const q of quizBank.filter((q) => q.kind === 'single' || q.kind === 'simulator')) {
      expect(q.options.filter((o) => o.correct), q.id).toHaveLength(1);
      for (const o of q.options) expect(o.explanation.length, `${q.id}/${o.id}`).toBeGreaterThanOrEqual(40);
    }
  });
});

const numeric = quizBank.filter((q): q is Extract<Question, { kind: 'numeric' }> => q.kind === 'numeric');
describe.each(numeric.map((q) => [q.id, q] as const))('numeric answer %s', (_id, q) => {
  it('is what the lib/ function computes, within the tolerance', () => {
    const computed = computeNumeric(q.compute);
    const allowed = 'relative' in q.tolerance ? Math.abs(computed) * q.tolerance.relative : q.tolerance.absolute;
    // The stored answer must be the computed one (to display precision), and the tolerance must not swallow it.
    expect(Math.abs(q.answer - computed), `stored ${q.answer}, computed ${computed}`).toBeLessThanOrEqual(Math.max(Math.abs(computed) * 0.005, 0.005));
    expect(allowed).toBeGreaterThan(0);
  });
});

const simulator = quizBank.filter((q): q is SimulatorQuestion => q.kind === 'simulator');
describe.each(simulator.map((q) => [q.id, q] as const))('simulator question %s', (_id, q) => {
  it('names only parameters and a metric that its simulator has', () => {
    const sim = quizSimulators[q.simulator];
    expect(Object.keys({ ...q.scenario, ...q.change }).filter((p) => !(p in sim.params))).toEqual([]);
    expect(Object.keys(sim.metrics)).toContain(q.metric);
  });

  it('shows what the simulator really produces, and its right option is the only one whose band holds the change', () => {
    const before = simulatorMetric(q.simulator, q.scenario, q.metric);
    const after = simulatorMetric(q.simulator, { ...q.scenario, ...q.change }, q.metric);
    const close = (stored: number, actual: number) => Math.abs(stored - actual) <= Math.max(Math.abs(actual) * 0.005, 0.01);
    expect(close(q.observed.before, before), `before: stored ${q.observed.before}, engine ${before}`).toBe(true);
    expect(close(q.observed.after, after), `after: stored ${q.observed.after}, engine ${after}`).toBe(true);
    const ratio = after / before;
    const inBand = q.options.filter((o) => (o.band.min === undefined || ratio >= o.band.min) && (o.band.max === undefined || ratio < o.band.max));
    expect(inBand.map((o) => o.id), `ratio ${ratio}`).toEqual(q.options.filter((o) => o.correct).map((o) => o.id));
  });
});
