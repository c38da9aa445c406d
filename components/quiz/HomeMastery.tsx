'use client';

import Link from 'next/link';
import { useStoredDocument } from '@/components/storage/useStoredDocument';
import { masteryByTopic, topicsToRevisit, type TopicMastery } from '@/lib/quiz/mastery';
import { quizProgressDocument } from '@/lib/quiz/storage';
import styles from './Quiz.module.css';

interface Props {
  topics: readonly { id: string; label: string; questionIds: readonly string[] }[];
}

function MasteryGrid({ topics, byTopic }: { topics: Props['topics']; byTopic: ReadonlyMap<string, TopicMastery> }) {
  return (
    <ul className={styles.homeGrid} aria-label="Quiz mastery per topic">
      {topics.map((t) => {
        // A topic not started shows a dash: 0% would read as "tried and failed".
        const m = byTopic.get(t.id);
        const started = m !== undefined && m.answered > 0;
        const percent = started ? m.percent : 0;
        return (
          <li key={t.id} data-topic={t.id}>
            <span>{t.label}</span>
            <span className={styles.homePercent}>
              {started ? (
                `${percent}%`
              ) : (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">not started</span>
                </>
              )}
            </span>
            <span className={styles.bar} aria-hidden="true">
              <span className={styles.barFill} style={{ width: `${percent}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Quiz mastery per topic on the course home, read from this browser's storage after the page
 * has painted. With no answers yet it is one sentence; the grid appears once there is something
 * to show (the section is last on the page, so nothing above it moves). It only reads: recovery
 * and notices are the quiz page's job.
 */
export function HomeMastery({ topics }: Props) {
  const { value: progress, loaded, at } = useStoredDocument(quizProgressDocument, { keep: false });
  const mastery =
    Object.keys(progress.records).length > 0 ? masteryByTopic(topics.map((t) => ({ topic: t.id, questionIds: t.questionIds })), progress.records, at) : null;

  const byTopic = new Map((mastery ?? []).map((m) => [m.topic, m]));
  const revisit = mastery ? topicsToRevisit(mastery) : [];
  const label = (id: string) => topics.find((t) => t.id === id)?.label ?? id;
  return (
    <div className={styles.homeMastery} data-testid="home-mastery" data-loaded={loaded}>
      <p data-testid="home-mastery-summary">
        {!loaded || !mastery ? (
          <>
            Answer questions in the <Link href="/quiz">quiz</Link> and your mastery of each topic shows here. It stays in this browser.
          </>
        ) : revisit.length > 0 ? (
          <>
            Read again: {revisit.map((m, i) => (
              <span key={m.topic}>
                {i > 0 ? ', ' : ''}
                <Link href={`/lessons/${m.topic}`}>{label(m.topic)}</Link>
              </span>
            ))}
            . Or <Link href="/quiz">review your mistakes</Link>.
          </>
        ) : (
          <>
            Nothing to read again yet. <Link href="/quiz">Practise another topic</Link>.
          </>
        )}
      </p>
      {mastery ? <MasteryGrid topics={topics} byTopic={byTopic} /> : null}
    </div>
  );
}
