import Link from 'next/link';
import { ReadBadge } from '@/components/progress/ReadBadge';
import type { Lesson } from '@/lib/content/lessons';
import styles from './Home.module.css';

/** The course's lessons in order, each with what it teaches. */
export function LessonList({ lessons }: { lessons: Lesson[] }) {
  return (
    <ol className={styles.lessons}>
      {lessons.map((l) => (
        <li key={l.slug} className={styles.lessonCard}>
          <span className={styles.lessonNumber} aria-hidden="true">
            {String(l.order).padStart(2, '0')}
          </span>
          <div>
            <h3 className={styles.lessonTitle}>
              <Link href={`/lessons/${l.slug}`}>
                <span className="visually-hidden">Lesson {l.order}: </span>
                {l.title}
              </Link>
              <ReadBadge slug={l.slug} />
            </h3>
            <p className={styles.lessonSummary}>{l.summary}</p>
            <details className={styles.lessonObjectives}>
              <summary>
                What you will be able to do <span className="muted">· {l.minutes} min</span>
              </summary>
              <ul>
                {l.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </details>
          </div>
        </li>
      ))}
    </ol>
  );
}
