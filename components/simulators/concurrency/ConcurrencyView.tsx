'use client';

import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { downsampleConcurrency, type ConcurrencyResult } from '@/lib/sim/concurrency';
import type { SimulatorViewProps } from '@/components/simulator/types';
import { chartSpecs } from './chart-specs';
import { TimeCharts } from './charts/TimeCharts';
import type { ConcurrencySchema } from './definition';
import { Metrics } from './Metrics';
import { NearViewport } from './NearViewport';
import styles from './Concurrency.module.css';

// framer-motion arrives as a chunk of its own, after the numbers have painted.
const FlowAnimation = lazy(() => import('./flow/FlowAnimation'));

/** Points per chart series: enough to keep a short spike visible, few enough to draw cheaply. */
const CHART_POINTS = 240;

export function ConcurrencyView({ result, presenting }: SimulatorViewProps<ConcurrencySchema, ConcurrencyResult>) {
  // The numbers follow every change at once; the charts and the animation catch up when the
  // browser has a moment, so dragging a slider stays smooth.
  const shown = useDeferredValue(result);
  const points = useMemo(() => downsampleConcurrency(shown, CHART_POINTS), [shown]);
  const specs = useMemo(() => chartSpecs(shown, points), [shown, points]);
  const scenarioKey = useMemo(() => JSON.stringify(shown.input), [shown]);

  return (
    <div className={`${styles.view} ${presenting ? styles.presenting : ''}`}>
      <Metrics result={result} />
      <NearViewport minHeight="24rem">
        <Suspense fallback={<div className={styles.flowPending} />}>
          <FlowAnimation key={scenarioKey} points={points} result={shown} />
        </Suspense>
      </NearViewport>
      <TimeCharts specs={specs} points={points} windowS={shown.input.window * 60} presenting={presenting} />
    </div>
  );
}
