'use client';

import { startTransition, useEffect, useRef, useState, type ComponentType } from 'react';
import { loadSimulatorView } from './loaders';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';
import type { ShellProps } from './SimulatorShell';
import styles from './Shell.module.css';

type Loaded = { View: ComponentType<ShellProps> } | { failed: true } | null;

/**
 * Loads the simulator for an id lazily; the frame around it is drawn on the server. Its code
 * (charts, animation) is fetched only when the reader nears it and the browser is idle, so the
 * lesson's text paints and becomes interactive first. Its state comes from the URL, which only the
 * browser has, so it is never rendered on the server.
 */
export function SimulatorSlot({ id, ...props }: ShellProps & { id: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [attempt, setAttempt] = useState(0);

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

  useEffect(() => {
    if (!near) return;
    let current = true;
    loadSimulatorView(id).then(
      (View) => current && startTransition(() => setLoaded({ View })),
      () => current && setLoaded({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [near, id, attempt]);

  const retry = () => {
    setLoaded(null);
    setAttempt((a) => a + 1);
  };

  let body = <SimulatorPlaceholder />;
  if (loaded && 'View' in loaded) body = <loaded.View {...props} />;
  else if (loaded) {
    body = (
      <div role="alert" className={styles.placeholder}>
        <p className={styles.placeholderText}>The simulator’s code could not be loaded (the connection may have dropped). The lesson reads fine without it.</p>
        <button type="button" className={styles.toolButton} onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return <div ref={holder}>{body}</div>;
}
