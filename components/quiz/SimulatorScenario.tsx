'use client';

import type { SimulatorQuestion } from '@/lib/quiz/types';
import { useSimulatorQuestion } from './SimulatorQuestions';
import styles from './Quiz.module.css';

/** The scenario a simulator question starts from: a link that opens it, and what to change. */
export function SimulatorScenario({ question }: { question: SimulatorQuestion }) {
  const view = useSimulatorQuestion(question.id);
  if (!view) return null;
  return (
    <div className={styles.scenario}>
      <p>
        <a href={view.href} target="_blank" rel="noopener" data-testid="quiz-scenario-link">
          Open this scenario in the simulator “{view.title}”
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        , then change:
      </p>
      <ul>
        {view.changes.map((c) => (
          <li key={c.param}>
            {c.label}: <strong>{c.from}</strong> → <strong>{c.to}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "The simulator shows the p99 latency going from 449 ms to 110 ms." */
export function SimulatorObserved({ question }: { question: SimulatorQuestion }) {
  const view = useSimulatorQuestion(question.id);
  if (!view) return null;
  return (
    <p>
      The simulator shows the {view.metric.label} going from <strong>{view.metric.before}</strong> to <strong>{view.metric.after}</strong>.
    </p>
  );
}
