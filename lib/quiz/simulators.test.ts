import { describe, expect, it } from 'vitest';
import type { SimulatorQuestion } from './types';
import { readSimulator, simulatorHref, simulatorQuestionProblems, simulatorQuestionView } from './simulators';

const question: SimulatorQuestion = {
  id: 'example',
  kind: 'simulator',
  topic: 'what-is-serverless',
  difficulty: 'applied',
  lesson: { lesson: 'what-is-serverless', section: 'x' },
  prompt: 'Slow the handler ten times.',
  simulator: 'littles-law',
  scenario: { rps: 100, duration: 200 },
  change: { duration: 2000 },
  metric: 'required-concurrency',
  observed: { before: 20, after: 200 },
  options: [],
};

describe('simulator questions, read through the catalog', () => {
  it('builds a link with every scenario parameter', () => {
    expect(simulatorHref('cold-start', { runtime: 'java', rps: 0.5 })).toBe('/simulators/cold-start?runtime=java&rps=0.5');
  });

  it('reads a figure the way the simulator page does, defaults filled in by its schema', () => {
    expect(readSimulator('littles-law', { rps: 100, duration: 200 }, 'required-concurrency')).toEqual({ value: 20, notices: [] });
    expect(readSimulator('littles-law', { rps: 100, duration: 200, limit: 10 }, 'throttled-share').value).toBeCloseTo(50);
  });

  it('reports a parameter or a metric the simulator does not have', () => {
    expect(simulatorQuestionProblems(question)).toEqual([]);
    expect(simulatorQuestionProblems({ ...question, change: { handler: 3 }, metric: 'p99' })).toEqual([
      'the littles-law simulator has no parameter "handler"',
      'the littles-law simulator has no metric "p99"',
    ]);
  });

  it('says what to change and what the simulator shows in the words and units of its controls', () => {
    expect(simulatorQuestionView(question)).toEqual({
      title: "Little's law: how many environments?",
      href: '/simulators/littles-law?rps=100&duration=200',
      changes: [{ param: 'duration', label: 'Average duration', from: '200 ms', to: '2,000 ms' }],
      metric: { label: 'environments needed', before: '20 environments', after: '200 environments' },
    });
  });
});
