import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanField, enumField, numberField, parseScenario, serializeScenario, defaultState, NOTICE_VALUE_MAX } from './index';

const schema = {
  runtime: enumField({ label: 'Runtime', default: 'nodejs', options: [
    { value: 'nodejs', label: 'Node.js' },
    { value: 'java', label: 'Java' },
  ] }),
  memory: numberField({ label: 'Memory', min: 128, max: 10240, step: 1, default: 512, unit: 'MB', integer: true }),
  rps: numberField({ label: 'Rate', min: 0.01, max: 10000, step: 0.01, default: 10, unit: 'requests/s', scale: 'log' }),
  vpc: booleanField({ label: 'VPC', default: false }),
  duration: numberField({ label: 'Handler time', min: 1, max: 900_000, step: 1, default: 200, unit: 'ms', maxNote: 'Lambda’s timeout limit (15 min)' }),
};

describe('reading a shared link', () => {
  it('a link with no parameters gives the defaults and no notice', () => {
    const { state, notices } = parseScenario(schema, '');
    expect(state).toEqual(defaultState(schema));
    expect(notices).toEqual([]);
  });

  it('a hostile link is clamped or defaulted, and every change is reported', () => {
    const { state, notices } = parseScenario(schema, 'memory=-5&rps=1e12&runtime=cobol&vpc=maybe');
    expect(state).toEqual({ runtime: 'nodejs', memory: 128, rps: 10000, vpc: false, duration: 200 });
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
    expect(state).toEqual({ runtime: 'java', memory: 1024, rps: 0.5, vpc: false, duration: 200 });
  });
});

describe('links from a hostile or unlucky sender', () => {
  it('numbers are decimal only: hex, binary and octal are refused with a notice, scientific notation is read', () => {
    const { state, notices } = parseScenario(schema, 'memory=0x400&rps=0b11&duration=0o17');
    expect(state).toMatchObject({ memory: 512, rps: 10, duration: 200 });
    expect(notices.map((n) => n.message)).toEqual([
      'Memory (memory): "0x400" is not a decimal number; using 512 MB.',
      'Rate (rps): "0b11" is not a decimal number; using 10 requests/s.',
      'Handler time (duration): "0o17" is not a decimal number; using 200 ms.',
    ]);
    expect(parseScenario(schema, 'memory=1e3&rps=2.5E-1&duration=.5e3').state).toMatchObject({ memory: 1000, rps: 0.25, duration: 500 });
    expect(parseScenario(schema, 'memory=1_000').notices[0]?.message).toMatch(/is not a number/);
  });

  it('a duration past its platform limit is capped there, and the notice says which limit', () => {
    const { state, notices } = parseScenario(schema, 'duration=1e12');
    expect(state.duration).toBe(900_000);
    expect(notices[0]?.message).toBe('Handler time (duration): 1e12 is above Lambda’s timeout limit (15 min); using 900,000 ms.');
  });

  it('a notice never carries direction overrides or invisible controls, and quotes the value apart from the sentence', () => {
    const sneaky = 'abc\u202Edeifirev knil\u202C\u2066x\u0000\u001b\u0085\u200F';
    const [notice] = parseScenario(schema, new URLSearchParams({ runtime: sneaky })).notices;
    expect(notice!.message).toBe('Runtime (runtime): "abcdeifirev knilx" is not a choice here; using Node.js.');
    expect(notice!.message).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u001F\u007F-\u009F]/);
    expect(notice!.quoted).toEqual({ before: 'Runtime (runtime): "', value: 'abcdeifirev knilx', after: '" is not a choice here; using Node.js.' });
  });

  it('a long value is cut by code point, never leaving half of a surrogate pair, and a lone surrogate becomes U+FFFD', () => {
    const emoji = '\u{1F600}'.repeat(40);
    const value = parseScenario(schema, new URLSearchParams({ runtime: emoji })).notices[0]!.quoted!.value;
    expect(Array.from(value)).toHaveLength(NOTICE_VALUE_MAX + 1);
    expect(value.endsWith('\u{1F600}…')).toBe(true);
    expect(value).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    // URLSearchParams would turn a lone surrogate into U+FFFD itself; a query object given directly may still hold one.
    const lone = parseScenario(schema, { get: (name: string) => (name === 'runtime' ? 'a\uD800b' : null) } as URLSearchParams).notices[0]!.quoted!.value;
    expect(lone).toBe('a\uFFFDb');
  });

  it('-0 reads as 0, never "-0"', () => {
    const zeroable = { n: numberField({ label: 'N', min: 0, max: 10, step: 1, default: 5 }) };
    expect(Object.is(parseScenario(zeroable, 'n=-0').state.n, 0)).toBe(true);
    expect(Object.is(parseScenario(zeroable, 'n=-0.0e5').state.n, 0)).toBe(true);
  });
});

describe('url-state properties', () => {
  const anyQuery = fc.dictionary(
    fc.constantFrom('runtime', 'memory', 'rps', 'vpc', 'duration', 'other'),
    fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('', 'NaN', '-Infinity', '1e999')),
  );

  it('any query gives a state inside the schema, with finite numbers', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(anyQuery, (dict) => {
        const { state } = parseScenario(schema, new URLSearchParams(dict));
        expect(Number.isFinite(state.memory) && state.memory >= 128 && state.memory <= 10240).toBe(true);
        expect(Number.isInteger(state.memory)).toBe(true);
        expect(Number.isFinite(state.rps) && state.rps >= 0.01 && state.rps <= 10000).toBe(true);
        expect(['nodejs', 'java']).toContain(state.runtime);
        expect(typeof state.vpc).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('a copied link reopens exactly the same scenario, with no notice', { timeout: 30_000 }, () => {
    const anyState = fc.record({
      runtime: fc.constantFrom('nodejs' as const, 'java' as const),
      memory: fc.integer({ min: 128, max: 10240 }),
      rps: fc.double({ min: 0.01, max: 10000, noNaN: true }).map((x) => Number(x.toPrecision(12))),
      vpc: fc.boolean(),
      duration: fc.integer({ min: 1, max: 900_000 }),
    });
    fc.assert(
      fc.property(anyState, (state) => {
        const reread = parseScenario(schema, serializeScenario(schema, state));
        expect(reread.notices).toEqual([]);
        expect(reread.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
