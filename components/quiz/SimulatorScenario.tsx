import { quizSimulators, simulatorHref } from '@/lib/quiz/simulators';
import type { SimulatorQuestion } from '@/lib/quiz/types';
import styles from './Quiz.module.css';

interface Props {
  question: SimulatorQuestion;
  /** Whether the simulator's page exists in this build (the others are still being built). */
  available: boolean;
}

/** The scenario a simulator question starts from: a link that opens it, and what to change. */
export function SimulatorScenario({ question, available }: Props) {
  const sim = quizSimulators[question.simulator];
  const href = simulatorHref(question.simulator, question.scenario);
  return (
    <div className={styles.scenario}>
      <p>
        {available ? (
          <a href={href} target="_blank" rel="noopener" data-testid="quiz-scenario-link">
            Open this scenario in the {sim.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span data-testid="quiz-scenario-pending">
            The {sim.title} is not part of this build yet; its scenario is <code>{href}</code>
          </span>
        )}
        , then change:
      </p>
      <ul>
        {Object.entries(question.change).map(([name, value]) => (
          <li key={name}>
            {sim.params[name] ?? name}: <strong>{String(question.scenario[name] ?? 'default')}</strong> → <strong>{String(value)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
