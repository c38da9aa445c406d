import type { LessonSource } from '@/lib/content/schema';
import styles from './LessonLayout.module.css';

const date = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The public sources a lesson's figures and claims rest on, each with the date it was checked. */
export function LessonSources({ sources }: { sources: LessonSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className={styles.sources}>
      <h2 id="sources-heading">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url}>{s.title}</a> <span className="muted">(checked {date(s.asOf)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
