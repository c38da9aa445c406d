'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { DocumentSpec } from '@/lib/storage/document';
import { storeFor } from './documentStore';

/**
 * One stored document in a component: its state (read after hydration, so the server's HTML and
 * the first render agree), and the ways to change it. Pass `keep: false` from components that
 * only show progress (a "continue" link, a read mark in a list): pages with a keeper also write
 * back a document recovered on load, so its notice shows once.
 */
export function useStoredDocument<T>(spec: DocumentSpec<T>, { keep = true }: { keep?: boolean } = {}) {
  const store = storeFor(spec);
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener, keep), [store, keep]);
  const state = useSyncExternalStore(subscribe, store.getSnapshot, store.getServerSnapshot);
  return { ...state, update: store.update, importValue: store.importValue, reset: store.reset, dismissNotice: store.dismissNotice, store };
}
