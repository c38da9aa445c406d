'use client';

import { useEffect, useRef, useState } from 'react';

/** 'wide' when the animation has room to run left to right, else 'tall' (phones). */
export function useFlowShape<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [shape, setShape] = useState<'wide' | 'tall'>('wide');
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setShape(entry.contentRect.width >= 540 ? 'wide' : 'tall');
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, shape };
}
