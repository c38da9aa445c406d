import Link from 'next/link';
import { findSimulator } from '@/lib/simulators/catalog';
import { SimulatorSlot } from './SimulatorSlot';
import styles from './Shell.module.css';

interface Props {
  id: string;
  preset?: string;
  /** On its own page the title is the page's h1, so the frame does not repeat it. */
  standalone?: boolean;
}

/**
 * The part of a simulator that exists without JavaScript: its title and what it shows. The
 * interactive part loads inside it, behind a placeholder that explains itself with scripting off.
 */
export function SimulatorFrame({ id, preset, standalone = false }: Props) {
  const entry = findSimulator(id);
  if (!entry) throw new Error(`Unknown simulator id "${id}" (see lib/simulators/catalog.ts)`);
  const anchorId = `sim-${id}`;
  return (
    <section id={anchorId} aria-label={`Simulator: ${entry.title}`} className={styles.frame} data-simulator={id}>
      {standalone ? null : (
        <div className={styles.frameHeader}>
          <p className={styles.frameTitle}>
            <span className={styles.frameKicker}>Simulator</span> {entry.title}
          </p>
          <Link href={`/simulators/${id}`} className={`${styles.openLink} no-print`}>
            Open on its own page
          </Link>
        </div>
      )}
      <p className={styles.frameSummary}>{entry.summary}</p>
      <div className="no-print">
        <SimulatorSlot id={id} presetId={preset} anchorId={anchorId} syncUrl />
      </div>
    </section>
  );
}
