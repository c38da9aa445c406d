import type { ReactNode } from 'react';
import styles from './mdx.module.css';

/** A diagram, table or image with a caption that says what to notice in it. */
export function Figure({ caption, children, wide = false }: { caption: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <figure className={`${styles.figure} ${wide ? styles.wide : ''}`}>
      <div className={styles.figureBody}>{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
