import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanField, enumField, numberField, parseScenario, serializeScenario, defaultState, hasScenarioParams } from './index';

const schema = {
  runtime: enumField({ label: 'Runtime', default: 'nodejs', options: [
    { value: 'nodejs', label: 'Node.js' },
    { value: 'java', label: 'Java' },
  ] }),
  memory: numberField({ label: 'Memory', min: 128, max: 10240, step: 1, default: 512, unit: 'MB', integer: true }),
  rps: numberField({ label: 'Rate', min: 0.01, max: 10000, step: 0.01, default: 10, unit: 'requests/s', scale: 'log' }),
  vpc: booleanField({ label: 'VPC', default: false }),
};

describe('reading a shared link', () => {
  it('a link with no parameters gives the defaults and no notice', () => {
    const { state, notices } = parseScenario(schema, '');
    expect(state).toEqual(defaultState(schema));
    expect(notices).toEqual([]);
  });

  it('a hostile link is clamped or defaulted, and every change is reported', () => {
    const { state, notices } = parseScenario(schema, 'memory=-5&rps=1e12&runtime=cobol&vpc=maybe');
    expect(state).toEqual({ runtime: 'nodejs', memory: 128, rps: 10000, vpc: false });
    expect(notices.map((n) => n.param).sort()).toEqual(['memory', 'rps', 'runtime', 'vpc']);
    expect(notices.find((n) => n.param === 'memory')?.message).toMatch(/below the minimum; using 128 MB/);
  });

  it('an empty value or a word where a number belongs falls back to the default, with a notice', () => {
    const { state, notices } = parseScenario(schema, 'memory=&rps=fast');
    expect(state.memory).toBe(512);
    expect(state.rps).toBe(10);
    expect(notices).toHaveLength(2);
  });

  it('Infinity and NaN never get through', () => {
    const { state } = parseScenario(schema, 'memory=Infinity&rps=NaN');
    expect(state.memory).toBe(512);
    expect(state.rps).toBe(10);
  });

  it('integer fields are rounded and say so', () => {
    const { state, notices } = parseScenario(schema, 'memory=1769.6');
    expect(state.memory).toBe(1770);
    expect(notices[0]?.message).toMatch(/rounded/);
  });

  it('a preset is the base; the link overrides only what it names', () => {
    const { state } = parseScenario(schema, 'memory=1024', { runtime: 'java', rps: 0.5 });
    expect(state).toEqual({ runtime: 'java', memory: 1024, rps: 0.5, vpc: false });
  });

  it('knows whether a query holds a scenario at all', () => {
    expect(hasScenarioParams(schema, 'utm_source=x')).toBe(false);
    expect(hasScenarioParams(schema, 'vpc=1')).toBe(true);
  });
});

describe('url-state properties', () => {
  const anyQuery = fc.dictionary(
    fc.constantFrom('runtime', 'memory', 'rps', 'vpc', 'other'),
    fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('', 'NaN', '-Infinity', '1e999')),
  );

  it('any query gives a state inside the schema, with finite numbers', () => {
    fc.assert(
      fc.property(anyQuery, (dict) => {
        const { state } = parseScenario(schema, new URLSearchParams(dict));
        expect(Number.isFinite(state.memory) && state.memory >= 128 && state.memory <= 10240).toBe(true);
        expect(Number.isInteger(state.memory)).toBe(true);
        expect(Number.isFinite(state.rps) && state.rps >= 0.01 && state.rps <= 10000).toBe(true);
        expect(['nodejs', 'java']).toContain(state.runtime);
        expect(typeof state.vpc).toBe('boolean');
      }),
    );
  });

  it('a copied link reopens exactly the same scenario, with no notice', () => {
    const anyState = fc.record({
      runtime: fc.constantFrom('nodejs' as const, 'java' as const),
      memory: fc.integer({ min: 128, max: 10240 }),
      rps: fc.double({ min: 0.01, max: 10000, noNaN: true }).map((x) => Number(x.toPrecision(12))),
      vpc: fc.boolean(),
    });
    fc.assert(
      fc.property(anyState, (state) => {
        const reread = parseScenario(schema, serializeScenario(schema, state));
        expect(reread.notices).toEqual([]);
        expect(reread.state).toEqual(state);
      }),
    );
  });
});
