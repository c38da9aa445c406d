import { describe, expect, it } from 'vitest';
import { enumField, numberField } from './fields';
import { hasScenarioParams, readScenarioLink, shortestQuery } from './link';
import type { Preset } from './presets';

const schema = {
  runtime: enumField({ label: 'Runtime', default: 'nodejs', options: [
    { value: 'nodejs', label: 'Node.js' },
    { value: 'java', label: 'Java' },
  ] }),
  memory: numberField({ label: 'Memory', min: 128, max: 10240, step: 1, default: 512, unit: 'MB', integer: true }),
  rps: numberField({ label: 'Rate', min: 0.01, max: 10000, step: 0.01, default: 10, unit: 'requests/s' }),
};
const presets: Preset<typeof schema>[] = [
  { id: 'small', label: 'Small', description: 'A small function.', values: { memory: 128 } },
  { id: 'java-api', label: 'Java API', description: 'A Java API under load.', values: { runtime: 'java', memory: 2048, rps: 500 } },
];

describe('a short link: a preset, and what differs from it', () => {
  it('?preset= opens that preset, with no notice', () => {
    expect(readScenarioLink(schema, presets, 'preset=java-api')).toEqual({ state: { runtime: 'java', memory: 2048, rps: 500 }, notices: [], presetId: 'java-api' });
  });

  it('any other parameter overrides the preset', () => {
    expect(readScenarioLink(schema, presets, 'preset=java-api&rps=20').state).toEqual({ runtime: 'java', memory: 2048, rps: 20 });
  });

  it('an unknown preset says so and starts from the page’s own preset, or the defaults', () => {
    const onPage = readScenarioLink(schema, presets, 'preset=java-snapstart&rps=20', 'small');
    expect(onPage.state).toEqual({ runtime: 'nodejs', memory: 128, rps: 20 });
    expect(onPage.notices).toHaveLength(1);
    expect(onPage.notices[0]!.message).toBe('Scenario (preset): there is no scenario called "java-snapstart"; starting from “Small”.');
    expect(readScenarioLink(schema, presets, 'preset=nope').notices[0]!.message).toMatch(/starting from the default scenario\.$/);
  });

  it('with no preset named, the page’s own preset is the base', () => {
    expect(readScenarioLink(schema, presets, 'rps=3', 'java-api').state).toEqual({ runtime: 'java', memory: 2048, rps: 3 });
    expect(readScenarioLink(schema, presets, '', 'java-api').state).toEqual({ runtime: 'java', memory: 2048, rps: 500 });
  });

  it('the shortest link names the preset that needs the fewest overrides', () => {
    expect(shortestQuery(schema, presets, { runtime: 'java', memory: 2048, rps: 500 })).toBe('preset=java-api');
    expect(shortestQuery(schema, presets, { runtime: 'java', memory: 2048, rps: 7 })).toBe('preset=java-api&rps=7');
    expect(shortestQuery(schema, presets, { runtime: 'nodejs', memory: 512, rps: 10 })).toBe('preset=small&memory=512');
    expect(shortestQuery(schema, [], { runtime: 'nodejs', memory: 512, rps: 10 })).toBe('');
  });

  it('a preset named in a link counts as a scenario, so the page keeps the link', () => {
    expect(hasScenarioParams(schema, 'preset=small')).toBe(true);
    expect(hasScenarioParams(schema, 'utm_source=x')).toBe(false);
  });
});
