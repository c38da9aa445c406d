'use client';

import { useEffect, useState } from 'react';
import styles from './Quiz.module.css';

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The drill's optional countdown. The clock itself is not a live region (a screen reader would
 * read it every second); a separate polite message speaks at five minutes and one minute left.
 */
export function DrillTimer({ deadline, onExpire }: { deadline: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = deadline - now;

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);

  useEffect(() => {
    if (left <= 0) onExpire();
  }, [left, onExpire]);

  const warning = left <= 60_000 ? 'One minute left.' : left <= 300_000 ? 'Five minutes left.' : '';
  return (
    <p className={styles.timer} data-testid="quiz-timer">
      <span className="visually-hidden">Time left: </span>
      {mmss(left)}
      <span className="visually-hidden" aria-live="polite">
        {warning}
      </span>
    </p>
  );
}
