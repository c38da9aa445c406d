import { describe, expect, it } from 'vitest';
import { cheatSheet } from '@/content/cheat-sheet';
import { getLessons } from '@/lib/content/lessons';
import { facts } from '@/lib/data/facts';
import { factIdsIn, figuresBySource, provenanceProblems } from '@/lib/data/facts/age';

/**
 * Every figure carries where it comes from and the day it was checked. These checks fail on a fact
 * with no source or no date, never on the calendar: an old date is a reason to re-check
 * (`npm run facts:age`), not a failing build.
 */
describe('every figure the course quotes', () => {
  it('names its source (a title and an https address) and the date it was checked', () => {
    const problems = Object.entries(facts).flatMap(([id, e]) => provenanceProblems(id, e));
    expect(problems).toEqual([]);
  });
});

describe.each(getLessons().map((l) => [l.file, l] as const))('%s', (_file, lesson) => {
  it('lists every figure it quotes in its sources section, with the page and the date it was checked', () => {
    const quoted = factIdsIn(lesson.body);
    const listed = figuresBySource(quoted, facts).flatMap((g) => g.figures.map((f) => facts[f.id as keyof typeof facts].text));
    for (const id of quoted) expect(listed, id).toContain(facts[id as keyof typeof facts].text);
  });
});

describe('the cheat sheet', () => {
  it('shows only figures that carry a source and a date', () => {
    const rows = cheatSheet.flatMap((s) => s.rows);
    expect(rows.flatMap((r) => provenanceProblems(r.fact, facts[r.fact]))).toEqual([]);
  });
});
