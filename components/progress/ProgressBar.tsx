'use client';

import { readCount, type LessonRef } from '@/lib/progress/lessons';
import styles from './Progress.module.css';
import { useLessonProgress } from './useLessonProgress';

/**
 * "3 of 13 lessons read", with a bar. On the home page it appears once the learner has read
 * something; `always` shows it at 0 too (the progress page).
 */
export function ProgressBar({ lessons, always = false }: { lessons: readonly LessonRef[]; always?: boolean }) {
  const { progress, loaded } = useLessonProgress();
  const read = readCount(progress, lessons);
  if (!loaded || (read === 0 && !always)) return null;
  const percent = Math.round((read / lessons.length) * 100);
  return (
    <div className={styles.bar} data-testid="course-progress" data-read={read}>
      <p>
        <strong>
          {read} of {lessons.length}
        </strong>{' '}
        lessons read{read === lessons.length ? ': the whole course.' : '.'}
      </p>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.fill} style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
