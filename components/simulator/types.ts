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
