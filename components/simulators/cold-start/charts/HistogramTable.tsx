'use client';

import { formatMs, formatNumber } from '@/lib/format';
import { useState } from 'react';
import type { HistogramBin } from '@/lib/sim/cold-start-charts';
import { TableBox } from '../TableBox';
import styles from '../ColdStart.module.css';

/** The histogram's bins as rows (empty bins left out); rendered only when opened. */
export function HistogramTable({ bins }: { bins: HistogramBin[] }) {
  const [open, setOpen] = useState(false);
  const hasPinned = bins[0]?.pinned !== null && bins.length > 0;
  const rows = bins.filter((b) => b.warm + b.cold + (b.pinned ?? 0) > 0);
  return (
    <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the numbers as a table</summary>
      {open ? (
        <TableBox label="Requests by latency, as a table">
          <table className={styles.table} data-testid="histogram-table">
            <caption>Requests by latency (bins with no request left out)</caption>
            <thead>
              <tr>
                <th scope="col">Latency from</th>
                <th scope="col">to</th>
                <th scope="col">Warm requests</th>
                <th scope="col">Cold requests</th>
                {hasPinned ? <th scope="col">Pinned run, all requests</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.loMs}>
                  <td>{formatMs(b.loMs)}</td>
                  <td>{formatMs(b.hiMs)}</td>
                  <td>{formatNumber(b.warm)}</td>
                  <td>{formatNumber(b.cold)}</td>
                  {hasPinned ? <td>{formatNumber(b.pinned ?? 0)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : null}
    </details>
  );
}
