'use client';

import { useSyncExternalStore } from 'react';
import { type DocumentState, type DocumentStore, storeFor } from '@/components/storage/documentStore';
import { progressDocuments } from '@/lib/progress/documents';

type Stores = DocumentStore<unknown>[];

/** A snapshot getter that returns the same array while no document has changed, as React requires. */
function stableStates(stores: Stores, pick: (s: DocumentStore<unknown>) => DocumentState<unknown>) {
  let last: DocumentState<unknown>[] = [];
  return () => {
    const states = stores.map(pick);
    if (states.length !== last.length || states.some((s, i) => s !== last[i])) last = states;
    return last;
  };
}

let combined: { stores: Stores; subscribe: (l: () => void) => () => void; client: () => DocumentState<unknown>[]; server: () => DocumentState<unknown>[] } | null = null;

function all() {
  if (!combined) {
    const stores = progressDocuments.map((spec) => storeFor(spec)) as Stores;
    combined = {
      stores,
      subscribe: (listener) => {
        const unsubscribe = stores.map((s) => s.subscribe(listener, true));
        return () => unsubscribe.forEach((u) => u());
      },
      client: stableStates(stores, (s) => s.getSnapshot()),
      server: stableStates(stores, (s) => s.getServerSnapshot()),
    };
  }
  return combined;
}

/** Every registered document of progress at once, for the progress page (export, import, reset). */
export function useProgressDocuments() {
  const { stores, subscribe, client, server } = all();
  const states = useSyncExternalStore(subscribe, client, server);
  return stores.map((store, i) => ({ store, spec: store.spec, state: states[i]! }));
}
