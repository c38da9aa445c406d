'use client';

import { formatClock, formatDuration } from '@/lib/format';
import { LazyMotion, domAnimation, useReducedMotion } from 'framer-motion';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConcurrencyResult } from '@/lib/sim/concurrency';
import { chartPoints } from '../chart-points';
import { describeMoment, environmentsPerCell, fateRates, tellingMoment, type Fate } from './flow-moment';
import { FlowDiagram } from './FlowDiagram';
import { fatePath, flowLayout } from './layout';
import { Particles, type Particle } from './Particles';
import { useFlowShape } from './useFlowShape';
import { usePlayback } from './usePlayback';
import styles from './Flow.module.css';

const FATES: readonly Fate[] = ['queued', 'served', 'throttled', 'failed', 'dlq'];
/** Dots released per moment at the window's busiest rate; fewer when traffic is lighter. */
const DOTS_AT_PEAK = 1.2;
const MOST_DOTS = 60;

interface Props {
  result: ConcurrencyResult;
}

/**
 * The mechanism, animated: press Play and the window runs in about twelve seconds, with dots for
 * requests flowing from the callers into environments, the queue and the database, and the grid of
 * environments filling as Lambda scales. With reduced motion there are no moving dots: the same
 * picture changes only when the learner moves the time slider.
 */
export default function FlowAnimation({ result }: Props) {
  const points = chartPoints(result);
  const reduceMotion = useReducedMotion() ?? false;
  const { ref, shape } = useFlowShape<HTMLDivElement>();
  const layout = flowLayout(shape);
  const { input } = result;
  const queued = input.mode !== 'sync';
  const unit = useMemo(() => environmentsPerCell(result), [result]);
  const scale = useMemo(() => {
    let rate = 1;
    let depth = 1;
    for (const p of points) {
      rate = Math.max(rate, p.offeredRps, p.throttledPerS + p.completedPerS + p.failedPerS);
      depth = Math.max(depth, p.queueDepth);
    }
    return { rate, depth };
  }, [points]);

  const [particles, setParticles] = useState<Particle[]>([]);
  const owed = useRef<Record<Fate, number>>({ queued: 0, served: 0, throttled: 0, failed: 0, dlq: 0 });
  const nextId = useRef(0);

  const release = useCallback(
    (moment: number) => {
      if (reduceMotion) return;
      const rates = fateRates(points[moment]!, input.mode);
      const born: Particle[] = [];
      for (const fate of FATES) {
        owed.current[fate] += (rates[fate] / scale.rate) * DOTS_AT_PEAK;
        while (owed.current[fate] >= 1) {
          owed.current[fate] -= 1;
          const jitter = ((nextId.current * 37) % 11) / 10 - 0.5;
          born.push({ id: nextId.current++, fate, path: fatePath(layout, fate, queued, input.dbconn > 0, jitter) });
        }
      }
      if (born.length > 0) setParticles((ps) => [...ps, ...born].slice(-MOST_DOTS));
    },
    [reduceMotion, points, input.mode, input.dbconn, scale.rate, layout, queued],
  );

  const playback = usePlayback(points.length, tellingMoment(points, input.mode), release);
  const point = points[playback.moment]!;
  const windowS = input.window * 60;

  return (
    <figure className={styles.flow} data-testid="flow-animation">
      <figcaption className={styles.flowCaption}>
        <span className={styles.flowTitle}>Inside the platform, moment by moment</span>
        {reduceMotion
          ? ' Move the time slider to see each moment.'
          : ' Press Play to run the window in twelve seconds, or move the time slider.'}{' '}
        Each square is a group of execution environments: filled when busy, outlined in bold when warm and idle, thinly outlined when they could start now, grey when the scaling rate or a cap does not allow them yet.
      </figcaption>
      <div ref={ref} className={styles.stage}>
        <LazyMotion features={domAnimation} strict>
          <FlowDiagram layout={layout} point={point} result={result} unit={unit} queueTop={scale.depth}>
            {reduceMotion ? null : <Particles particles={particles} onDone={(id) => setParticles((ps) => ps.filter((p) => p.id !== id))} />}
          </FlowDiagram>
        </LazyMotion>
      </div>
      <div className={styles.playbar}>
        {reduceMotion ? null : (
          <button type="button" className={styles.play} onClick={playback.playing ? playback.pause : playback.play} data-testid="flow-play">
            {playback.playing ? 'Pause' : 'Play'}
          </button>
        )}
        <label className={styles.scrub}>
          <span>
            Moment shown: <output>{formatClock(point.tS)}</output> of {formatClock(windowS)}
          </span>
          <input
            type="range"
            min={0}
            max={points.length - 1}
            step={1}
            value={playback.moment}
            aria-valuetext={formatDuration(point.tS)}
            onChange={(e) => playback.seek(Number(e.target.value))}
            data-testid="flow-moment"
          />
        </label>
      </div>
      <p className={styles.readout} data-testid="flow-readout">
        {describeMoment(point, result)}
      </p>
    </figure>
  );
}
