'use client';

import { useCallback, useEffect, useState } from 'react';
import {
  hasScenarioParams,
  readScenarioLink,
  shortestQuery,
  type Preset,
  type ScenarioNotice,
  type ScenarioSchema,
  type ScenarioState,
} from '@/lib/url-state';

interface Options<S extends ScenarioSchema> {
  schema: S;
  presets: readonly Preset<S>[];
  initialPresetId?: string;
  /** Whether this simulator reads and writes the page's query string (one per page may). */
  syncUrl: boolean;
}

function initialScenario<S extends ScenarioSchema>({ schema, presets, initialPresetId, syncUrl }: Options<S>) {
  const query = syncUrl && typeof window !== 'undefined' ? window.location.search : '';
  return readScenarioLink(schema, presets, query, initialPresetId);
}

/**
 * The scenario's whole state, kept in the page URL's query so that a copied link reopens it.
 * The shell is only ever rendered in the browser (it is loaded lazily), so reading `window`
 * during the first render is safe.
 */
export function useScenario<S extends ScenarioSchema>(options: Options<S>) {
  const { schema, presets, syncUrl } = options;
  const [initial] = useState(() => initialScenario(options));
  const [state, setState] = useState<ScenarioState<S>>(initial.state);
  const [notices, setNotices] = useState<ScenarioNotice[]>(initial.notices);

  // The URL changes only once the scenario is the reader's own: a link that named one, or a change
  // made here. Simply reading past a simulator leaves the page's address clean.
  const [touched, setTouched] = useState(() => syncUrl && typeof window !== 'undefined' && hasScenarioParams(schema, window.location.search));

  useEffect(() => {
    if (!syncUrl || !touched) return;
    const query = shortestQuery(schema, presets, state);
    const url = `${window.location.pathname}?${query}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [schema, presets, state, syncUrl, touched]);

  const update = useCallback((name: keyof S & string, value: ScenarioState<S>[keyof S]) => {
    setTouched(true);
    setState((s) => ({ ...s, [name]: value }));
    setNotices((ns) => ns.filter((n) => n.param !== name));
  }, []);

  const replace = useCallback((next: ScenarioState<S>) => {
    setTouched(true);
    setState(next);
    setNotices([]);
  }, []);

  /** The shortest link that reopens this state: a preset and what differs from it. */
  const shareUrl = useCallback(
    (anchor: string) => `${window.location.origin}${window.location.pathname}?${shortestQuery(schema, presets, state)}#${anchor}`,
    [schema, presets, state],
  );

  return { state, notices, update, replace, shareUrl, startPresetId: initial.presetId };
}
