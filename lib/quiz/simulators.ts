import { simulatorById, type SimulatorId } from '../simulators/catalog';
import { metricOf } from '../simulators/scenario';
import { describeValue, parseScenario, type ScenarioNotice } from '../url-state';
import type { ScenarioParams, SimulatorQuestion } from './types';

/**
 * Simulator questions, read through the catalog: a question's scenario is a link, opened with the
 * simulator's own schema, run with its own model and read with its own metric, exactly as the
 * learner following the link sees it. Server and tests only (the catalog brings every model); the
 * browser gets `SimulatorQuestionView`s, worked out when the page is built.
 */

/** The link that opens a simulator on a scenario: `/simulators/cold-start?runtime=java&…`. */
export function simulatorHref(id: SimulatorId, params: ScenarioParams): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/simulators/${id}?${query.toString()}`;
}

/** The scenario a question's parameters open: the simulator's parser, with what it had to change. */
export function openScenario(id: SimulatorId, params: ScenarioParams) {
  const { scenario } = simulatorById(id);
  return { scenario, ...parseScenario(scenario.schema, new URL(simulatorHref(id, params), 'http://x').searchParams) };
}

/** What the simulator shows for one metric in the scenario the parameters open, and any notices on the way. */
export function readSimulator(id: SimulatorId, params: ScenarioParams, metricId: string): { value: number; notices: ScenarioNotice[] } {
  const { scenario, state, notices } = openScenario(id, params);
  return { value: metricOf(scenario, metricId).read(scenario.run(state)), notices };
}

/** Parameters and a metric the simulator does not have, in sentences (the bank's build-time check). */
export function simulatorQuestionProblems(q: SimulatorQuestion): string[] {
  const found = simulatorById(q.simulator).scenario;
  const unknown = Object.keys({ ...q.scenario, ...q.change }).filter((name) => !(name in found.schema));
  const problems = unknown.map((name) => `the ${q.simulator} simulator has no parameter "${name}"`);
  if (!found.metrics.some((m) => m.id === q.metric)) problems.push(`the ${q.simulator} simulator has no metric "${q.metric}"`);
  return problems;
}

/** Everything the quiz shows about a simulator question, in words and formatted figures. */
export interface SimulatorQuestionView {
  title: string;
  href: string;
  /** What to change: the control's label and unit, its value before and after. */
  changes: { param: string; label: string; from: string; to: string }[];
  /** The figure to watch, before and after, as the simulator writes it. */
  metric: { label: string; before: string; after: string };
}

export function simulatorQuestionView(q: SimulatorQuestion): SimulatorQuestionView {
  const before = openScenario(q.simulator, q.scenario);
  const after = openScenario(q.simulator, { ...q.scenario, ...q.change });
  const { schema } = before.scenario;
  const metric = metricOf(before.scenario, q.metric);
  const values = (state: object) => state as Record<string, unknown>;
  return {
    title: before.scenario.title,
    href: simulatorHref(q.simulator, q.scenario),
    changes: Object.keys(q.change).map((param) => ({
      param,
      label: schema[param]?.label ?? param,
      from: describeValue(schema, param, values(before.state)[param]),
      to: describeValue(schema, param, values(after.state)[param]),
    })),
    metric: { label: metric.label, before: metric.format(q.observed.before), after: metric.format(q.observed.after) },
  };
}
