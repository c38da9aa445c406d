'use client';

import { formatDuration } from '@/lib/format';
import { useState } from 'react';
import type { FleetPoint } from './fleetPoints';
import { TableBox } from '../TableBox';
import styles from '../ColdStart.module.css';

const cell = (v: number | undefined) => (v === undefined ? '—' : String(v));

/** The environments series as rows, one per slice of the window; rendered only when opened. */
export function FleetTable({ points, hasPinned }: { points: FleetPoint[]; hasPinned: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the numbers as a table</summary>
      {open ? (
        <TableBox label="Environments over time, as a table">
          <table className={styles.table} data-testid="fleet-table">
            <caption>Most environments alive and busy at once, per slice of the run</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Alive</th>
                <th scope="col">Busy or starting</th>
                <th scope="col">Provisioned</th>
                {hasPinned ? <th scope="col">Pinned run, alive</th> : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.t}>
                  <td>{formatDuration(p.t)}</td>
                  <td>{cell(p.alive)}</td>
                  <td>{cell(p.busy)}</td>
                  <td>{cell(p.provisioned)}</td>
                  {hasPinned ? <td>{cell(p.pinnedAlive)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : null}
    </details>
  );
}
