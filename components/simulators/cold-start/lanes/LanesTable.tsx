'use client';

import { formatDuration, formatMs } from '@/lib/format';
import { useState } from 'react';
import type { ColdStartResult, EnvironmentLane } from '@/lib/sim/cold-start';
import { TableBox } from '../TableBox';
import styles from '../ColdStart.module.css';

function initMs(lane: EnvironmentLane): string {
  const init = lane.intervals.find((i) => i.kind === 'init');
  return init ? formatMs((init.endSec - init.startSec) * 1000) : lane.provisioned ? 'before the run' : '—';
}

/** The lanes as rows; rendered only when opened, since a day can have 40 of them. */
export function LanesTable({ result }: { result: ColdStartResult }) {
  const [open, setOpen] = useState(false);
  const lanes = result.fleet.lanes;
  return (
    <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the lanes as a table</summary>
      {open ? (
        <TableBox label="Execution environments, as a table">
          <table className={styles.table} data-testid="lanes-table">
            <caption>Execution environments in order of creation</caption>
            <thead>
              <tr>
                <th scope="col">Environment</th>
                <th scope="col">Kind</th>
                <th scope="col">Started at</th>
                <th scope="col">Cold start</th>
                <th scope="col">Reclaimed at</th>
              </tr>
            </thead>
            <tbody>
              {lanes.map((lane) => (
                <tr key={lane.id}>
                  <th scope="row">{lane.provisioned ? `P${lane.id + 1}` : lane.id + 1}</th>
                  <td>{lane.provisioned ? 'Provisioned' : 'On demand'}</td>
                  <td>{formatDuration(lane.createdAtSec)}</td>
                  <td>{initMs(lane)}</td>
                  <td>{lane.reclaimedAtSec === null ? 'still alive at the end' : formatDuration(lane.reclaimedAtSec)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : null}
    </details>
  );
}
