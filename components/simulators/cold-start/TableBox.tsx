import type { ReactNode } from 'react';
import styles from './ColdStart.module.css';

/** A scrolling box for a long table: focusable and named, so keyboard users can scroll it too. */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
