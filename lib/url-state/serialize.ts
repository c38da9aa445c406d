import type { ScenarioSchema, ScenarioState } from './fields';
import { encodeNumber } from './format';

/**
 * Write a scenario as a URL query. Every field is written, defaults included, so a shared link
 * keeps meaning the same scenario even if a default changes later.
 */
export function serializeScenario<S extends ScenarioSchema>(schema: S, state: ScenarioState<S>): string {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[name];
    if (field.kind === 'number') params.set(name, encodeNumber(value as number));
    else if (field.kind === 'boolean') params.set(name, value ? '1' : '0');
    else params.set(name, String(value));
  }
  return params.toString();
}
