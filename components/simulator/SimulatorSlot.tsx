'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { simulatorLoaders } from './loaders';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';
import type { ShellProps } from './SimulatorShell';

/**
 * Picks the lazily loaded simulator for an id; the frame around it is drawn on the server.
 * The simulator's code (charts, animation) is fetched only when the reader nears it and the
 * browser is idle, so the lesson's text paints and becomes interactive first.
 */
export function SimulatorSlot({ id, ...props }: ShellProps & { id: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    let idle: number | undefined;
    // A transition lets React render the simulator in small slices instead of one long task
    // that would block a reader's scroll or click.
    const load = () => startTransition(() => setNear(true));
    const start = () => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(load, { timeout: 1500 }) : window.setTimeout(load, 200);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, []);

  const Loaded = simulatorLoaders[id];
  if (!Loaded) return <p role="alert">There is no simulator called “{id}”.</p>;
  return <div ref={holder}>{near ? <Loaded {...props} /> : <SimulatorPlaceholder />}</div>;
}
