'use client';

import { formatDuration, formatNumber } from '@/lib/format';
import { useId } from 'react';
import styles from '../ColdStart.module.css';

/** Seconds the whole window takes to play at 1×, whatever its length. */
export const PLAY_SECONDS = 30;
/** Step moves the playhead by this share of the window. */
export const STEPS = 60;
export const SPEEDS = [0.5, 1, 2, 4] as const;

interface Props {
  /** Seconds of the run the lanes show; a step is a sixtieth of it. */
  spanSec: number;
  playing: boolean;
  speed: number;
  /** Controls are shown but inert while the animation's code loads. */
  ready: boolean;
  reducedMotion: boolean;
  onPlay?: () => void;
  onPause?: () => void;
  onStep?: () => void;
  onReset?: () => void;
  onSpeed?: (speed: number) => void;
}

const speedLabel = (s: number) => `${s === 0.5 ? '½' : s}× (whole run in ${formatNumber(PLAY_SECONDS / s, 1)} s)`;

/** Play / pause, step, reset and speed for the lanes: native buttons and a select, so keys just work. */
export function PlayerControls({ spanSec, playing, speed, ready, reducedMotion, onPlay, onPause, onStep, onReset, onSpeed }: Props) {
  const id = useId();
  const stepText = `Step forward ${formatDuration(spanSec / STEPS)}`;
  return (
    <div className={styles.player} role="group" aria-label="Animation of the run">
      <button
        type="button"
        className={styles.playerButton}
        onClick={playing ? onPause : onPlay}
        disabled={!ready || reducedMotion}
        data-testid="lanes-play"
      >
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className={styles.playerButton} onClick={onStep} disabled={!ready} data-testid="lanes-step">
        {stepText}
      </button>
      <button type="button" className={styles.playerButton} onClick={onReset} disabled={!ready} data-testid="lanes-reset">
        Reset animation
      </button>
      <label htmlFor={`${id}-speed`} className={styles.speedLabel}>
        Speed
      </label>
      <select id={`${id}-speed`} value={speed} onChange={(e) => onSpeed?.(Number(e.target.value))} disabled={!ready || reducedMotion} data-testid="lanes-speed">
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {speedLabel(s)}
          </option>
        ))}
      </select>
      {reducedMotion ? (
        <p className={styles.playerNote} data-testid="lanes-reduced-motion">
          Your device asks for reduced motion, so the run is shown whole and does not play. Reset and Step walk through it a slice at a time.
        </p>
      ) : null}
    </div>
  );
}
