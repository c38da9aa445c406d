import type { TocEntry } from '@/lib/content/toc';
import styles from './LessonLayout.module.css';

/** `placement` keeps ids unique when the contents appear twice (inline on small screens, beside the text on wide ones). */
export function TableOfContents({ entries, placement }: { entries: TocEntry[]; placement: 'inline' | 'side' }) {
  const headingId = `toc-heading-${placement}`;
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className={styles.toc}>
      <h2 id={headingId} className={styles.tocHeading}>
        On this page
      </h2>
      <ol>
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? styles.tocSub : undefined}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
