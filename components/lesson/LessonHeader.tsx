import type { Lesson } from '@/lib/content/lessons';
import styles from './LessonLayout.module.css';

/** Every lesson opens the same way: where it sits in the course, and what you will be able to do. */
export function LessonHeader({ lesson, total }: { lesson: Lesson; total: number }) {
  return (
    <header className={styles.lessonHeader}>
      <p className={styles.kicker}>
        Lesson {lesson.order} of {total} · about {lesson.minutes} minutes
      </p>
      <h1>{lesson.title}</h1>
      <p className={styles.summary}>{lesson.summary}</p>
      <section aria-labelledby="objectives-heading" className={styles.objectives}>
        <h2 id="objectives-heading">By the end of this lesson you will be able to</h2>
        <ul>
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
