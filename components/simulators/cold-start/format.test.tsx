import { describe, expect, it } from 'vitest';
import { presetState } from '@/lib/url-state';
import { coldStartSchema } from './definition';
import { count, formatUsd, formatValue, scenarioDifferences } from './format';

describe('how the cold-start view writes values', () => {
  it('writes dollars without rounding a small bill to zero or into exponents', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(2e-7)).toBe('$0.0000002');
    expect(formatUsd(0.00876)).toBe('$0.0088');
    expect(formatUsd(0.4123)).toBe('$0.412');
    expect(formatUsd(1445.61)).toBe('$1,445.61');
    expect(formatUsd(Number.NaN)).toBe('$0');
  });

  it('writes a value as its control shows it', () => {
    expect(formatValue(coldStartSchema, 'runtime', 'java-snapstart')).toBe('Java with SnapStart');
    expect(formatValue(coldStartSchema, 'vpc', true)).toBe('yes');
    expect(formatValue(coldStartSchema, 'rps', 0.0000116)).toBe('0.0000116 requests/s');
    expect(count(1, 'environment', 'environments')).toBe('1 environment');
    expect(count(1200, 'environment', 'environments')).toBe('1,200 environments');
  });

  it('names what a pinned scenario changed, and nothing else', () => {
    const was = presetState(coldStartSchema);
    expect(scenarioDifferences(coldStartSchema, was, was)).toEqual([]);
    expect(scenarioDifferences(coldStartSchema, was, { ...was, runtime: 'java', provisioned: 4 })).toEqual([
      'Runtime: Node.js (now Java)',
      'Provisioned concurrency: 0 environments (now 4 environments)',
    ]);
  });
});
