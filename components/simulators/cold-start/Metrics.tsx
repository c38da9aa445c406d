'use client';

import { formatCount, formatMs, formatPercent } from '@/lib/format';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import styles from './ColdStart.module.css';

interface Metric {
  id: string;
  label: string;
  value: (r: ColdStartResult) => string;
  detail?: (r: ColdStartResult) => string;
}

/** A percentile of no requests is not 0 ms: show a dash. */
const ms = (r: ColdStartResult, v: number) => (r.requestCount === 0 ? '—' : formatMs(v));

const metrics: Metric[] = [
  {
    id: 'cold-share',
    label: 'Requests that started cold',
    value: (r) => formatPercent(r.coldStartShare),
    detail: (r) => `${formatCount(r.coldStarts)} of ${formatCount(r.requestCount)}`,
  },
  { id: 'p50', label: 'p50 latency', value: (r) => ms(r, r.latency.all.p50) },
  { id: 'p95', label: 'p95 latency', value: (r) => ms(r, r.latency.all.p95) },
  {
    id: 'p99',
    label: 'p99 latency',
    value: (r) => ms(r, r.latency.all.p99),
    detail: (r) => (r.latency.warm.count > 0 ? `warm only: ${formatMs(r.latency.warm.p99)}` : 'no warm request'),
  },
  { id: 'max-envs', label: 'Most environments alive at once', value: (r) => formatCount(r.fleet.peakAlive) },
];

/**
 * The five figures the issue names, each with its test id and the number exactly as shown. With
 * a pinned run, its figure sits under the current one. Before the first run is known, "…".
 */
export function Metrics({ result, pinned }: { result: ColdStartResult | null; pinned: ColdStartResult | null }) {
  return (
    <dl className={styles.metrics}>
      {metrics.map((m) => (
        <div key={m.id} className={m.id === 'p99' ? styles.keyMetric : undefined}>
          <dt>{m.label}</dt>
          <dd className={styles.metricValue} data-testid={`metric-${m.id}`}>
            {result ? m.value(result) : '…'}
          </dd>
          {m.detail ? <dd className={styles.metricDetail}>{result ? m.detail(result) : '\u00a0'}</dd> : null}
          {pinned ? (
            <dd className={styles.metricPinned}>
              pinned: <span data-testid={`pinned-${m.id}`}>{m.value(pinned)}</span>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
