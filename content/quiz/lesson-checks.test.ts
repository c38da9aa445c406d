import { describe, expect, it } from 'vitest';
import { QUIZ_CHECK_MAX, QUIZ_CHECK_MIN } from '@/components/mdx/QuizCheck';
import { getLessons } from '@/lib/content/lessons';
import { quizBank } from '.';

/**
 * The checks that close each lesson, read from the lessons' own `<QuizCheck ids={[…]} />`: the one
 * place their ids are written (there is no second list to keep in step).
 */
const lessons = getLessons();
const checksIn = (body: string) =>
  [...body.matchAll(/<QuizCheck\s+ids=\{\[([^\]]*)\]\}/g)].map(([, list]) => [...list!.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!));

describe('lesson checks', () => {
  it('closes every lesson with exactly one check', () => {
    expect(lessons.filter((l) => checksIn(l.body).length !== 1).map((l) => l.slug)).toEqual([]);
  });

  it.each(lessons.map((l) => [l.slug, checksIn(l.body)[0] ?? []] as const))(
    '%s: 3 to 5 different questions that exist, test that lesson and mix at least two kinds',
    (slug, ids) => {
      expect(ids.length).toBeGreaterThanOrEqual(QUIZ_CHECK_MIN);
      expect(ids.length).toBeLessThanOrEqual(QUIZ_CHECK_MAX);
      expect(new Set(ids).size).toBe(ids.length);
      const questions = ids.map((id) => quizBank.find((q) => q.id === id));
      expect(ids.filter((_, i) => !questions[i]), 'ids not in the bank').toEqual([]);
      for (const q of questions) expect(q!.lesson.lesson, q!.id).toBe(slug);
      expect(new Set(questions.map((q) => q!.kind)).size).toBeGreaterThanOrEqual(2);
    },
  );
});
