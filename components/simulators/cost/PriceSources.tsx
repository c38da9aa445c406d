'use client';

import { useState } from 'react';
import { explorerPriceSources } from '@/lib/pricing';
import styles from './Cost.module.css';

/** Every price the explorer uses, with its page and the date it was checked; built when opened. */
export function PriceSources() {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="price-sources-toggle">Prices used, their sources and the dates they were checked</summary>
      {open ? (
        <div className={styles.tableScroll}>
          <table className={styles.table} data-testid="price-sources">
            <caption>US East (N. Virginia) list prices, as of the date shown</caption>
            <thead>
              <tr>
                <th scope="col">Price</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
                <th scope="col">Checked</th>
              </tr>
            </thead>
            <tbody>
              {explorerPriceSources().map((p) => (
                <tr key={p.item}>
                  <td>{p.item}</td>
                  <td>{p.price}</td>
                  <td>
                    <a href={p.source.url} rel="external noreferrer">
                      {p.source.title}
                    </a>
                  </td>
                  <td className={styles.nowrap}>{p.asOf}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
