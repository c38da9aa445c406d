import type { ScenarioSchema, ScenarioState } from './fields';
import { quotingNotice, type ScenarioNotice } from './notice';
import { parseScenario } from './parse';
import { presetState, type Preset } from './presets';
import { serializeFields } from './serialize';

/**
 * A scenario's link. `?preset=<id>` opens a preset and any other parameter overrides it, so the
 * shortest link for a state is the preset closest to it plus what differs: "?preset=java-snapstart"
 * rather than thirteen parameters a class would have to type.
 */
export const PRESET_PARAM = 'preset';

const paramsOf = (query: URLSearchParams | string) => (typeof query === 'string' ? new URLSearchParams(query) : query);

/** True when the query names a preset or any of the schema's parameters. */
export function hasScenarioParams(schema: ScenarioSchema, query: URLSearchParams | string): boolean {
  const params = paramsOf(query);
  return params.has(PRESET_PARAM) || Object.keys(schema).some((name) => params.has(name));
}

export interface ScenarioLink<S extends ScenarioSchema> {
  state: ScenarioState<S>;
  notices: ScenarioNotice[];
  /** The preset the state was read on top of, if any. */
  presetId?: string;
}

/**
 * Read a link. The base is the preset the link names; if it names none (or one that does not
 * exist, which gets a notice), the page's own starting preset `fallbackPresetId`, else the
 * defaults. Every other parameter overrides the base, clamped and reported as parseScenario does.
 */
export function readScenarioLink<S extends ScenarioSchema>(
  schema: S,
  presets: readonly Preset<S>[],
  query: URLSearchParams | string,
  fallbackPresetId?: string,
): ScenarioLink<S> {
  const params = paramsOf(query);
  const notices: ScenarioNotice[] = [];
  const named = params.get(PRESET_PARAM);
  const find = (id: string | null | undefined) => (id ? presets.find((p) => p.id === id) : undefined);
  const fallback = find(fallbackPresetId);
  const otherwise = fallback ? `starting from “${fallback.label}”` : 'starting from the default scenario';
  if (named !== null && !find(named)) {
    notices.push(quotingNotice(PRESET_PARAM, 'Scenario (preset): there is no scenario called "', named, `"; ${otherwise}.`));
  }
  if (fallbackPresetId && !fallback) {
    notices.push(quotingNotice(PRESET_PARAM, 'This page asks for the scenario "', fallbackPresetId, '", which does not exist; starting from the default scenario.'));
  }
  const preset = find(named) ?? fallback;
  const parsed = parseScenario(schema, params, presetState(schema, preset));
  return { state: parsed.state, notices: [...notices, ...parsed.notices], presetId: preset?.id };
}

/** The fields where `state` differs from a preset (or from the defaults, with no preset). */
function differences<S extends ScenarioSchema>(schema: S, state: ScenarioState<S>, preset?: Preset<S>): string[] {
  const base = presetState(schema, preset) as Record<string, unknown>;
  const now = state as Record<string, unknown>;
  return Object.keys(schema).filter((name) => !Object.is(base[name], now[name]));
}

/**
 * The shortest query that reopens `state`: the preset that needs the fewest overrides (then the
 * shorter query, then the earlier preset), plus only the parameters that differ from it. A
 * simulator without presets gets the parameters that differ from its defaults.
 */
export function shortestQuery<S extends ScenarioSchema>(schema: S, presets: readonly Preset<S>[], state: ScenarioState<S>): string {
  if (presets.length === 0) return serializeFields(schema, state, differences(schema, state)).toString();
  let best: { overrides: number; query: string } | undefined;
  for (const preset of presets) {
    const changed = differences(schema, state, preset);
    const params = serializeFields(schema, state, changed);
    const query = new URLSearchParams([[PRESET_PARAM, preset.id], ...params]).toString();
    if (!best || changed.length < best.overrides || (changed.length === best.overrides && query.length < best.query.length)) {
      best = { overrides: changed.length, query };
    }
  }
  return best!.query;
}
