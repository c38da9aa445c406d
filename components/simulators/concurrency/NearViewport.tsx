'use client';

import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Space held until the content renders, so nothing jumps when it does. */
  minHeight: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * Renders its children only once the reader is near them. On a phone the charts and the
 * animation sit below the controls, so their code is neither fetched nor run until the reader
 * scrolls towards them; on a wide screen they are in view and render at once.
 */
export function NearViewport({ minHeight, className, testId, children }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          startTransition(() => setNear(true));
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={holder} className={className} style={near ? undefined : { minHeight }} data-testid={testId}>
      {near ? children : null}
    </div>
  );
}
