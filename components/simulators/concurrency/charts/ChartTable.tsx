'use client';

import { formatClock, formatNumber } from '@/lib/format';
import { useState } from 'react';
import type { ConcurrencyChartPoint } from '@/lib/sim/concurrency';
import type { ChartSpec } from '../chart-specs';
import styles from '../Concurrency.module.css';

/**
 * The chart's numbers as a table, for screen readers and for copying. The rows are only built
 * once the reader opens it: a few hundred rows per chart would otherwise slow every change.
 */
export function ChartTable({ spec, points }: { spec: ChartSpec; points: readonly ConcurrencyChartPoint[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.tableDetails} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={`table-${spec.id}`}>
      <summary>Show the numbers as a table</summary>
      {open ? (
        // Focusable, so a keyboard can scroll the table; named, so a screen reader says what it is.
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${spec.title}: the numbers`}>
          <table>
            <caption className="visually-hidden">{spec.title}, at each moment of the window</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                {spec.series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.name} ({s.unit})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.tS}>
                  <th scope="row">{formatClock(p.tS)}</th>
                  {spec.series.map((s) => (
                    <td key={s.key}>{formatNumber(p[s.key], p[s.key] < 10 ? 1 : 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
