'use client';

import styles from './Progress.module.css';
import { useLessonProgress } from './useLessonProgress';

/** A tick beside a lesson the learner has read (in the outline, the lesson list): in words for screen readers. */
export function ReadBadge({ slug }: { slug: string }) {
  const { isRead } = useLessonProgress();
  if (!isRead(slug)) return null;
  return (
    <span className={styles.badge} data-testid="read-badge" data-slug={slug}>
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden"> (read)</span>
    </span>
  );
}
