'use client';

import { useState, type ReactNode } from 'react';
import styles from '../Shell.module.css';

interface Props {
  legend: string;
  /** True when the scenario sets one of the group's values: then it opens by itself. */
  changed: boolean;
  children: ReactNode;
}

/**
 * A group of rarely changed controls, folded away under its legend. Its controls are only built
 * when it is open, which keeps a simulator's first render small on a phone.
 */
export function FoldedGroup({ legend, changed, children }: Props) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? changed;
  return (
    <details open={open} onToggle={(e) => setChosen(e.currentTarget.open)} className={styles.foldedGroup} data-testid={`controls-${legend.toLowerCase()}`}>
      <summary>{legend}</summary>
      {open ? (
        <fieldset className={styles.group}>
          <legend className="visually-hidden">{legend}</legend>
          {children}
        </fieldset>
      ) : null}
    </details>
  );
}
