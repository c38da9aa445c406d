'use client';

import { downloadText } from '@/components/ui/download';
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

function download(table: ExplorerTable, filename: string) {
  downloadText(toCsv(table.columns, table.rows.map((row) => row.map((cell) => cell.value))), filename, 'text/csv;charset=utf-8');
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
