import { questionKinds, type Question, type QuestionKind, type Topic } from './types';

export interface BankSummary {
  total: number;
  byTopic: { topic: Topic; count: number }[];
  byKind: { kind: QuestionKind; count: number }[];
}

/** How many questions the bank holds, per topic and per kind (the quiz page states it). */
export function summariseBank(questions: readonly Question[], topics: readonly Topic[]): BankSummary {
  return {
    total: questions.length,
    byTopic: topics.map((topic) => ({ topic, count: questions.filter((q) => q.topic === topic.id).length })),
    byKind: questionKinds.map((kind) => ({ kind, count: questions.filter((q) => q.kind === kind).length })),
  };
}

/** "slug#section" -> "Lesson title: Section heading", for every section the bank links to. */
export function sectionTitlesFor(
  questions: readonly Question[],
  lessons: readonly { slug: string; title: string; toc: readonly { id: string; text: string }[] }[],
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const q of questions) {
    const key = `${q.lesson.lesson}#${q.lesson.section}`;
    const lesson = lessons.find((l) => l.slug === q.lesson.lesson);
    const section = lesson?.toc.find((t) => t.id === q.lesson.section);
    if (lesson) titles[key] = section ? `${lesson.title}: ${section.text}` : lesson.title;
  }
  return titles;
}
