import { describe, expect, it } from 'vitest';
import { coldStartSchema } from '../sim/cold-start/schema';
import { describeValue, scenarioDifferences } from './describe';
import { presetState } from './presets';

describe('a scenario in words', () => {
  it('writes a value as its control shows it', () => {
    expect(describeValue(coldStartSchema, 'runtime', 'java-snapstart')).toBe('Java with SnapStart');
    expect(describeValue(coldStartSchema, 'vpc', true)).toBe('yes');
    expect(describeValue(coldStartSchema, 'rps', 0.0000116)).toBe('0.0000116 requests/s');
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
