import { getLessons } from '@/lib/content/lessons';
import { sectionTitlesFor, summariseBank } from '@/lib/quiz/bank-summary';
import { assertValidBank } from '@/lib/quiz/schema';
import { simulatorQuestionView, type SimulatorQuestionView } from '@/lib/quiz/simulators';
import type { Question, SimulatorQuestion } from '@/lib/quiz/types';
import { quizBank, quizTopics } from '.';

/**
 * The bank as the server renders it (the quiz page, lesson checks, the course home). Building
 * this validates the bank, so `next build` fails on a question that breaks the schema or links
 * to a lesson section that does not exist.
 */
let checked = false;
export function validatedBank() {
  if (!checked) {
    const lessons = getLessons();
    assertValidBank(quizBank, quizTopics, lessons.map((l) => ({ slug: l.slug, sectionIds: l.toc.map((t) => t.id) })));
    checked = true;
  }
  return quizBank;
}

export function quizPageData() {
  const bank = validatedBank();
  return {
    topics: quizTopics.map(({ id, label, summary }) => ({ id, label, summary })),
    index: bank.map(({ id, topic, difficulty, kind }) => ({ id, topic, difficulty, kind })),
    summary: summariseBank(bank, quizTopics),
    sectionTitles: sectionTitlesFor(bank, getLessons()),
    simulatorQuestions: simulatorQuestionViews(bank),
  };
}

/** What the quiz shows about each simulator question (titles, labels, formatted figures), by question id. */
export function simulatorQuestionViews(questions: readonly Question[]): Record<string, SimulatorQuestionView> {
  const simulator = questions.filter((q): q is SimulatorQuestion => q.kind === 'simulator');
  return Object.fromEntries(simulator.map((q) => [q.id, simulatorQuestionView(q)]));
}
