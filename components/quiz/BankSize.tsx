import type { BankSummary } from '@/lib/quiz/bank-summary';
import { kindLabels } from './types';
import styles from './Quiz.module.css';

/** The size of the question bank, per topic and in total, rendered on the server. */
export function BankSize({ summary }: { summary: BankSummary }) {
  return (
    <section aria-labelledby="quiz-bank-title">
      <h2 id="quiz-bank-title">The question bank</h2>
      <p>
        <span data-testid="quiz-bank-size">{summary.total}</span> questions:{' '}
        {summary.byKind
          .filter((k) => k.count > 0)
          .map((k) => `${k.count} ${kindLabels[k.kind].toLowerCase()}`)
          .join(', ')}
        .
      </p>
      <div className={styles.tableScroll}>
        <table className={styles.bankTable}>
          <caption className="visually-hidden">Questions per topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {summary.byTopic.map(({ topic, count }) => (
              <tr key={topic.id}>
                <th scope="row">
                  {topic.label}
                  <span className="muted"> · {topic.summary}</span>
                </th>
                <td data-topic-count={topic.id}>{count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={styles.bankTotal}>
              <th scope="row">All topics</th>
              <td>{summary.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
