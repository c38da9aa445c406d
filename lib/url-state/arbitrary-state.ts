import fc from 'fast-check';
import type { Field, ScenarioSchema, ScenarioState } from './fields';

/**
 * Test support: any state a schema allows, for property tests of models, links and the registry.
 * Numbers keep 12 significant figures, as a link writes them (encodeNumber), so a state survives
 * the trip through a URL unchanged. Only tests import this (it brings in fast-check).
 */
function arbitraryValue(field: Field): fc.Arbitrary<unknown> {
  if (field.kind === 'boolean') return fc.boolean();
  if (field.kind === 'enum') return fc.constantFrom(...field.options.map((o) => o.value));
  if (field.integer) return fc.integer({ min: Math.ceil(field.min), max: Math.floor(field.max) });
  return fc
    .double({ min: field.min, max: field.max, noNaN: true })
    .map((x) => Math.min(field.max, Math.max(field.min, Number(x.toPrecision(12)))))
    .map((x) => (x === 0 ? 0 : x)); // never -0, which a link cannot tell from 0
}

export function arbitraryState<S extends ScenarioSchema>(
  schema: S,
  overrides: { [K in keyof S]?: fc.Arbitrary<ScenarioState<S>[K]> } = {},
): fc.Arbitrary<ScenarioState<S>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, field] of Object.entries(schema)) fields[name] = (overrides as Record<string, fc.Arbitrary<unknown>>)[name] ?? arbitraryValue(field);
  return fc.record(fields) as fc.Arbitrary<ScenarioState<S>>;
}
