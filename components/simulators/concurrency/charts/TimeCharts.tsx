'use client';

import { useMemo } from 'react';
import type { ConcurrencyResult } from '@/lib/sim/concurrency';
import { chartPoints } from '../chart-points';
import { chartSpecs } from '../chart-specs';
import { ChartFigure } from './ChartFigure';
import styles from '../Concurrency.module.css';

/** The four charts on one time axis; each draws itself when the reader comes near it. */
export function TimeCharts({ result, presenting }: { result: ConcurrencyResult; presenting: boolean }) {
  const points = chartPoints(result);
  const specs = useMemo(() => chartSpecs(result, points), [result, points]);
  const height = presenting ? 300 : 200;
  return (
    <div className={styles.charts}>
      {specs.map((spec) => (
        <ChartFigure key={spec.id} spec={spec} points={points} windowS={result.input.window * 60} height={height} large={presenting} />
      ))}
    </div>
  );
}
