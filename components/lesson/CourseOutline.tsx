import Link from 'next/link';
import { ReadBadge } from '@/components/progress/ReadBadge';
import type { Lesson } from '@/lib/content/lessons';
import styles from './LessonLayout.module.css';

interface Props {
  lessons: Pick<Lesson, 'slug' | 'title' | 'order'>[];
  currentSlug: string;
}

/**
 * The course outline, with a tick on each lesson read in this browser. On a phone it folds into
 * a <details> disclosure, which opens and closes without JavaScript.
 */
export function CourseOutline({ lessons, currentSlug }: Props) {
  return (
    <details className={styles.outline}>
      <summary className={styles.outlineSummary}>Course outline</summary>
      <nav aria-label="Course outline">
        <ol className={styles.outlineList}>
          {lessons.map((l) => {
            const current = l.slug === currentSlug;
            return (
              <li key={l.slug}>
                <Link href={`/lessons/${l.slug}`} aria-current={current ? 'page' : undefined} className={current ? styles.current : undefined}>
                  <span className={styles.outlineNumber}>{l.order}</span>
                  <span>
                    {l.title}
                    <ReadBadge slug={l.slug} />
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
}
