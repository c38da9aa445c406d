import type { Preset, ScenarioSchema, ScenarioState } from '../url-state';

/**
 * One result a simulator shows, as a number a question, a prediction or a test can read.
 * `id` is stable (quiz questions and predictions name it), `read` takes it from a result and
 * `format` writes it the way the simulator shows it (with lib/format.ts).
 */
export interface ScenarioMetric<R> {
  /** Kebab-case and stable: "p99", "cold-share", "lambda-monthly-cost". */
  id: string;
  /** What a sentence calls it: "p99 latency", "share of requests that started cold". */
  label: string;
  /** The unit of `read`'s number: "ms", "%", "$", "environments", "requests/s". */
  unit: string;
  read(result: R): number;
  format(value: number): string;
}

/**
 * THE CONTRACT A SIMULATOR IMPLEMENTS, in lib/sim/<id>/scenario.ts: everything about it except
 * the drawing. Pure TypeScript (no React, no DOM), so the quiz, predictions, drills, tests and a
 * Web Worker can all run it without loading a view.
 *
 * - `schema` is the URL: one field per query parameter, with its label, unit, range and default.
 *   `parseScenario` clamps a link to it and says what it changed; the model takes the state
 *   exactly as parsed (the parameter names ARE the model's input names).
 * - `presets` are named starting points, each with a one-sentence "what to notice"; a link may
 *   name one with `?preset=<id>`, and the shortest link is a preset plus what differs from it.
 * - `run` is the model: the same state always gives the same result. A model with randomness
 *   takes its seed from the state (a `seed` field), never from Math.random or the clock.
 * - `summarise` says the result in one sentence (shown, and read out by screen readers).
 * - `metrics` are the figures a question or a prediction may ask about, read from a result.
 *
 * Register it once in lib/simulators/catalog.ts and draw it in components/simulators/<id>/
 * (components/simulators/README.md, "Adding a simulator").
 *
 * `run`, `summarise` and `read` are written as methods on purpose: TypeScript then lets the
 * catalog hold scenarios of different schemas and results in one list.
 */
export interface Scenario<S extends ScenarioSchema = ScenarioSchema, R = unknown, Id extends string = string> {
  /** Kebab-case; also the route (/simulators/<id>) and the view's folder name. */
  id: Id;
  /** The simulator's name, as page headings and lists show it. */
  title: string;
  schema: S;
  presets: readonly Preset<S>[];
  run(state: ScenarioState<S>): R;
  summarise(state: ScenarioState<S>, result: R): string;
  metrics: readonly ScenarioMetric<R>[];
}

/** Any scenario, for code that handles every simulator alike (the catalog, the quiz, tests). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScenario = Scenario<ScenarioSchema, any>;

/**
 * Checks a scenario's shape once, where it is defined, so a mistake fails on import with the
 * simulator named: a preset or metric id used twice, a preset value the schema does not know.
 */
export function defineScenario<const Id extends string, S extends ScenarioSchema, R>(scenario: Scenario<S, R, Id>): Scenario<S, R, Id> {
  const problems: string[] = [];
  const twice = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of twice(scenario.presets.map((p) => p.id))) problems.push(`preset "${id}" is defined twice`);
  for (const id of twice(scenario.metrics.map((m) => m.id))) problems.push(`metric "${id}" is defined twice`);
  for (const preset of scenario.presets) {
    for (const name of Object.keys(preset.values)) {
      if (!(name in scenario.schema)) problems.push(`preset "${preset.id}" sets "${name}", which is not in the schema`);
    }
  }
  if (problems.length > 0) throw new Error(`Scenario "${scenario.id}": ${problems.join('; ')}`);
  return scenario;
}

/** The metric with this id, or an error that names the simulator and the metrics it has. */
export function metricOf<R>(scenario: Scenario<ScenarioSchema, R>, id: string): ScenarioMetric<R> {
  const metric = scenario.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`The ${scenario.id} simulator has no metric "${id}" (it has ${scenario.metrics.map((m) => m.id).join(', ')})`);
  return metric;
}
