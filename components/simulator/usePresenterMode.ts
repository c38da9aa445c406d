'use client';

import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Presenter mode for a classroom projector: the simulator fills the screen with large type.
 * It asks the browser for full screen where allowed and falls back to a fixed overlay; Esc
 * leaves either way, and focus returns to the button that opened it.
 */
export function usePresenterMode(root: RefObject<HTMLElement | null>, returnFocusTo: RefObject<HTMLElement | null>) {
  const [presenting, setPresenting] = useState(false);

  const enter = useCallback(() => {
    setPresenting(true);
    const el = root.current;
    if (el && document.fullscreenEnabled && !document.fullscreenElement) {
      el.requestFullscreen().catch(() => undefined); // the overlay is enough without it
    }
    requestAnimationFrame(() => el?.focus());
  }, [root]);

  const leave = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    requestAnimationFrame(() => returnFocusTo.current?.focus());
  }, [returnFocusTo]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leave();
    };
    // Esc in real full screen is swallowed by the browser, which only reports fullscreenchange.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [presenting, leave]);

  return { presenting, enter, leave };
}
