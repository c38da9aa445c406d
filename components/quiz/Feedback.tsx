'use client';

import Link from 'next/link';
import type { Ref } from 'react';
import type { Grade } from '@/lib/quiz/grade';
import type { Question, QuizResponse } from '@/lib/quiz/types';
import { AnswerReview } from './AnswerReview';
import styles from './Quiz.module.css';

interface Props {
  question: Question;
  response: QuizResponse;
  grade: Grade;
  /** "Cold starts: SnapStart", for the link to the lesson section. */
  sectionTitle: string;
  ref?: Ref<HTMLElement>;
}

/**
 * What a learner sees after "Check answer": the verdict in words and a symbol (never colour
 * alone), every option with its reason, and the lesson section to read again. Focus moves here
 * so a screen reader reads the verdict at once.
 */
export function Feedback({ question, response, grade, sectionTitle, ref }: Props) {
  const { right, total } = grade.parts;
  const headingId = `${question.id}-verdict`;
  return (
    <section ref={ref} tabIndex={-1} className={styles.feedback} aria-labelledby={headingId} data-testid="quiz-feedback" data-correct={grade.correct}>
      <h3 id={headingId} className={`${styles.verdict} ${grade.correct ? styles.right : styles.wrong}`}>
        <span className={styles.verdictIcon} aria-hidden="true">
          {grade.correct ? '✓' : '✗'}
        </span>
        {grade.correct ? 'Right' : 'Not quite'}
        {total > 1 ? <span className="muted">{` · ${right} of ${total} right`}</span> : null}
      </h3>
      <AnswerReview question={question} response={response} />
      <p className={styles.readAgain}>
        {grade.correct ? 'Read more: ' : 'Read again: '}
        <Link href={`/lessons/${question.lesson.lesson}#${question.lesson.section}`} data-testid="quiz-lesson-link">
          {sectionTitle}
        </Link>
      </p>
    </section>
  );
}
