import type { LessonSource } from '@/lib/content/schema';
import type { FiguresFromSource } from '@/lib/data/facts/age';
import styles from './LessonLayout.module.css';

const date = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The public sources a lesson's claims rest on, each with the date it was checked, and every figure
 * the lesson quotes, grouped by the page it comes from and the day that page was checked.
 */
export function LessonSources({ sources, figures = [] }: { sources: LessonSource[]; figures?: FiguresFromSource[] }) {
  if (sources.length === 0 && figures.length === 0) return null;
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
      {figures.length > 0 ? (
        <>
          <h3 id="figures-heading">Figures in this lesson, and when each was checked</h3>
          <ul aria-labelledby="figures-heading" className={styles.figures}>
            {figures.map((g) => (
              <li key={`${g.source.url} ${g.asOf}`}>
                <a href={g.source.url}>{g.source.title}</a> <span className="muted">(checked {date(g.asOf)})</span>:{' '}
                {g.figures.map((f) => (f.about ? `${f.text} (${f.about})` : f.text)).join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
