'use client';

import { useEffect, useRef, useState } from 'react';

/** The whole window plays in about this long: short enough to watch, long enough to follow. */
const PLAY_MS = 12_000;

/**
 * A playhead over the chart points. Play runs it from the current moment (or from the start, if
 * at the end) to the end of the window once, then stops; scrubbing pauses it. `onTick` hears
 * every moment the playhead passes, so the caller can release that moment's dots.
 */
export function usePlayback(length: number, initial: number, onTick: (moment: number) => void) {
  const [moment, setMoment] = useState(initial);
  const [playing, setPlaying] = useState(false);
  const at = useRef(initial);
  const tick = useRef(onTick);
  const tickMs = Math.max(30, PLAY_MS / Math.max(1, length));

  useEffect(() => {
    tick.current = onTick;
  });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = at.current + 1;
      if (next > length - 1) {
        setPlaying(false);
        return;
      }
      at.current = next;
      setMoment(next);
      tick.current(next);
    }, tickMs);
    return () => window.clearInterval(timer);
  }, [playing, length, tickMs]);

  const seek = (m: number) => {
    at.current = m;
    setMoment(m);
  };

  return {
    moment: Math.min(moment, length - 1),
    playing,
    play: () => {
      if (at.current >= length - 1) seek(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    seek: (m: number) => {
      setPlaying(false);
      seek(m);
    },
  };
}
