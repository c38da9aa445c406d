'use client';

import type { ConcurrencyChartPoint } from '@/lib/sim/concurrency';
import type { ChartSpec } from '../chart-specs';
import { ChartFigure } from './ChartFigure';
import styles from '../Concurrency.module.css';

interface Props {
  specs: readonly ChartSpec[];
  points: readonly ConcurrencyChartPoint[];
  windowS: number;
  presenting: boolean;
}

/** The four charts on one time axis; each draws itself when the reader comes near it. */
export function TimeCharts({ specs, points, windowS, presenting }: Props) {
  const height = presenting ? 300 : 200;
  return (
    <div className={styles.charts}>
      {specs.map((spec) => (
        <ChartFigure key={spec.id} spec={spec} points={points} windowS={windowS} height={height} large={presenting} />
      ))}
    </div>
  );
}
