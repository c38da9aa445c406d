import { describe, expect, it } from 'vitest';
import { QUIZ_CHECK_MAX, QUIZ_CHECK_MIN } from '@/components/mdx/QuizCheck';
import { getLessons } from '@/lib/content/lessons';
import { quizBank } from '.';
import { lessonChecks } from './lesson-checks';

describe('lesson checks', () => {
  it('recommends a check for every lesson', () => {
    expect(getLessons().map((l) => l.slug).filter((slug) => !lessonChecks[slug])).toEqual([]);
  });

  it.each(Object.entries(lessonChecks))('%s: 3 to 5 questions that exist, test that lesson and are all different', (slug, ids) => {
    expect(ids.length).toBeGreaterThanOrEqual(QUIZ_CHECK_MIN);
    expect(ids.length).toBeLessThanOrEqual(QUIZ_CHECK_MAX);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const q = quizBank.find((x) => x.id === id);
      expect(q, `no question ${id}`).toBeDefined();
      expect(q!.lesson.lesson, id).toBe(slug);
    }
  });

  it('mixes at least two kinds of question in each check', () => {
    for (const [slug, ids] of Object.entries(lessonChecks)) {
      const kinds = new Set(ids.map((id) => quizBank.find((q) => q.id === id)?.kind));
      expect(kinds.size, slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('lesson tags use only question ids from the bank', () => {
    const known = new Set(quizBank.map((q) => q.id));
    for (const lesson of getLessons()) {
      for (const [, list] of lesson.body.matchAll(/<QuizCheck\s+ids=\{\[([^\]]*)\]\}/g)) {
        const ids = [...list!.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!);
        expect(ids.filter((id) => !known.has(id)), lesson.slug).toEqual([]);
      }
    }
  });
});
