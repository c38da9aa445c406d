'use client';

import { toCsv } from '@/lib/csv';
import type { ExplorerTable } from '@/lib/pricing';
import styles from './Cost.module.css';

interface Props {
  table: ExplorerTable;
  caption: string;
  /** The download's file name, e.g. "cost-against-traffic.csv". */
  filename: string;
  testId: string;
}

/** Builds the file only when asked, as a Blob link: nothing is stored and no server is needed. */
function download(table: ExplorerTable, filename: string) {
  const csv = toCsv(table.columns, table.rows.map((row) => row.map((cell) => cell.value)));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A chart's numbers as a table, for screen readers and for copying, behind a disclosure so the
 * chart stays in view; the CSV download writes the same rows.
 */
export function DataTable({ table, caption, filename, testId }: Props) {
  return (
    <div className={styles.tableBlock}>
      <button type="button" className={styles.csvButton} onClick={() => download(table, filename)} data-testid={`${testId}-csv`}>
        Download CSV <span className="visually-hidden">of {caption.toLowerCase()}</span>
      </button>
      <details className={styles.details}>
        <summary data-testid={`${testId}-toggle`}>Show the numbers as a table</summary>
        <div className={styles.tableScroll}>
          <table className={styles.table} data-testid={testId}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell.text}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
