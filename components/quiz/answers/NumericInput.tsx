'use client';

import styles from '../Quiz.module.css';

interface Props {
  questionId: string;
  unit: string;
  text: string;
  onChange: (text: string) => void;
}

/** A plain text box, so "1,500", "$18.67" and "2.5k" are all accepted (see parseNumberInput). */
export function NumericInput({ questionId, unit, text, onChange }: Props) {
  const id = `${questionId}-value`;
  return (
    <div className={styles.numeric}>
      <label htmlFor={id}>Your estimate, in {unit}</label>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      <span aria-hidden="true">{unit}</span>
    </div>
  );
}
