'use client';

import { formatEnvironments, formatPercent, formatRate } from '@/lib/format';
import type { LittlesLawResult } from '@/lib/sim/littles-law';
import type { SimulatorViewProps } from '@/components/simulator/types';
import { ConcurrencyChart } from './ConcurrencyChart';
import type { LittlesLawSchema } from '@/lib/sim/littles-law/scenario';
import styles from './LittlesLaw.module.css';

export function LittlesLawView({ state, result, presenting }: SimulatorViewProps<LittlesLawSchema, LittlesLawResult>) {
  const over = result.throttledShare > 0;
  return (
    <>
      <dl className={styles.metrics}>
        <div>
          <dt>Environments needed</dt>
          <dd data-testid="metric-required-concurrency">{formatEnvironments(result.requiredConcurrency)}</dd>
        </div>
        <div>
          <dt>Share of the limit</dt>
          <dd data-testid="metric-utilisation">{formatPercent(result.utilisation)}</dd>
        </div>
        <div>
          <dt>Most requests/s the limit serves</dt>
          <dd data-testid="metric-max-rps">{formatRate(result.maxSustainableRps)}</dd>
        </div>
        <div className={over ? styles.alert : undefined}>
          <dt>Throttled</dt>
          <dd data-testid="metric-throttled-share">
            {over ? '⚠ ' : ''}
            {formatPercent(result.throttledShare)}
          </dd>
        </div>
      </dl>
      <figure className={styles.chart}>
        <ConcurrencyChart rps={state.rps} durationMs={state.duration} limit={state.limit} requiredConcurrency={result.requiredConcurrency} height={presenting ? 420 : 300} />
        <figcaption>
          The solid line is rate × duration: the environments busy at each request rate. The dashed line is the concurrency limit; where the solid
          line crosses it, extra requests are throttled.
        </figcaption>
      </figure>
    </>
  );
}
