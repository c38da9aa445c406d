'use client';

import { useState } from 'react';
import type { SimulatorViewProps } from '@/components/simulator/types';
import { ChartsPanel } from './charts/ChartsPanel';
import { Cost } from './Cost';
import type { ColdStartSchema } from '@/lib/sim/cold-start';
import type { ColdStartRun } from './model/runner';
import { LanePanel } from './lanes/LanePanel';
import { Metrics } from './Metrics';
import { PinBar, type PinnedRun } from './PinBar';
import { WhenNear } from './WhenNear';
import styles from './ColdStart.module.css';

/**
 * The cold-start simulator's result: the figures (and a pinned run's beside them), the animated
 * lanes, the latency histogram and environments chart, and the bill. The lanes and charts are
 * drawn when the reader nears them, and their code (framer-motion, Recharts) loads with them.
 */
export function ColdStartView({ state, result: run, presenting }: SimulatorViewProps<ColdStartSchema, ColdStartRun>) {
  const [pinned, setPinned] = useState<PinnedRun | null>(null);
  const pinnedResult = pinned?.result ?? null;
  const { result } = run;
  const className = `${styles.view} ${presenting ? styles.presenting : ''}`;
  // The very first run is being worked out: keep the figures' place so nothing jumps when they come.
  if (!result) {
    return (
      <div className={className}>
        <Metrics result={null} pinned={null} />
      </div>
    );
  }
  return (
    <div className={className}>
      <Metrics result={result} pinned={pinnedResult} />
      <PinBar state={state} result={result} pinned={pinned} pending={run.pending} onPin={setPinned} />
      <WhenNear minHeight={420} testId="lanes-section">
        <LanePanel result={result} presenting={presenting} />
      </WhenNear>
      <WhenNear minHeight={presenting ? 560 : 420} testId="charts-section">
        <ChartsPanel result={result} pinned={pinnedResult} presenting={presenting} />
      </WhenNear>
      <Cost result={result} pinned={pinnedResult} />
    </div>
  );
}
