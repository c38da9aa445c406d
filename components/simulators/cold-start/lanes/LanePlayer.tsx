'use client';

import { formatDuration } from '@/lib/format';
import { animate, domMin, LazyMotion, m, useMotionValue, useMotionValueEvent, useReducedMotion, useTransform, type AnimationPlaybackControls } from 'framer-motion';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { chartHeight, laneTop, plotWidth, type LaneLayout } from './geometry';
import { LaneChart } from './LaneChart';
import { PLAY_SECONDS, PlayerControls, STEPS } from './PlayerControls';
import { Readout } from './Readout';
import styles from '../ColdStart.module.css';

interface Props {
  result: ColdStartResult;
  spanSec: number;
  layout: LaneLayout;
  lanesShown: number;
  label: string;
}

/** How often the sentence under the lanes follows the playhead while it plays. */
const READOUT_EVERY_MS = 400;

/**
 * The lanes, animated: a playhead sweeps the window and reveals what each environment was doing.
 * Loaded lazily (framer-motion is only fetched with it). It starts at the run's final state and
 * plays only when asked; with reduced motion it never plays, but Step and Reset still work.
 * The parent remounts it (a key) for each new run, so a run always opens at its final state.
 */
export default function LanePlayer({ result, spanSec, layout, lanesShown, label }: Props) {
  const reducedMotion = useReducedMotion() ?? false;
  const progress = useMotionValue(1);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [shown, setShown] = useState(1);
  const animation = useRef<AnimationPlaybackControls | null>(null);
  const lastReadout = useRef(0);

  const halt = useCallback(() => {
    animation.current?.stop();
    animation.current = null;
    setPlaying(false);
  }, []);
  useEffect(() => halt, [halt]);

  const playFrom = (from: number, atSpeed: number) => {
    animation.current?.stop();
    progress.set(from);
    setShown(from);
    animation.current = animate(progress, 1, {
      duration: ((1 - from) * PLAY_SECONDS) / atSpeed,
      ease: 'linear',
      onComplete: () => {
        animation.current = null;
        setPlaying(false);
        setShown(1);
      },
    });
    setPlaying(true);
  };

  const jumpTo = (p: number) => {
    halt();
    progress.set(p);
    setShown(p);
  };

  useMotionValueEvent(progress, 'change', (p) => {
    const now = performance.now();
    if (animation.current && now - lastReadout.current > READOUT_EVERY_MS) {
      lastReadout.current = now;
      setShown(p);
    }
  });

  const plot = plotWidth(layout);
  const revealWidth = useTransform(progress, (p) => p * plot);
  const playX = useTransform(progress, (p) => layout.left + p * plot);
  const labelX = useTransform(playX, (x) => Math.min(layout.width - 40, Math.max(layout.left + 40, x)));
  const timeText = useTransform(progress, (p) => formatDuration(p * spanSec));
  const bottom = laneTop(layout, Math.min(lanesShown, result.fleet.lanes.length)) + 2;

  const renderClip = useCallback(
    (_id: string, height: number) => <m.rect x={layout.left} y={0} height={height} width={revealWidth} />,
    [layout.left, revealWidth],
  );

  return (
    // domMin is the smallest renderer: enough for `m` elements to follow motion values, no gestures or layout.
    <LazyMotion features={domMin} strict>
      <PlayerControls
        spanSec={spanSec}
        playing={playing}
        speed={speed}
        ready
        reducedMotion={reducedMotion}
        onPlay={() => playFrom(progress.get() >= 1 ? 0 : progress.get(), speed)}
        onPause={() => {
          halt();
          setShown(progress.get());
        }}
        onStep={() => jumpTo(Math.min(1, (Math.floor(progress.get() * STEPS + 1e-6) + 1) / STEPS))}
        onReset={() => jumpTo(0)}
        onSpeed={(s) => {
          setSpeed(s);
          if (animation.current) playFrom(progress.get(), s);
        }}
      />
      <div role="img" aria-label={label} className={styles.laneScroll} style={{ height: chartHeight(layout, Math.min(lanesShown, result.fleet.lanes.length)) }}>
        <LaneChart
          result={result}
          spanSec={spanSec}
          layout={layout}
          lanesShown={lanesShown}
          renderClip={renderClip}
          overlay={
            <g className={styles.playhead} data-testid="lanes-playhead">
              <m.line x1={playX} x2={playX} y1={layout.head} y2={bottom} />
              <m.text x={labelX} y={layout.head - 4} textAnchor="middle" className={styles.playheadText}>
                {timeText}
              </m.text>
            </g>
          }
        />
      </div>
      <Readout result={result} spanSec={spanSec} progress={shown} playing={playing} />
    </LazyMotion>
  );
}
