'use client';

import type { ConcurrencyChartPoint } from '@/lib/sim/concurrency';
import type { ChartSpec } from '../chart-specs';
import { ChartTable } from './ChartTable';
import { SeriesKey } from './SeriesKey';
import { lazy, Suspense } from 'react';
import { NearViewport } from '../NearViewport';
import styles from '../Concurrency.module.css';

// Recharts is a chunk of its own, fetched when the first chart nears the viewport.
const TimeChart = lazy(() => import('./TimeChart'));

interface Props {
  spec: ChartSpec;
  points: readonly ConcurrencyChartPoint[];
  windowS: number;
  height: number;
  large: boolean;
}

/** A chart with its title, its key (line styles, not colour alone), a caption and its table. */
export function ChartFigure({ spec, points, windowS, height, large }: Props) {
  const keyItems = [...spec.series, ...spec.references.map((r) => ({ name: r.label, color: r.color, style: r.style }))];
  return (
    <figure className={styles.figure} data-testid={`chart-${spec.id}`}>
      <figcaption>
        <span className={styles.chartTitle}>{spec.title}</span>
        <span className={styles.chartCaption}>{spec.caption}</span>
      </figcaption>
      {spec.empty ? (
        <p className={styles.emptyChart}>{spec.empty}</p>
      ) : (
        // The key, the chart and its table are all built once the reader comes near.
        <NearViewport minHeight={`${height + 60}px`}>
          <SeriesKey items={keyItems} />
          <Suspense fallback={<div style={{ height }} />}>
            <TimeChart spec={spec} points={points} windowS={windowS} height={height} title={`${spec.title} over time`} large={large} />
          </Suspense>
          <ChartTable spec={spec} points={points} />
        </NearViewport>
      )}
    </figure>
  );
}
