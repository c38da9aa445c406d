import { formatNumber } from '../format';
import type { ScenarioSchema, ScenarioState } from './fields';

/** A scenario value as its control shows it: the option's label, yes/no, or the number and unit. */
export function describeValue(schema: ScenarioSchema, name: string, value: unknown): string {
  const field = schema[name];
  if (!field) return String(value);
  if (field.kind === 'enum') return field.options.find((o) => o.value === value)?.label ?? String(value);
  if (field.kind === 'boolean') return value ? 'yes' : 'no';
  return `${formatNumber(value as number, 8)}${field.unit ? ` ${field.unit}` : ''}`;
}

/** "Runtime: Java (now Java with SnapStart)" for every field where two scenarios differ. */
export function scenarioDifferences<S extends ScenarioSchema>(schema: S, was: ScenarioState<S>, now: ScenarioState<S>): string[] {
  const a = was as Record<string, unknown>;
  const b = now as Record<string, unknown>;
  return Object.keys(schema)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${schema[k]!.label}: ${describeValue(schema, k, a[k])} (now ${describeValue(schema, k, b[k])})`);
}
