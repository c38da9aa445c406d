import Link from 'next/link';
import { LessonCheck } from '@/components/quiz/LessonCheck';
import styles from '@/components/quiz/Quiz.module.css';
import { quizPageData, simulatorQuestionViews, validatedBank } from '@/content/quiz/server';

export const QUIZ_CHECK_MIN = 3;
export const QUIZ_CHECK_MAX = 5;

/**
 * `<QuizCheck ids={['cs-warm-pings', …]} />` at the end of a lesson: 3 to 5 questions from the
 * quiz bank, answered in place with the same feedback as the quiz page. Only these questions are
 * sent to the browser, not the bank. An unknown id, or too few or too many, fails the build.
 */
export function QuizCheck({ ids }: { ids: string[] }) {
  if (!Array.isArray(ids) || ids.length < QUIZ_CHECK_MIN || ids.length > QUIZ_CHECK_MAX) {
    throw new Error(`<QuizCheck>: give ${QUIZ_CHECK_MIN} to ${QUIZ_CHECK_MAX} question ids, not ${JSON.stringify(ids)}`);
  }
  const bank = validatedBank();
  const questions = ids.map((id) => {
    const q = bank.find((x) => x.id === id);
    if (!q) throw new Error(`<QuizCheck>: no question "${id}" in content/quiz`);
    return q;
  });
  const { sectionTitles } = quizPageData();
  const titles = Object.fromEntries(questions.map((q) => `${q.lesson.lesson}#${q.lesson.section}`).map((k) => [k, sectionTitles[k] ?? k]));
  return (
    <section className={`${styles.checkSection} no-print`} aria-labelledby="quiz-check-title" data-testid="quiz-lesson-check">
      <h2 id="quiz-check-title">Check your understanding</h2>
      <p className="ui muted">
        {questions.length} questions from the <Link href="/quiz">quiz</Link>. Each answer is explained, and counts towards your mastery.
      </p>
      <noscript>
        <p className={styles.notice}>These questions need JavaScript to mark your answers.</p>
      </noscript>
      <LessonCheck questions={questions} sectionTitles={titles} simulatorQuestions={simulatorQuestionViews(questions)} />
    </section>
  );
}
