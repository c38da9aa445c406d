import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLessons } from '@/lib/content/lessons';
import { coverage } from './coverage';

/**
 * The syllabus is the five source notes in ../shared/seeds. content/coverage.ts maps each of their
 * sections to the lesson heading that teaches it; these checks fail when a mapped heading is renamed
 * or removed, or when a mapped section is not in the note it claims to come from.
 */
const seedsDir = path.resolve(process.cwd(), '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
const lessons = new Map(getLessons().map((l) => [l.slug, l]));
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('the coverage map', () => {
  it('maps all five source notes', () => {
    expect(coverage.map((n) => n.note).sort()).toHaveLength(5);
  });

  it.each(coverage.flatMap((n) => n.sections.map((s) => [`${n.note}: ${s.section}`, s] as const)))(
    '%s is taught at a lesson heading that exists',
    (_label, s) => {
      for (const place of s.taughtIn) {
        const lesson = lessons.get(place.lesson);
        expect(lesson, `no lesson "${place.lesson}"`).toBeDefined();
        const anchors = [...lesson!.toc.map((t) => t.id), 'key-takeaways'];
        expect(anchors, `no heading #${place.heading} in ${place.lesson}`).toContain(place.heading);
      }
      expect(s.taughtIn.length).toBeGreaterThan(0);
    },
  );
});

// The notes live beside the project (../shared/seeds), as on every machine here; elsewhere the
// section titles cannot be checked against them, which the title of this group says.
describe.runIf(haveSeeds)('the coverage map against the notes themselves', () => {
  it.each(coverage.map((n) => [n.note, n] as const))('every section listed for %s is in that note', (_n, note) => {
    const text = squash(fs.readFileSync(path.join(seedsDir, note.note), 'utf8'));
    const missing = note.sections.filter((s) => !text.includes(squash(s.section))).map((s) => s.section);
    expect(missing).toEqual([]);
  });

  it('lists every note in the seeds folder', () => {
    expect(coverage.map((n) => n.note).sort()).toEqual(fs.readdirSync(seedsDir).sort());
  });
});
