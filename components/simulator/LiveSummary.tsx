'use client';

import { useEffect, useState } from 'react';
import styles from './Shell.module.css';

/**
 * The result in one sentence. It is shown to everyone and announced politely to screen
 * readers; while a slider is being dragged the announcement waits until the value settles.
 */
export function LiveSummary({ text }: { text: string }) {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 600);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p className={styles.summary} data-testid="simulator-summary">
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </>
  );
}
