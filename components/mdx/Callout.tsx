import type { ReactNode } from 'react';
import styles from './mdx.module.css';

export type CalloutKind = 'note' | 'warning' | 'interview';

const labels: Record<CalloutKind, string> = { note: 'Note', warning: 'Watch out', interview: 'Interview angle' };
const icons: Record<CalloutKind, string> = { note: 'i', warning: '!', interview: '?' };

/**
 * An aside beside the main text. The kind is said in words (its label), not only by colour.
 * `interview` marks what an interviewer probes and how a strong answer sounds.
 */
export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  return (
    <aside className={`${styles.callout} ${styles[kind]}`} aria-label={title ? `${labels[kind]}: ${title}` : labels[kind]}>
      <p className={styles.calloutLabel}>
        <span aria-hidden="true" className={styles.calloutIcon}>
          {icons[kind]}
        </span>
        {labels[kind]}
        {title ? <span className={styles.calloutTitle}>: {title}</span> : null}
      </p>
      <div className={styles.calloutBody}>{children}</div>
    </aside>
  );
}
