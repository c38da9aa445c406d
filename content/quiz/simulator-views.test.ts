import { describe, expect, it } from 'vitest';
import { coldStartSchema, simulateScenario } from '@/components/simulators/cold-start/definition';
import { concurrencySchema, runConcurrency } from '@/components/simulators/concurrency/definition';
import { costSchema, runCost } from '@/components/simulators/cost/definition';
import { littlesLawSchema, runLittlesLaw } from '@/components/simulators/littles-law/definition';
import { simulatorHref } from '@/lib/quiz/simulators';
import type { ScenarioParams, SimulatorQuestion } from '@/lib/quiz/types';
import { parseScenario, type ScenarioNotice } from '@/lib/url-state';
import { quizBank } from '.';

/**
 * The strongest check a simulator question can have: open its link the way the simulator page
 * does (the page's own URL schema and run function) and read the result the page shows. The
 * question's stored figures must be what a learner following the link will see.
 */
function onThePage(q: SimulatorQuestion, params: ScenarioParams): { value: number; notices: ScenarioNotice[] } {
  const query = new URL(simulatorHref(q.simulator, params), 'http://x').searchParams;
  switch (q.simulator) {
    case 'littles-law': {
      const { state, notices } = parseScenario(littlesLawSchema, query);
      const r = runLittlesLaw(state);
      return { value: q.metric === 'throttled-share' ? r.throttledShare * 100 : r.requiredConcurrency, notices };
    }
    case 'cold-start': {
      const { state, notices } = parseScenario(coldStartSchema, query);
      const r = simulateScenario(state); // the page's own run, worked out synchronously
      const byMetric: Record<string, number> = { 'cold-share': r.coldStartShare * 100, p50: r.latency.all.p50, p95: r.latency.all.p95, p99: r.latency.all.p99, 'max-envs': r.fleet.peakAlive };
      return { value: byMetric[q.metric]!, notices };
    }
    case 'concurrency': {
      const { state, notices } = parseScenario(concurrencySchema, query);
      const t = runConcurrency(state).totals;
      const byMetric: Record<string, number> = {
        'peak-concurrency': t.peakConcurrency,
        throttled: t.throttledRequests,
        dlq: t.deadLetterQueue,
        'db-errors': t.dbErrors,
        completed: t.completed,
        'max-queue-depth': t.maxQueueDepth,
      };
      return { value: byMetric[q.metric]!, notices };
    }
    case 'cost': {
      const { state, notices } = parseScenario(costSchema, query);
      const r = runCost(state);
      const crossing = r.crossings.ec2;
      const byMetric: Record<string, number> = {
        'lambda-monthly-cost': r.costs.lambda.total,
        'ec2-monthly-cost': r.costs.ec2.total,
        'fargate-monthly-cost': r.costs.fargate.total,
        'crossover-rps': crossing.kind === 'crossover' ? crossing.sustainedRps : Number.NaN,
      };
      return { value: byMetric[q.metric]!, notices };
    }
  }
}

const close = (stored: number, shown: number) => Math.abs(stored - shown) <= Math.max(Math.abs(shown) * 0.005, 0.01);
const questions = quizBank.filter((q): q is SimulatorQuestion => q.kind === 'simulator');

describe.each(questions.map((q) => [q.id, q] as const))('simulator question %s, opened on the simulator page', (_id, q) => {
  it('opens a scenario the page accepts as it is, and shows the figures the question states', () => {
    const before = onThePage(q, q.scenario);
    const after = onThePage(q, { ...q.scenario, ...q.change });
    expect(before.notices).toEqual([]);
    expect(after.notices).toEqual([]);
    expect(close(q.observed.before, before.value), `before: stored ${q.observed.before}, page ${before.value}`).toBe(true);
    expect(close(q.observed.after, after.value), `after: stored ${q.observed.after}, page ${after.value}`).toBe(true);
  });
});
