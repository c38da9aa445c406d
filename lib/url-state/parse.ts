import { defaultState, type EnumField, type Field, type NumberField, type ScenarioSchema, type ScenarioState } from './fields';
import { formatNumber } from './format';

/** One value the parser had to change, in a sentence a learner can read. */
export interface ScenarioNotice {
  param: string;
  message: string;
}

export interface ParsedScenario<S extends ScenarioSchema> {
  state: ScenarioState<S>;
  notices: ScenarioNotice[];
}

type Read<T> = { value: T; problem?: string };

const shown = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 24)}…` : raw);

function readNumber(field: NumberField, raw: string): Read<number> {
  const unit = field.unit ? ` ${field.unit}` : '';
  if (raw.trim() === '') return { value: field.default, problem: `was empty; using ${formatNumber(field.default)}${unit}` };
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    return { value: field.default, problem: `"${shown(raw)}" is not a number; using ${formatNumber(field.default)}${unit}` };
  }
  if (n < field.min) return { value: field.min, problem: `${shown(raw)} is below the minimum; using ${formatNumber(field.min)}${unit}` };
  if (n > field.max) return { value: field.max, problem: `${shown(raw)} is above the maximum; using ${formatNumber(field.max)}${unit}` };
  if (field.integer && !Number.isInteger(n)) return { value: Math.round(n), problem: `${shown(raw)} was rounded to ${Math.round(n)}` };
  return { value: n };
}

function readEnum(field: EnumField, raw: string): Read<string> {
  if (field.options.some((o) => o.value === raw)) return { value: raw };
  const fallback = field.options.find((o) => o.value === field.default)?.label ?? field.default;
  return { value: field.default, problem: `"${shown(raw)}" is not a choice here; using ${fallback}` };
}

function readBoolean(field: { default: boolean }, raw: string): Read<boolean> {
  if (raw === '1' || raw === 'true') return { value: true };
  if (raw === '0' || raw === 'false') return { value: false };
  return { value: field.default, problem: `"${shown(raw)}" should be 0 or 1; using ${field.default ? 1 : 0}` };
}

function readField(field: Field, raw: string): Read<number | string | boolean> {
  if (field.kind === 'number') return readNumber(field, raw);
  if (field.kind === 'enum') return readEnum(field, raw);
  return readBoolean(field, raw);
}

/**
 * Read a scenario from a URL query. Never throws and never yields NaN or Infinity: a missing
 * value takes the base (a preset or the defaults), and a bad one is clamped or defaulted with a
 * notice naming the parameter. Parameters the schema does not know are ignored.
 */
export function parseScenario<S extends ScenarioSchema>(
  schema: S,
  query: URLSearchParams | string,
  base: Partial<ScenarioState<S>> = {},
): ParsedScenario<S> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: Record<string, unknown> = { ...defaultState(schema), ...base };
  const notices: ScenarioNotice[] = [];
  for (const [name, field] of Object.entries(schema)) {
    const raw = params.get(name);
    if (raw === null) continue;
    const { value, problem } = readField(field, raw);
    state[name] = value;
    if (problem) notices.push({ param: name, message: `${field.label} (${name}): ${problem}.` });
  }
  return { state: state as ScenarioState<S>, notices };
}

/** True when the query names at least one of the schema's parameters. */
export function hasScenarioParams(schema: ScenarioSchema, query: URLSearchParams | string): boolean {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return Object.keys(schema).some((name) => params.has(name));
}
