'use client';

import { formatMs, formatPercent } from '@/lib/format';
import { coldStartSchema, type ColdStartResult, type ColdStartState } from '@/lib/sim/cold-start';
import { scenarioDifferences } from '@/lib/url-state';
import styles from './ColdStart.module.css';

export interface PinnedRun {
  state: ColdStartState;
  result: ColdStartResult;
}

function comparison(pinned: PinnedRun, result: ColdStartResult): string {
  const was = pinned.result;
  if (was === result) return 'Now change a control or pick a scenario: the pinned figures stay beside the new ones, and its charts are drawn faintly with dashes.';
  if (was.requestCount === 0 || result.requestCount === 0) return 'One of the two runs had no requests, so their latencies cannot be compared.';
  return `p99 went from ${formatMs(was.latency.all.p99)} (pinned) to ${formatMs(result.latency.all.p99)}, and requests that started cold from ${formatPercent(was.coldStartShare)} to ${formatPercent(result.coldStartShare)}.`;
}

interface Props {
  state: ColdStartState;
  result: ColdStartResult;
  pinned: PinnedRun | null;
  /** While the run for the current scenario is worked out, the figures shown are the previous run's: not pinnable. */
  pending: boolean;
  onPin: (run: PinnedRun | null) => void;
}

/** Comparison mode: pin this run, then the next one is drawn beside it. */
export function PinBar({ state, result, pinned, pending, onPin }: Props) {
  if (!pinned) {
    return (
      <div className={styles.pinBar}>
        <button type="button" className={styles.playerButton} onClick={() => onPin({ state, result })} disabled={pending} data-testid="pin-run">
          Pin this run to compare
        </button>
        <span className={styles.note}>Then change something, and the two runs are shown side by side.</span>
      </div>
    );
  }
  const differences = scenarioDifferences(coldStartSchema, pinned.state, state);
  return (
    <div className={`${styles.pinBar} ${styles.pinned}`} data-testid="pinned-summary">
      <p className={styles.pinText}>
        <strong>Pinned run</strong>
        {differences.length === 0 ? ': the same scenario as now.' : <>, which differs in {differences.join('; ')}.</>}
      </p>
      <p className={styles.pinText} data-testid="comparison-sentence">
        {comparison(pinned, result)}
      </p>
      <div className={styles.pinButtons}>
        <button type="button" className={styles.playerButton} onClick={() => onPin({ state, result })} disabled={pending || pinned.result === result} data-testid="pin-run">
          Pin this run instead
        </button>
        <button type="button" className={styles.playerButton} onClick={() => onPin(null)} data-testid="unpin-run">
          Unpin
        </button>
      </div>
    </div>
  );
}
