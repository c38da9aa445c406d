import type { ScenarioSchema, ScenarioState } from './fields';
import { encodeNumber } from './format';

/** The named fields of a state as URL parameters, in the schema's order. */
export function serializeFields<S extends ScenarioSchema>(schema: S, state: ScenarioState<S>, names: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    if (!names.includes(name)) continue;
    const value = (state as Record<string, unknown>)[name];
    if (field.kind === 'number') params.set(name, encodeNumber(value as number));
    else if (field.kind === 'boolean') params.set(name, value ? '1' : '0');
    else params.set(name, String(value));
  }
  return params;
}

/**
 * Every field of a scenario as a URL query, defaults included. Links people share use the
 * shortest form instead (shortestQuery in link.ts: a preset and what differs from it).
 */
export function serializeScenario<S extends ScenarioSchema>(schema: S, state: ScenarioState<S>): string {
  return serializeFields(schema, state, Object.keys(schema)).toString();
}
