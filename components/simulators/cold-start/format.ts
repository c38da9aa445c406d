import { formatNumber, type ScenarioSchema, type ScenarioState } from '@/lib/url-state';

/** Dollars for tiny bills too: "$0", "$0.0000002", "$0.0088", "$0.412", "$1.45". */
export function formatUsd(v: number): string {
  if (!(v > 0) || !Number.isFinite(v)) return '$0';
  if (v < 0.01) return `$${v.toLocaleString('en-US', { maximumSignificantDigits: 2 })}`;
  if (v < 1) return `$${v.toFixed(3)}`;
  return `$${formatNumber(v, 2)}`;
}

/** "1 environment", "4 environments". */
export const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A scenario value as a control shows it: the option's label, Yes/No, or the number and unit. */
export function formatValue(schema: ScenarioSchema, name: string, value: unknown): string {
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
    .map((k) => `${schema[k]!.label}: ${formatValue(schema, k, a[k])} (now ${formatValue(schema, k, b[k])})`);
}
