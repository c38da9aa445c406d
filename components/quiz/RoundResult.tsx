'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { RoundSummary } from '@/lib/quiz/round';
import type { Question } from '@/lib/quiz/types';
import type { SectionTitles } from './types';
import styles from './Quiz.module.css';

interface Props {
  title: string;
  summary: RoundSummary;
  questions: ReadonlyMap<string, Question>;
  topicLabel: (topic: string) => string;
  sectionTitles: SectionTitles;
  timedOut: boolean;
  onDone: () => void;
  onAgain: () => void;
}

/** The end of a round: the score, the score per topic, and the sections to read for each miss. */
export function RoundResult({ title, summary, questions, topicLabel, sectionTitles, timedOut, onDone, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const toRead = [...summary.missed, ...summary.unanswered].map((id) => questions.get(id)).filter((q): q is Question => q !== undefined);
  const sections = [...new Set(toRead.map((q) => `${q.lesson.lesson}#${q.lesson.section}`))];
  return (
    <section className={styles.result} aria-labelledby="quiz-result-title" data-testid="quiz-result">
      <h2 id="quiz-result-title" ref={heading} tabIndex={-1}>
        {title}: your result
      </h2>
      {timedOut ? <p role="status">Time is up. Questions you did not reach count as not answered.</p> : null}
      <p className={styles.score} data-testid="quiz-result-score">
        {`${summary.correct} of ${summary.asked} right`}
        {summary.unanswered.length > 0 ? <span className="muted">{` · ${summary.unanswered.length} not answered`}</span> : null}
      </p>
      <div className={styles.tableScroll}>
        <table className={styles.mastery} data-testid="quiz-result-topics">
          <caption className="visually-hidden">Result per topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {summary.byTopic.map((t) => (
              <tr key={t.topic}>
                <th scope="row">{topicLabel(t.topic)}</th>
                <td>{`${t.correct} of ${t.asked}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sections.length > 0 ? (
        <>
          <h3>Read again</h3>
          <ul>
            {sections.map((key) => (
              <li key={key}>
                <Link href={`/lessons/${key}`}>{sectionTitles[key] ?? key}</Link>
              </li>
            ))}
          </ul>
          <p className="muted">Questions you missed come back in your next review, and again until you answer them right.</p>
        </>
      ) : (
        <p>Nothing to read again from this round.</p>
      )}
      <p className={styles.actions}>
        <button type="button" className={styles.primary} onClick={onAgain} data-testid="quiz-again">
          Another round
        </button>
        <button type="button" className={styles.button} onClick={onDone} data-testid="quiz-done">
          Back to the quiz
        </button>
      </p>
    </section>
  );
}
