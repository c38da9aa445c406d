import { describe, expect, it } from 'vitest';
import { lessonComponents } from '@/components/mdx';
import { cheatSheet } from '@/content/cheat-sheet';
import { glossary } from '@/content/glossary';
import { getLessons } from '@/lib/content/lessons';
import { isFactId } from '@/lib/data/facts';
import { findSimulator } from '@/lib/simulators/catalog';

const lessons = getLessons();
const bySlug = new Map(lessons.map((l) => [l.slug, l]));

/** The MDX body without fenced code and {/* comments *\/}, so examples and notes are not checked as tags. */
const prose = (body: string) => body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
const tagsIn = (body: string) => [...prose(body).matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!);
const attrValues = (body: string, tag: string, attr: string) =>
  [...prose(body).matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('the course outline', () => {
  it('has at least one lesson, and every lesson file has valid frontmatter', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it('numbers the lessons 1, 2, 3 … with no gap and no repeat, so every lesson is in the outline once', () => {
    expect(lessons.map((l) => l.order)).toEqual(lessons.map((_, i) => i + 1));
  });

  it('gives every lesson a unique slug and title', () => {
    expect(new Set(lessons.map((l) => l.slug)).size).toBe(lessons.length);
    expect(new Set(lessons.map((l) => l.title)).size).toBe(lessons.length);
  });
});

describe.each(lessons.map((l) => [l.file, l] as const))('%s', (_file, lesson) => {
  it('uses only the components registered for lessons', () => {
    const known = new Set(Object.keys(lessonComponents));
    const unknown = tagsIn(lesson.body).filter((t) => !known.has(t));
    expect(unknown, `not in components/mdx/index.tsx: ${unknown.join(', ')}`).toEqual([]);
  });

  it('quotes figures only through facts that exist', () => {
    const missing = attrValues(lesson.body, 'Fact', 'id').filter((id) => !isFactId(id));
    expect(missing, `unknown <Fact id>: ${missing.join(', ')}`).toEqual([]);
  });

  it('links only to glossary terms that exist', () => {
    const ids = new Set(glossary.map((t) => t.id));
    const missing = attrValues(lesson.body, 'Term', 'id').filter((id) => !ids.has(id));
    expect(missing, `unknown <Term id>: ${missing.join(', ')}`).toEqual([]);
  });

  it('links every glossary term it teaches to the glossary, at its first use', () => {
    const linked = new Set(attrValues(lesson.body, 'Term', 'id'));
    const unlinked = glossary.filter((t) => t.lesson === lesson.slug && !linked.has(t.id)).map((t) => t.id);
    expect(unlinked, `terms taught here but never wrapped in <Term>: ${unlinked.join(', ')}`).toEqual([]);
  });

  it('embeds only simulators that exist, each opening one of its own presets', () => {
    const missing = attrValues(lesson.body, 'Simulator', 'id').filter((id) => !findSimulator(id));
    expect(missing).toEqual([]);
    for (const [, id, preset] of prose(lesson.body).matchAll(/<Simulator\b[^>]*\bid="([^"]*)"[^>]*\bpreset="([^"]*)"/g)) {
      expect(findSimulator(id!)?.scenario.presets.map((p) => p.id), `<Simulator id="${id}" preset="${preset}">`).toContain(preset);
    }
  });

  it('links only to lessons and sections that exist', () => {
    const links = [...prose(lesson.body).matchAll(/\]\(\/lessons\/([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)];
    for (const [, slug, anchor] of links) {
      const target = bySlug.get(slug!);
      expect(target, `link to missing lesson /lessons/${slug}`).toBeDefined();
      if (anchor) expect(target!.toc.map((t) => t.id), `missing #${anchor} in ${slug}`).toContain(anchor);
    }
  });

  it('opens with learning objectives and closes with key takeaways', () => {
    expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
    expect(lesson.body).toContain('<KeyTakeaways>');
  });
});

describe('the glossary', () => {
  it('points every term at a lesson that exists', () => {
    const broken = glossary.filter((t) => t.lesson && !bySlug.has(t.lesson)).map((t) => t.term);
    expect(broken).toEqual([]);
  });

  it('has no two terms with the same anchor', () => {
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });
});

describe('the cheat sheet', () => {
  it('links every figure to a lesson that exists', () => {
    const broken = cheatSheet.flatMap((s) => s.rows).filter((r) => !bySlug.has(r.lesson)).map((r) => r.label);
    expect(broken).toEqual([]);
  });
});
