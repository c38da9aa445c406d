import { describe, expect, it } from 'vitest';
import { EC2_INSTANCE_TYPES } from './aws-ec2';
import { explorerPriceSources } from './price-sources';

describe("the cost explorer's closing note: every price with its source and date", () => {
  const rows = explorerPriceSources();

  it('names a public page and an ISO date for every price', () => {
    for (const r of rows) {
      expect(r.source.url).toMatch(/^https:\/\//);
      expect(r.source.title.length).toBeGreaterThan(5);
      expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.price).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('covers every instance on the menu, and writes tiers as learners read them', () => {
    for (const t of EC2_INSTANCE_TYPES) expect(rows.map((r) => r.item)).toContain(`EC2 ${t}, on demand`);
    expect(rows.find((r) => r.item === 'Lambda requests')?.price).toBe('$0.20 per million');
    expect(rows.find((r) => r.item === 'Lambda duration, x86')?.price).toBe(
      '$0.0000166667 per GB-s (0 to 6 billion GB-s); $0.000015 per GB-s (6 billion to 15 billion GB-s); $0.0000133334 per GB-s (above 15 billion GB-s)',
    );
    expect(rows.find((r) => r.item === 'API Gateway HTTP API')?.price).toBe('$1.00 per million (0 to 300 million); $0.90 per million (above 300 million)');
  });
});
