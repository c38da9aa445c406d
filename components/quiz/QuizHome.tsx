'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { topicsToRevisit, type TopicMastery } from '@/lib/quiz/mastery';
import { DRILL_SIZE, PRACTICE_ROUND_SIZE } from '@/lib/quiz/select';
import { MasteryTable } from './MasteryTable';
import { ResetProgress } from './ResetProgress';
import type { TopicInfo } from './types';
import styles from './Quiz.module.css';

export const DRILL_MINUTES = 20;

interface Props {
  topics: readonly TopicInfo[];
  mastery: readonly TopicMastery[];
  loaded: boolean;
  /** Mistakes plus questions due, for the review mode. */
  toReview: number;
  hasProgress: boolean;
  onPractice: (topic: string) => void;
  onDrill: (timed: boolean) => void;
  onReview: () => void;
  onReset: () => void;
}

/** The quiz's starting point: the three modes, mastery per topic, and the reset control. */
export function QuizHome({ topics, mastery, loaded, toReview, hasProgress, onPractice, onDrill, onReview, onReset }: Props) {
  const ids = useId();
  const [topic, setTopic] = useState(topics[0]?.id ?? '');
  const [timed, setTimed] = useState(false);
  const revisit = topicsToRevisit(mastery);
  const label = (id: string) => topics.find((t) => t.id === id)?.label ?? id;

  return (
    <>
      <h2 id="quiz-modes">Choose how to practise</h2>
      <div className={styles.modes}>
        <section className={styles.mode} aria-labelledby={`${ids}-practice`}>
          <h3 id={`${ids}-practice`}>Practice by topic</h3>
          <p>{PRACTICE_ROUND_SIZE} questions from one topic, with feedback after each. Your mistakes and questions due come first.</p>
          <label htmlFor={`${ids}-topic`}>Topic</label>
          <select id={`${ids}-topic`} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="quiz-topic-select">
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <button type="button" className={`${styles.primary} ${styles.modeAction}`} onClick={() => onPractice(topic)} data-testid="quiz-start-practice">
            Start practice
          </button>
        </section>
        <section className={styles.mode} aria-labelledby={`${ids}-drill`}>
          <h3 id={`${ids}-drill`}>Mock-interview drill</h3>
          <p>{DRILL_SIZE} questions drawn across every topic, as an interviewer would range, with a result per topic at the end.</p>
          <label className={styles.check}>
            <input type="checkbox" checked={timed} onChange={(e) => setTimed(e.currentTarget.checked)} data-testid="quiz-drill-timer" />
            Time me ({DRILL_MINUTES} minutes)
          </label>
          <button type="button" className={`${styles.primary} ${styles.modeAction}`} onClick={() => onDrill(timed)} data-testid="quiz-start-drill">
            Start drill
          </button>
        </section>
        <section className={styles.mode} aria-labelledby={`${ids}-review`}>
          <h3 id={`${ids}-review`}>Review mistakes</h3>
          <p data-testid="quiz-review-count">
            {!loaded
              ? 'Questions you missed come back here until you answer them right.'
              : toReview === 0
                ? 'Nothing to review: no mistakes and nothing due. Missed questions come back here until you answer them right.'
                : `${toReview} question${toReview === 1 ? '' : 's'} to review: your mistakes first, then those due again.`}
          </p>
          <button type="button" className={`${styles.primary} ${styles.modeAction}`} onClick={onReview} disabled={!loaded || toReview === 0} data-testid="quiz-start-review">
            Start review
          </button>
        </section>
      </div>

      <h2 id="quiz-mastery-title">Your mastery</h2>
      <p className="muted">
        A question counts in full once you have answered it right on two occasions at least a day apart, and half after your first right answer. A wrong answer takes
        it back to zero until you put it right. Progress stays in this browser; nothing is sent anywhere.
      </p>
      {loaded && revisit.length > 0 ? (
        <p data-testid="quiz-revisit">
          <strong>Read again first: </strong>
          {revisit.map((m, i) => (
            <span key={m.topic}>
              {i > 0 ? ', ' : ''}
              <Link href={`/lessons/${m.topic}`}>{label(m.topic)}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      <MasteryTable topics={topics} mastery={mastery} loaded={loaded} />
      <ResetProgress onReset={onReset} disabled={!loaded || !hasProgress} />
    </>
  );
}
