'use client';

import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { ConcurrencyResult } from '@/lib/sim/concurrency';
import type { SimulatorViewProps } from '@/components/simulator/types';
import { TimeCharts } from './charts/TimeCharts';
import type { ConcurrencySchema } from '@/lib/sim/concurrency/schema';
import { Metrics } from './Metrics';
import { NearViewport } from './NearViewport';
import styles from './Concurrency.module.css';

// framer-motion arrives as a chunk of its own, after the numbers have painted.
const FlowAnimation = lazy(() => import('./flow/FlowAnimation'));

export function ConcurrencyView({ result, presenting }: SimulatorViewProps<ConcurrencySchema, ConcurrencyResult>) {
  // The numbers follow every change at once; the charts and the animation catch up when the
  // browser has a moment, so dragging a slider stays smooth.
  const shown = useDeferredValue(result);
  const scenarioKey = useMemo(() => JSON.stringify(shown.input), [shown]);

  return (
    <div className={`${styles.view} ${presenting ? styles.presenting : ''}`}>
      <Metrics result={result} />
      <NearViewport minHeight="24rem" testId="flow-holder">
        <Suspense fallback={<div className={styles.flowPending} />}>
          <FlowAnimation key={scenarioKey} result={shown} />
        </Suspense>
      </NearViewport>
      <NearViewport minHeight={presenting ? '90rem' : '64rem'} testId="charts">
        <TimeCharts result={shown} presenting={presenting} />
      </NearViewport>
    </div>
  );
}
