'use client';

import { formatCount, formatDuration, formatNumber } from '@/lib/format';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { stateAt } from '@/lib/sim/cold-start-charts';
import styles from '../ColdStart.module.css';


/** The run as it stood at the playhead, in one sentence. */
export function readoutText(result: ColdStartResult, spanSec: number, progress: number): string {
  const s = stateAt(result, progress * spanSec);
  const when = s.timeSec >= result.windowSec ? `At the end of the run (${formatDuration(result.windowSec)})` : `At ${formatDuration(s.timeSec)}`;
  const arrived = `${formatCount(s.requestsSoFar, ['request had', 'requests had'])} arrived, ${formatNumber(s.coldStartsSoFar)} of them cold`;
  const fleet = `around then up to ${formatCount(s.alive, ['environment was', 'environments were'])} alive and ${formatNumber(s.busy)} busy`;
  return `${when}: ${arrived}; ${fleet}.`;
}

/** Announced politely after a step or a pause; silent while playing so it does not chatter. */
export function Readout({ result, spanSec, progress, playing }: { result: ColdStartResult; spanSec: number; progress: number; playing: boolean }) {
  return (
    <p className={styles.readout} aria-live={playing ? 'off' : 'polite'} data-testid="lanes-readout" data-progress={progress.toFixed(4)}>
      {readoutText(result, spanSec, progress)}
    </p>
  );
}
