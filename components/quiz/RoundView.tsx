'use client';

import { useEffect, useRef } from 'react';
import { SaveFailed } from '@/components/storage/SaveFailed';
import type { Grade } from '@/lib/quiz/grade';
import type { Question } from '@/lib/quiz/types';
import type { SaveFailure } from '@/lib/storage/messages';
import { DrillTimer } from './DrillTimer';
import { QuestionCard } from './QuestionCard';
import type { SectionTitles } from './types';
import styles from './Quiz.module.css';

export interface Session {
  mode: 'practice' | 'drill' | 'review';
  title: string;
  ids: string[];
  index: number;
  answers: { id: string; correct: boolean }[];
  /** ms since the epoch when a timed drill ends. */
  deadline?: number;
}

interface Props {
  session: Session;
  questions: ReadonlyMap<string, Question>;
  topicLabel: (topic: string) => string;
  sectionTitles: SectionTitles;
  onAnswer: (question: Question, grade: Grade) => void;
  onNext: () => void;
  onFinish: () => void;
  onPresent: (question: Question) => void;
  /** Why the latest answer was not saved, said under it. */
  saveFailure: SaveFailure | null;
}

/** A round in progress: one question at a time, its feedback, then the next. */
export function RoundView({ session, questions, topicLabel, sectionTitles, onAnswer, onNext, onFinish, onPresent, saveFailure }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = session.ids[session.index]!;
  const question = questions.get(id);
  const answered = session.answers.some((a) => a.id === id);
  const last = session.index === session.ids.length - 1;

  // Each new question starts with focus on the round's heading, so a screen reader hears where it is.
  useEffect(() => {
    heading.current?.focus();
  }, [session.index]);

  if (!question) return <p role="alert">This question is no longer in the bank.</p>;
  return (
    <section aria-labelledby="quiz-round-title" data-testid="quiz-round" data-mode={session.mode}>
      <div className={styles.roundHeader}>
        <h2 id="quiz-round-title" ref={heading} tabIndex={-1}>
          {session.title}
        </h2>
        {session.deadline ? <DrillTimer deadline={session.deadline} onExpire={onFinish} /> : null}
        <button type="button" className={styles.small} onClick={onFinish} data-testid="quiz-end-round">
          End round
        </button>
      </div>
      <QuestionCard
        key={question.id}
        question={question}
        position={{ index: session.index, total: session.ids.length }}
        topicLabel={topicLabel(question.topic)}
        sectionTitle={sectionTitles[`${question.lesson.lesson}#${question.lesson.section}`] ?? question.lesson.lesson}
        onAnswered={onAnswer}
        onPresent={onPresent}
        after={
          answered ? (
            <>
              <SaveFailed failure={saveFailure} what="Your answer" />
              <p className={styles.actions}>
                <button type="button" className={styles.primary} onClick={last ? onFinish : onNext} data-testid="quiz-next">
                  {last ? 'See your result' : 'Next question'}
                </button>
              </p>
            </>
          ) : null
        }
      />
    </section>
  );
}
