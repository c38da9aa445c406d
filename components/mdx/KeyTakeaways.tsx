import type { ReactNode } from 'react';
import styles from './mdx.module.css';

/** Every lesson ends with what to remember: a short list, written as sentences. */
export function KeyTakeaways({ children, title = 'What to remember' }: { children: ReactNode; title?: string }) {
  return (
    <section className={styles.takeaways} aria-labelledby="key-takeaways">
      <h2 id="key-takeaways">{title}</h2>
      {children}
    </section>
  );
}
