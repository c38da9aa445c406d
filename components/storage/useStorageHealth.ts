'use client';

import { useSyncExternalStore } from 'react';
import type { SaveFailure } from '@/lib/storage/messages';
import { localArea, probe } from './storageArea';

type Health = 'unknown' | 'ok' | Exclude<SaveFailure, 'newer'>;

let health: Health = 'unknown';
const subscribe = () => {
  // Probed once per page load, the first time a page that keeps progress asks.
  if (health === 'unknown') health = probe(localArea()) ?? 'ok';
  return () => {};
};

/** Whether this browser lets the course save: 'unknown' on the server and until probed. */
export function useStorageHealth(): Health {
  return useSyncExternalStore(
    subscribe,
    () => health,
    () => 'unknown',
  );
}
