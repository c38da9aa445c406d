'use client';

import { lazy, Suspense, useMemo } from 'react';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { latencyHistogram } from '@/lib/sim/cold-start-charts';
import { useWidth } from '../useWidth';
import { describeFleet, describeHistogram } from './describe';
import { fleetPoints } from './fleetPoints';
import { FleetTable } from './FleetTable';
import { HistogramTable } from './HistogramTable';
import { ChartKey } from './ChartKey';
import styles from '../ColdStart.module.css';

const HistogramPlot = lazy(() => import('./HistogramPlot'));
const FleetPlot = lazy(() => import('./FleetPlot'));

interface Props {
  result: ColdStartResult;
  pinned: ColdStartResult | null;
  presenting: boolean;
}

/** A fixed-height box while a chart's code loads, so nothing below it jumps. */
const Placeholder = ({ height }: { height: number }) => <div className={styles.chartPlaceholder} style={{ height }} />;

/** The latency histogram and the environments-over-time chart, each with its words and its table. */
export function ChartsPanel({ result, pinned, presenting }: Props) {
  const [histRef, histWidth] = useWidth<HTMLDivElement>();
  const [fleetRef, fleetWidth] = useWidth<HTMLDivElement>();
  const height = presenting ? 420 : 280;
  const fontSize = presenting ? 16 : 12;
  const bins = useMemo(() => latencyHistogram(result.requests, pinned?.requests ?? null), [result, pinned]);
  const points = useMemo(() => fleetPoints(result, pinned), [result, pinned]);
  const domainSec = Math.max(result.windowSec, pinned?.windowSec ?? 0);
  const histText = describeHistogram(result, pinned);
  const fleetText = describeFleet(result, pinned);

  return (
    <div className={styles.charts}>
      <figure className={styles.figure} data-testid="latency-histogram">
        <figcaption className={styles.figureTitle}>How long requests took</figcaption>
        <div ref={histRef} role="img" aria-label={histText} style={{ minHeight: height }}>
          {bins.length === 0 ? (
            <p className={styles.empty} style={{ height }}>
              No requests arrived, so there is no latency to draw.
            </p>
          ) : histWidth > 0 ? (
            <Suspense fallback={<Placeholder height={height} />}>
              <HistogramPlot bins={bins} latency={result.latency.all} width={histWidth} height={height} fontSize={fontSize} />
            </Suspense>
          ) : null}
        </div>
        <ChartKey
          items={[
            { swatch: 'warm', text: 'Warm requests' },
            { swatch: 'cold', text: 'Cold requests (hatched)' },
            ...(pinned ? [{ swatch: 'pinned' as const, text: 'Pinned run, all requests (faint, dashed)' }] : []),
            { swatch: 'markers', text: 'p50 dotted, p95 dashed, p99 solid' },
          ]}
        />
        <p className={styles.note}>{histText}</p>
        <HistogramTable bins={bins} />
      </figure>
      <figure className={styles.figure} data-testid="fleet-chart">
        <figcaption className={styles.figureTitle}>Environments alive over time</figcaption>
        <div ref={fleetRef} role="img" aria-label={fleetText} style={{ minHeight: height }}>
          {fleetWidth > 0 ? (
            <Suspense fallback={<Placeholder height={height} />}>
              <FleetPlot points={points} windowSec={domainSec} hasPinned={pinned !== null} hasProvisioned={result.fleet.provisioned > 0} width={fleetWidth} height={height} fontSize={fontSize} />
            </Suspense>
          ) : null}
        </div>
        <ChartKey
          items={[
            { swatch: 'alive', text: 'Alive (most at once in each slice)' },
            { swatch: 'busy', text: 'Busy or starting (dashed)' },
            ...(result.fleet.provisioned > 0 ? [{ swatch: 'provisioned' as const, text: 'Provisioned (dotted)' }] : []),
            ...(pinned ? [{ swatch: 'pinned' as const, text: 'Pinned run, alive (faint, long dashes)' }] : []),
          ]}
        />
        <p className={styles.note}>{fleetText}</p>
        <FleetTable points={points} hasPinned={pinned !== null} />
      </figure>
    </div>
  );
}
