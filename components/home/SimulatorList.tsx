import Link from 'next/link';
import type { SimulatorEntry } from '@/lib/simulators/catalog';
import styles from './Home.module.css';

export function SimulatorList({ simulators, headingLevel = 3 }: { simulators: readonly SimulatorEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className={styles.simulators}>
      {simulators.map((s) => (
        <li key={s.id} className={styles.simCard}>
          <Heading className={styles.simTitle}>
            <Link href={`/simulators/${s.id}`}>{s.title}</Link>
          </Heading>
          <p>{s.summary}</p>
        </li>
      ))}
    </ul>
  );
}
