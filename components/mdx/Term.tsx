import Link from 'next/link';
import { glossary } from '@/content/glossary';
import styles from './mdx.module.css';

const definitions = new Map(glossary.map((t) => [t.id, t]));

/**
 * The first use of a glossary term in a lesson: `<Term id="cold-start">cold start</Term>` links
 * the words to the term's entry on /glossary. An unknown id fails the build.
 */
export function Term({ id, children }: { id: string; children: React.ReactNode }) {
  const term = definitions.get(id);
  if (!term) throw new Error(`<Term id="${id}">: no such term in content/glossary`);
  return (
    <Link href={`/glossary#${id}`} className={styles.term}>
      {children}
    </Link>
  );
}
