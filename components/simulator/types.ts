import type { ComponentType } from 'react';
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
 * Everything the shell needs to host a simulator. The model (`run`) is a pure function from
 * lib/sim; the view only draws its result. The shell owns state, the URL, presets and
 * presenter mode, so every simulator behaves the same way.
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
  View: ComponentType<SimulatorViewProps<S, R>>;
}
