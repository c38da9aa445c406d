import { defaultState, type ScenarioSchema, type ScenarioState } from './fields';

/** A named starting point that tells a story ("nightly cron job"), shown as a button. */
export interface Preset<S extends ScenarioSchema> {
  id: string;
  label: string;
  /** One sentence: what this scenario shows. */
  description: string;
  values: Partial<ScenarioState<S>>;
}

export function presetState<S extends ScenarioSchema>(schema: S, preset?: Preset<S>): ScenarioState<S> {
  return { ...defaultState(schema), ...(preset?.values ?? {}) };
}

/** The preset whose values all match the state, if any (so its button can show as pressed). */
export function matchingPreset<S extends ScenarioSchema>(
  schema: S,
  presets: readonly Preset<S>[],
  state: ScenarioState<S>,
): Preset<S> | undefined {
  return presets.find((p) => {
    const full = presetState(schema, p) as Record<string, unknown>;
    return Object.keys(schema).every((k) => full[k] === (state as Record<string, unknown>)[k]);
  });
}
