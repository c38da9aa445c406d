import { formatNumber } from '../format';
import { defaultState, type EnumField, type Field, type NumberField, type ScenarioSchema, type ScenarioState } from './fields';
import { quotingNotice, type ScenarioNotice } from './notice';

export type { ScenarioNotice } from './notice';

export interface ParsedScenario<S extends ScenarioSchema> {
  state: ScenarioState<S>;
  notices: ScenarioNotice[];
}

/** What reading one value gave: the value, and if it had to change, why (`problem`, around the quoted value). */
type Read<T> = { value: T; problem?: { before?: string; quote?: boolean; after: string } };

/**
 * Decimal numbers only, as people write them: "12", "-3.5", ".5", and scientific notation
 * ("1e3", "2.5E-4", which is still decimal). JavaScript's Number() also reads "0x10" as 16,
 * "0b11" as 3 and "0o17" as 15; a link is not code, so those are refused with a notice.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const OTHER_BASE = /^[+-]?0[xbo]/i;

function readNumber(field: NumberField, raw: string): Read<number> {
  const unit = field.unit ? ` ${field.unit}` : '';
  const using = (v: number) => `using ${formatNumber(v)}${unit}`;
  const text = raw.trim();
  if (text === '') return { value: field.default, problem: { after: `was empty; ${using(field.default)}` } };
  if (!DECIMAL.test(text)) {
    const what = OTHER_BASE.test(text) ? 'is not a decimal number' : 'is not a number';
    return { value: field.default, problem: { before: '"', quote: true, after: `" ${what}; ${using(field.default)}` } };
  }
  const n = Number(text);
  if (!Number.isFinite(n)) return { value: field.default, problem: { before: '"', quote: true, after: `" is not a number; ${using(field.default)}` } };
  if (n < field.min) return { value: field.min, problem: { quote: true, after: ` is below the minimum; ${using(field.min)}` } };
  if (n > field.max) {
    const why = field.maxNote ? `above ${field.maxNote}` : 'above the maximum';
    return { value: field.max, problem: { quote: true, after: ` is ${why}; ${using(field.max)}` } };
  }
  if (field.integer && !Number.isInteger(n)) return { value: Math.round(n), problem: { quote: true, after: ` was rounded to ${Math.round(n)}` } };
  return { value: n === 0 ? 0 : n }; // never -0
}

function readEnum(field: EnumField, raw: string): Read<string> {
  if (field.options.some((o) => o.value === raw)) return { value: raw };
  const fallback = field.options.find((o) => o.value === field.default)?.label ?? field.default;
  return { value: field.default, problem: { before: '"', quote: true, after: `" is not a choice here; using ${fallback}` } };
}

function readBoolean(field: { default: boolean }, raw: string): Read<boolean> {
  if (raw === '1' || raw === 'true') return { value: true };
  if (raw === '0' || raw === 'false') return { value: false };
  return { value: field.default, problem: { before: '"', quote: true, after: `" should be 0 or 1; using ${field.default ? 1 : 0}` } };
}

function readField(field: Field, raw: string): Read<number | string | boolean> {
  if (field.kind === 'number') return readNumber(field, raw);
  if (field.kind === 'enum') return readEnum(field, raw);
  return readBoolean(field, raw);
}

function noticeFor(name: string, field: Field, raw: string, problem: NonNullable<Read<unknown>['problem']>): ScenarioNotice {
  const lead = `${field.label} (${name}): ${problem.before ?? ''}`;
  if (!problem.quote) return { param: name, message: `${lead}${problem.after}.` };
  return quotingNotice(name, lead, raw, `${problem.after}.`);
}

/**
 * Read a scenario from a URL query. Never throws and never yields NaN, Infinity or -0: a missing
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
    if (problem) notices.push(noticeFor(name, field, raw, problem));
  }
  return { state: state as ScenarioState<S>, notices };
}
