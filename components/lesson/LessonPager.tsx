import Link from 'next/link';
import type { LessonNeighbours } from '@/lib/content/lessons';
import styles from './LessonLayout.module.css';

export function LessonPager({ previous, next }: LessonNeighbours) {
  return (
    <nav aria-label="Previous and next lessons" className={`${styles.pager} no-print`}>
      {previous ? (
        <Link href={`/lessons/${previous.slug}`} rel="prev" className={styles.pagerLink}>
          <span className={styles.pagerLabel}>Previous lesson</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} rel="next" className={`${styles.pagerLink} ${styles.pagerNext}`}>
          <span className={styles.pagerLabel}>Next lesson</span>
          <span>{next.title}</span>
        </Link>
      ) : (
        <Link href="/quiz" className={`${styles.pagerLink} ${styles.pagerNext}`}>
          <span className={styles.pagerLabel}>Finished the lessons?</span>
          <span>Test yourself in the quiz</span>
        </Link>
      )}
    </nav>
  );
}
