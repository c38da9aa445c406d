/**
 * A simulator's scenario is a flat set of named fields. Each field says how to read itself from
 * the URL query, what range is allowed, and how a control should present it. One schema both
 * parses a shared link and writes it, so the two can never drift apart.
 */
export interface NumberField {
  kind: 'number';
  label: string;
  min: number;
  max: number;
  step: number;
  default: number;
  /** Unit shown beside the value and read to screen readers ("ms", "requests/s"). */
  unit?: string;
  integer?: boolean;
  /** A log slider suits ranges that span orders of magnitude (0.01 to 10,000 requests/s). */
  scale?: 'linear' | 'log';
  help?: string;
  /**
   * When `max` is a documented platform limit, what the limit is, for the notice a link above it
   * gets: "above Lambda's 15-minute timeout". Take the figure from lib/data, never type it.
   */
  maxNote?: string;
}

export interface EnumOption<V extends string = string> {
  value: V;
  label: string;
}

export interface EnumField<V extends string = string> {
  kind: 'enum';
  label: string;
  options: readonly EnumOption<V>[];
  default: V;
  help?: string;
}

export interface BooleanField {
  kind: 'boolean';
  label: string;
  default: boolean;
  help?: string;
}

export type Field = NumberField | EnumField | BooleanField;
export type ScenarioSchema = Record<string, Field>;

export type FieldValue<F> = F extends NumberField
  ? number
  : F extends EnumField<infer V>
    ? V
    : F extends BooleanField
      ? boolean
      : never;

export type ScenarioState<S extends ScenarioSchema> = { [K in keyof S]: FieldValue<S[K]> };

export function numberField(spec: Omit<NumberField, 'kind'>): NumberField {
  if (!(spec.min <= spec.default && spec.default <= spec.max)) {
    throw new Error(`numberField "${spec.label}": default ${spec.default} is outside ${spec.min}..${spec.max}`);
  }
  return { kind: 'number', ...spec };
}

export function enumField<const V extends string>(spec: Omit<EnumField<V>, 'kind'>): EnumField<V> {
  if (!spec.options.some((o) => o.value === spec.default)) {
    throw new Error(`enumField "${spec.label}": default ${spec.default} is not an option`);
  }
  return { kind: 'enum', ...spec };
}

export function booleanField(spec: Omit<BooleanField, 'kind'>): BooleanField {
  return { kind: 'boolean', ...spec };
}

export function defaultState<S extends ScenarioSchema>(schema: S): ScenarioState<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema)) state[name] = field.default;
  return state as ScenarioState<S>;
}
