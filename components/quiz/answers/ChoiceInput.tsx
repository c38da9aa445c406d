'use client';

import { displayOrder } from '@/lib/quiz/display';
import type { ChoiceOption } from '@/lib/quiz/types';
import { InlineText } from '../InlineText';
import styles from '../Quiz.module.css';

interface Props {
  questionId: string;
  options: readonly ChoiceOption[];
  /** Radio buttons for one answer, checkboxes for "select all that apply". */
  multiple: boolean;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/** The options of a choice question, as native radios or checkboxes so the keyboard just works. */
export function ChoiceInput({ questionId, options, multiple, chosen, onChange }: Props) {
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) onChange([id]);
    else onChange(checked ? [...chosen, id] : chosen.filter((c) => c !== id));
  };
  return (
    <ul className={styles.choices}>
      {displayOrder(options, questionId).map((o) => (
        <li key={o.id}>
          <label className={styles.choice}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`${questionId}-choice`}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.currentTarget.checked)}
            />
            <span>
              <InlineText text={o.text} />
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
