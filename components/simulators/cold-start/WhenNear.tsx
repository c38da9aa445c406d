'use client';

import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Space kept while the content is not drawn, close to its real height. */
  minHeight: number;
  testId?: string;
  children: ReactNode;
}

/**
 * Draws its content only once the reader scrolls near it. On a phone the results sit below the
 * controls, so the lanes and charts (and the animation and charting code they fetch) wait until
 * they are wanted instead of competing with the page's first seconds.
 */
export function WhenNear({ minHeight, testId, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
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
    <div ref={ref} data-testid={testId} style={near ? undefined : { minHeight }}>
      {near ? children : null}
    </div>
  );
}
