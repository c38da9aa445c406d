import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/home/Home.module.css';
import { glossary } from '@/content/glossary';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The terms of serverless and Functions-as-a-Service, each in a sentence or two, with the lesson that teaches it.',
};

export default function GlossaryPage() {
  const lessons = new Map(getLessons().map((l) => [l.slug, l]));
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
  return (
    <div className={styles.page}>
      <h1>Glossary</h1>
      <p>Every term the lessons use, in plain words. Each links to the lesson where it is taught.</p>
      <dl>
        {terms.map((t) => {
          const lesson = t.lesson ? lessons.get(t.lesson) : undefined;
          return (
            <div key={t.id} id={t.id}>
              <dt>
                <strong>{t.term}</strong>
              </dt>
              <dd style={{ marginLeft: 0, marginBottom: '1rem' }}>
                {t.definition}
                {lesson ? (
                  <>
                    {' '}
                    <Link href={`/lessons/${lesson.slug}`}>Lesson {lesson.order}</Link>
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
