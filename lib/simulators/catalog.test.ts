import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryState } from '../url-state/arbitrary-state';
import { parseScenario, presetState, readScenarioLink, serializeScenario, shortestQuery } from '../url-state';
import { simulatorCatalog } from './catalog';
import type { AnyScenario } from './scenario';

const root = path.resolve(__dirname, '../..');
const viewsDir = path.join(root, 'components', 'simulators');
const ids = simulatorCatalog.map((e) => e.id);

const differingFields = (scenario: AnyScenario, a: object, b: object) =>
  Object.keys(scenario.schema).filter((k) => (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]).length;

describe('the simulator catalog: adding a simulator takes a scenario, a view and one catalog entry', () => {
  it('has a view folder for every entry, and an entry for every view folder', () => {
    const folders = fs
      .readdirSync(viewsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !ids.includes(f as never)), 'view folders with no catalog entry').toEqual([]);
    expect(ids.filter((id) => !folders.includes(id)), 'catalog entries with no view folder').toEqual([]);
  });

  it.each(ids)('%s: its view is the default export of components/simulators/%s/index.tsx', (id) => {
    const file = path.join(viewsDir, id, 'index.tsx');
    expect(fs.existsSync(file), `${file} is missing`).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/export default function/);
  });

  it.each(ids)('%s: its scenario lives in lib/sim/%s/scenario.ts', (id) => {
    expect(fs.existsSync(path.join(root, 'lib', 'sim', id, 'scenario.ts'))).toBe(true);
  });

  it('ids are unique, kebab-case, and each entry names the lesson that teaches it', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of simulatorCatalog) {
      expect(entry.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(fs.existsSync(path.join(root, 'content', 'lessons')) && fs.readdirSync(path.join(root, 'content', 'lessons')).some((f) => f.endsWith(`-${entry.lessonSlug}.mdx`)), entry.lessonSlug).toBe(true);
    }
  });
});

describe.each(simulatorCatalog.map((e): [string, AnyScenario] => [e.id, e.scenario]))('the %s scenario', (_id, scenario) => {
  it('has a title, a schema with labelled fields, presets with a sentence each, a model, a summary and metrics', () => {
    expect(scenario.title.length).toBeGreaterThan(3);
    const fields = Object.entries(scenario.schema);
    expect(fields.length).toBeGreaterThan(0);
    for (const [name, field] of fields) {
      expect(name, 'a parameter may not be called "preset": links use it to name a preset').not.toBe('preset');
      expect(field.label.length, name).toBeGreaterThan(1);
      if (field.kind === 'number') expect(field.min, name).toBeLessThan(field.max);
    }
    expect(scenario.presets.length).toBeGreaterThan(0);
    for (const p of scenario.presets) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.label.length, p.id).toBeGreaterThan(3);
      expect(p.description, p.id).toMatch(/^\S.{20,}[.!?]$/s);
    }
    expect(scenario.metrics.length).toBeGreaterThan(0);
    for (const m of scenario.metrics) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.label.length, m.id).toBeGreaterThan(1);
      expect(m.unit.length, m.id).toBeGreaterThan(0);
    }
  });

  it('opens every preset from a link with no notice, runs it, says it in a sentence and reads every metric', () => {
    for (const preset of scenario.presets) {
      const state = presetState(scenario.schema, preset);
      const reread = parseScenario(scenario.schema, serializeScenario(scenario.schema, state));
      expect(reread.notices, preset.id).toEqual([]);
      expect(reread.state, preset.id).toEqual(state);
      const result = scenario.run(state);
      expect(scenario.summarise(state, result), preset.id).toMatch(/^\S.*[.!?]$/s);
      for (const m of scenario.metrics) {
        const value = m.read(result);
        if (Number.isFinite(value)) expect(m.format(value), `${preset.id}: ${m.id}`).not.toMatch(/NaN|Infinity|^-0|undefined/);
      }
    }
  });

  it('runs any state its link can hold, the same way twice', { timeout: 60_000 }, () => {
    // Kept small for speed: the model's own property tests cover its ranges; this checks the contract.
    fc.assert(
      fc.property(arbitraryState(scenario.schema), (state) => {
        const small = { ...state, ...('window' in scenario.schema ? { window: 1 } : {}) };
        const a = scenario.run(small);
        expect(scenario.summarise(small, a)).not.toMatch(/NaN|undefined/);
        expect(scenario.metrics.map((m) => m.read(a))).toEqual(scenario.metrics.map((m) => m.read(scenario.run(small))));
      }),
      { numRuns: 15 },
    );
  });

  it('writes each preset’s shortest link as the preset alone, and it reopens the preset', () => {
    for (const preset of scenario.presets) {
      const state = presetState(scenario.schema, preset);
      const query = shortestQuery(scenario.schema, scenario.presets, state);
      const reread = readScenarioLink(scenario.schema, scenario.presets, query);
      expect(reread.notices, preset.id).toEqual([]);
      expect(reread.state, preset.id).toEqual(state);
      // Two presets may share values; the link then names the first, which reopens the same state.
      expect(query, preset.id).toMatch(/^preset=[a-z0-9-]+$/);
    }
  });

  it('writes a shortest link that reopens any state exactly, from any page’s starting preset', { timeout: 60_000 }, () => {
    const startingPreset = fc.option(fc.constantFrom(...scenario.presets.map((p) => p.id)), { nil: undefined });
    fc.assert(
      fc.property(arbitraryState(scenario.schema), startingPreset, (state, pageStart) => {
        const query = shortestQuery(scenario.schema, scenario.presets, state);
        const reread = readScenarioLink(scenario.schema, scenario.presets, query, pageStart);
        expect(reread.notices).toEqual([]);
        expect(reread.state).toEqual(state);
        // No preset needs fewer overrides than the one the link names.
        const overrides = [...new URLSearchParams(query).keys()].filter((k) => k !== 'preset').length;
        const fewest = Math.min(...scenario.presets.map((p) => differingFields(scenario, state, presetState(scenario.schema, p))));
        expect(overrides).toBe(fewest);
      }),
      { numRuns: 200 },
    );
  });

  it('clamps hostile values (other bases, bidi controls, durations past the platform limit) and says so', () => {
    const hostile = new URLSearchParams();
    for (const [name, field] of Object.entries(scenario.schema)) {
      if (field.kind === 'number') hostile.set(name, name.length % 2 ? '0x10' : '1e308');
      else hostile.set(name, `\u202Eevil${name}\u202C`);
    }
    const { state, notices } = parseScenario(scenario.schema, hostile);
    expect(notices.map((n) => n.param).sort()).toEqual(Object.keys(scenario.schema).sort());
    for (const n of notices) expect(n.message).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    for (const [name, field] of Object.entries(scenario.schema)) {
      const value = (state as Record<string, unknown>)[name];
      if (field.kind === 'number') expect(value as number, name).toBeLessThanOrEqual(field.max);
    }
  });
});
