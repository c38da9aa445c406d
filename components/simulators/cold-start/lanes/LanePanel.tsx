'use client';

import { formatDuration, formatNumber } from '@/lib/format';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { fittingSpan, laneSpans } from '@/lib/sim/cold-start-charts';
import { useWidth } from '../useWidth';
import { chartHeight, laneLayout } from './geometry';
import { LaneChart } from './LaneChart';
import { LaneLegend } from './LaneLegend';
import { LanesTable } from './LanesTable';
import { PlayerControls } from './PlayerControls';
import { Readout } from './Readout';
import styles from '../ColdStart.module.css';

const LanePlayer = lazy(() => import('./LanePlayer'));

/** Lanes shown before "Show all": enough for most scenarios, short enough to see the charts below. */
const FIRST_LANES = 12;

/** A key per run, so the player remounts (and opens at the final state) whenever the run changes. */
const runKeys = new WeakMap<ColdStartResult, number>();
let nextKey = 0;
function runKey(r: ColdStartResult): number {
  if (!runKeys.has(r)) runKeys.set(r, ++nextKey);
  return runKeys.get(r)!;
}

function describeLanes(r: ColdStartResult, shown: number, spanSec: number): string {
  const lanes = r.fleet.lanes.slice(0, shown);
  if (lanes.length === 0) return 'No execution environment was started in this run.';
  const reclaimed = lanes.filter((l) => l.reclaimedAtSec !== null).length;
  const created = r.fleet.environmentsCreated;
  const of = created > lanes.length ? `${formatNumber(lanes.length)} of the ${formatNumber(created)} execution environments created` : `all ${formatNumber(created)} execution environments`;
  const over = spanSec < r.windowSec ? `the first ${formatDuration(spanSec)} of the ${formatDuration(r.windowSec)} run` : formatDuration(r.windowSec);
  return `Lanes for ${of} over ${over}: each started with a cold start unless provisioned, served requests and idled; ${formatNumber(reclaimed)} of them were reclaimed after idling. The table below lists them.`;
}

/** The animated lanes with their controls, legend and table. Framer-motion arrives with the player. */
export function LanePanel({ result, presenting }: { result: ColdStartResult; presenting: boolean }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [showAll, setShowAll] = useState(false);
  const [spanChoice, setSpanChoice] = useState<'fit' | number>('fit');
  const spanSelect = useId();
  const total = result.fleet.lanes.length;
  const lanesShown = showAll ? total : Math.min(total, FIRST_LANES);
  const spans = laneSpans(result.windowSec);
  const fitted = fittingSpan(
    result.windowSec,
    result.fleet.lanes.slice(0, lanesShown).map((l) => l.reclaimedAtSec ?? result.windowSec),
  );
  const spanSec = spanChoice !== 'fit' && spans.includes(spanChoice) ? spanChoice : fitted;
  const layout = useMemo(() => laneLayout(width, presenting), [width, presenting]);
  const label = describeLanes(result, lanesShown, spanSec);
  const height = chartHeight(layout, lanesShown);
  const fallback = (
    <>
      <PlayerControls spanSec={spanSec} playing={false} speed={1} ready={false} reducedMotion={false} />
      <div role="img" aria-label={label} className={styles.laneScroll} style={{ height }}>
        <LaneChart result={result} spanSec={spanSec} layout={layout} lanesShown={lanesShown} />
      </div>
      <Readout result={result} spanSec={spanSec} progress={1} playing={false} />
    </>
  );
  const spanName = (s: number) => (s === result.windowSec ? `The whole run (${formatDuration(s)})` : `The first ${formatDuration(s)}`);

  return (
    <figure className={styles.figure} data-testid="lanes">
      <figcaption className={styles.figureTitle}>Execution environments, one lane each</figcaption>
      {spans.length > 1 ? (
        <div className={styles.spanRow}>
          <label htmlFor={spanSelect}>Time shown</label>
          <select
            id={spanSelect}
            value={String(spanChoice)}
            onChange={(e) => setSpanChoice(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
            data-testid="lanes-span"
          >
            <option value="fit">Fitted to these lanes: {spanName(fitted).toLowerCase()}</option>
            {spans.map((s) => (
              <option key={s} value={s}>
                {spanName(s)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div ref={ref} className={styles.laneBox}>
        {width > 0 ? (
          <Suspense fallback={fallback}>
            <LanePlayer key={`${runKey(result)}-${spanSec}`} result={result} spanSec={spanSec} layout={layout} lanesShown={lanesShown} label={label} />
          </Suspense>
        ) : (
          <div style={{ height: height + 96 }} />
        )}
      </div>
      <LaneLegend />
      {total > FIRST_LANES ? (
        <button type="button" className={styles.linkButton} onClick={() => setShowAll((v) => !v)} aria-expanded={showAll} data-testid="lanes-show-all">
          {showAll ? `Show the first ${FIRST_LANES} lanes` : `Show all ${total} lanes`}
        </button>
      ) : null}
      {result.fleet.environmentsCreated > total ? (
        <p className={styles.note}>
          Lanes are kept for the first {formatNumber(total)} of the {formatNumber(result.fleet.environmentsCreated)} environments this run created.
        </p>
      ) : null}
      <LanesTable result={result} />
    </figure>
  );
}
