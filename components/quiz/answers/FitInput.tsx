'use client';

import { displayOrder } from '@/lib/quiz/display';
import type { FitScenario, FitVerdict } from '@/lib/quiz/types';
import { InlineText } from '../InlineText';
import styles from '../Quiz.module.css';

export const verdictLabels: Record<FitVerdict, string> = { fit: 'Good fit', poor: 'Poor fit' };

interface Props {
  questionId: string;
  scenarios: readonly FitScenario[];
  verdicts: Readonly<Record<string, FitVerdict>>;
  onChange: (verdicts: Record<string, FitVerdict>) => void;
}

/** One small radio group per workload: good fit or poor fit for serverless. */
export function FitInput({ questionId, scenarios, verdicts, onChange }: Props) {
  return (
    <ul className={styles.fitList}>
      {displayOrder(scenarios, questionId).map((s) => (
        <li key={s.id}>
          <fieldset className={styles.fitItem}>
            <legend>
              <InlineText text={s.text} />
            </legend>
            <div className={styles.fitOptions}>
              {(['fit', 'poor'] as const).map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`${questionId}-${s.id}`}
                    value={v}
                    checked={verdicts[s.id] === v}
                    onChange={() => onChange({ ...verdicts, [s.id]: v })}
                  />
                  {verdictLabels[v]}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ul>
  );
}
