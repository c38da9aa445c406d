import type { TopicMastery } from '@/lib/quiz/mastery';
import type { TopicInfo } from './types';
import styles from './Quiz.module.css';

/** Mastery per topic as a table: a bar for the eye, the percentage and counts in text for everyone. */
export function MasteryTable({ topics, mastery, loaded }: { topics: readonly TopicInfo[]; mastery: readonly TopicMastery[]; loaded: boolean }) {
  const byTopic = new Map(mastery.map((m) => [m.topic, m]));
  return (
    <div className={styles.tableScroll}>
      <table className={styles.mastery} data-testid="quiz-mastery">
        <caption className="visually-hidden">Your mastery per topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Mastery</th>
            <th scope="col">Answered</th>
            <th scope="col">Mistakes to review</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => {
            const m = byTopic.get(t.id);
            const percent = loaded && m ? m.percent : 0;
            return (
              <tr key={t.id} data-topic={t.id}>
                <th scope="row">{t.label}</th>
                <td data-testid="quiz-mastery-percent">
                  <span className={styles.bar} aria-hidden="true">
                    <span className={styles.barFill} style={{ width: `${percent}%` }} />
                  </span>
                  {loaded && m ? `${m.percent}%` : '–'}
                </td>
                <td>{loaded && m ? `${m.answered} of ${m.total}` : '–'}</td>
                <td>{loaded && m ? m.mistakes : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
