import type { ComponentType } from 'react';
import type { Scenario } from '@/lib/simulators/scenario';
import type { Preset, ScenarioSchema, ScenarioState } from '@/lib/url-state';

/** A group of controls shown under one legend ("Traffic", "Platform"). */
export interface ControlGroup<S extends ScenarioSchema> {
  legend: string;
  fields: (keyof S & string)[];
  /** Folded away under its legend until opened (for rarely changed settings). */
  collapsed?: boolean;
}

export interface SimulatorViewProps<S extends ScenarioSchema, R> {
  state: ScenarioState<S>;
  result: R;
  presenting: boolean;
}

/**
 * Everything the shell needs to host a simulator: the scenario's parts (from lib/sim/<id>/
 * scenario.ts), how its controls are grouped, and the view that draws a result. The shell owns
 * state, the URL, presets and presenter mode, so every simulator behaves the same way. Build one
 * with `defineView` below.
 */
export interface SimulatorDefinition<S extends ScenarioSchema, R> {
  id: string;
  title: string;
  schema: S;
  presets: readonly Preset<S>[];
  controls: readonly ControlGroup<S>[];
  run: (state: ScenarioState<S>) => R;
  /** One sentence that states the current result; read out by screen readers when it changes. */
  summarise: (state: ScenarioState<S>, result: R) => string;
  /**
   * For a model worked out elsewhere (a Web Worker): `run` returns what it has at once, and the
   * shell calls it again whenever `subscribe` reports news (`version` tells one piece of news
   * from the next). Simulators whose `run` is synchronous leave both out.
   */
  subscribe?: (onNews: () => void) => () => void;
  version?: () => number;
  /** True while the result shown is an older one and the new one is still being worked out. */
  pending?: (result: R) => boolean;
  View: ComponentType<SimulatorViewProps<S, R>>;
}

/** The shell's definition of a simulator whose model runs here and now: its scenario, controls and view. */
export function defineView<S extends ScenarioSchema, R>(
  scenario: Scenario<S, R>,
  parts: { controls: readonly ControlGroup<S>[]; View: ComponentType<SimulatorViewProps<S, R>> },
): SimulatorDefinition<S, R> {
  const { id, title, schema, presets } = scenario;
  return { id, title, schema, presets, run: (state) => scenario.run(state), summarise: (state, result) => scenario.summarise(state, result), ...parts };
}
