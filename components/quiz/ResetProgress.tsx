'use client';

import { useId, useRef, useState } from 'react';
import styles from './Quiz.module.css';

interface Props {
  onReset: () => void;
  disabled: boolean;
  label?: string;
  /** The question that confirms it, saying what will be forgotten. */
  question?: string;
  /** Said once it is done. */
  done?: string;
  testId?: string;
}

/** "Reset progress" asks first: a confirmation step in the page, reachable and cancellable by keyboard. */
export function ResetProgress({
  onReset,
  disabled,
  label = 'Reset progress',
  question = 'Forget every answer and drill result saved in this browser? This cannot be undone.',
  done: doneMessage = 'Your quiz progress has been reset.',
  testId = 'quiz-reset',
}: Props) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  if (!asking) {
    return (
      <p className={styles.actions}>
        <button
          ref={start}
          type="button"
          className={styles.button}
          disabled={disabled}
          onClick={() => {
            setAsking(true);
            setDone(false);
            requestAnimationFrame(() => cancel.current?.focus());
          }}
          data-testid={testId}
        >
          {label}
        </button>
        <span role="status">{done ? doneMessage : ''}</span>
      </p>
    );
  }
  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => start.current?.focus());
  };
  return (
    <div className={styles.notice} role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <span className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => {
            onReset();
            setDone(true);
            close();
          }}
          data-testid={`${testId}-confirm`}
        >
          Yes, reset
        </button>
        <button ref={cancel} type="button" className={styles.button} onClick={close}>
          Keep my progress
        </button>
      </span>
    </div>
  );
}
