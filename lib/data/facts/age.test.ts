import { describe, expect, it } from 'vitest';
import { sourced } from '../sourced';
import { factIdsIn, factsByAge, figureAbout, figuresBySource, isIsoDate, provenanceProblems } from './age';
import { entry, type FactEntry } from './entry';

const page = (title: string) => ({ title, url: `https://example.com/${title.toLowerCase()}` });
const fact = (value: number, asOf: string, title = 'Pricing'): FactEntry => entry(sourced(value, 'USD', page(title), asOf), (v) => `$${v}`);

describe('how old each figure is', () => {
  const entries = { newer: fact(1, '2026-11-22'), oldest: fact(2, '2025-12-21', 'Benchmark'), alsoNew: fact(3, '2026-11-22') };

  it('lists the oldest check first, so the re-check list starts where it matters most', () => {
    expect(factsByAge(entries, '2026-12-08').map((f) => f.id)).toEqual(['oldest', 'alsoNew', 'newer']);
  });

  it('counts whole days from the check to the day given, never reading the clock', () => {
    const ages = Object.fromEntries(factsByAge(entries, '2026-12-08').map((f) => [f.id, f.daysOld]));
    expect(ages).toEqual({ oldest: 352, alsoNew: 16, newer: 16 });
    expect(factsByAge(entries, '2030-01-01').find((f) => f.id === 'newer')!.daysOld).toBe(1136);
  });

  it('refuses a "today" that is not a date rather than printing nonsense ages', () => {
    expect(() => factsByAge(entries, 'yesterday')).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe('a figure’s provenance', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('22 November 2026')).toBe(false);
  });

  it('names a missing date or source in words', () => {
    const undated = entry(sourced(1, 'ms', page('Guide'), ''), String);
    const unsourced = entry(sourced(1, 'ms', { title: '', url: 'example.com' }, '2026-12-08'), String);
    expect(provenanceProblems('x.undated', undated)).toEqual(['x.undated: "" is not the YYYY-MM-DD date it was checked']);
    expect(provenanceProblems('x.unsourced', unsourced)).toEqual(['x.unsourced: its source has no title', 'x.unsourced: its source has no https address']);
    expect(provenanceProblems('x.fine', fact(1, '2026-12-08'))).toEqual([]);
  });
});

describe('a lesson’s figures, by source', () => {
  const entries = { a: fact(1, '2026-11-22'), b: fact(2, '2026-11-22'), c: fact(3, '2025-12-21', 'Benchmark'), d: fact(1, '2026-11-22') };

  it('finds the facts a lesson quotes, outside code blocks, once each', () => {
    const mdx = 'Costs <Fact id="a" /> and <Fact id="c" />.\n\n```mdx\n<Fact id="b" />\n```\n\nAgain <Fact id="a" />.';
    expect(factIdsIn(mdx)).toEqual(['a', 'c']);
  });

  it('says what a figure measures when its data says so in words, and nothing for a bare unit', () => {
    const described = entry(sourced(1024, 'KB, the largest SQS message', page('Quotas'), '2026-12-08'), String);
    const computedExample = entry(sourced(35, 'USD', page('Pricing'), '2026-12-08', 'Computed from lib/pricing (us-east-1): 10 million REST calls'), String);
    const phrase = entry(sourced(3, 'environments kept running by default', page('Guide'), '2026-12-08'), String);
    expect(figureAbout(described.fact)).toBe('the largest SQS message');
    expect(figureAbout(computedExample.fact)).toBe('10 million REST calls');
    expect(figureAbout(phrase.fact)).toBe('environments kept running by default');
    expect(figureAbout(fact(1, '2026-12-08').fact)).toBeUndefined();
  });

  it('groups figures under the page and the day they were checked, without repeating a figure', () => {
    const groups = figuresBySource(['a', 'b', 'c', 'd', 'missing'], entries);
    expect(groups.map((g) => [g.source.title, g.asOf, g.figures.map((f) => f.text)])).toEqual([
      ['Benchmark', '2025-12-21', ['$3']],
      ['Pricing', '2026-11-22', ['$1', '$2']],
    ]);
  });
});
