import type { ComponentPropsWithoutRef } from 'react';
import styles from './mdx.module.css';

/** Wide tables scroll inside their own box on a phone instead of widening the page. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // A focusable, labelled scroll region lets keyboard users scroll it (WCAG 2.1.1).
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Table (scrolls sideways on small screens)">
      <table {...props} />
    </div>
  );
}
