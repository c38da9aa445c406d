'use client';

import { useRef, useState } from 'react';
import styles from './Quiz.module.css';

/** "Reset progress" asks first: a confirmation step in the page, reachable and cancellable by keyboard. */
export function ResetProgress({ onReset, disabled }: { onReset: () => void; disabled: boolean }) {
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
          data-testid="quiz-reset"
        >
          Reset progress
        </button>
        <span role="status">{done ? 'Your quiz progress has been reset.' : ''}</span>
      </p>
    );
  }
  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => start.current?.focus());
  };
  return (
    <div className={styles.notice} role="group" aria-labelledby="quiz-reset-question">
      <p id="quiz-reset-question">Forget every answer and drill result saved in this browser? This cannot be undone.</p>
      <span className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => {
            onReset();
            setDone(true);
            close();
          }}
          data-testid="quiz-reset-confirm"
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
