'use client';

import { useDeferredValue, useMemo, useRef, useSyncExternalStore } from 'react';
import { matchingPreset, presetState, type ScenarioSchema, type ScenarioState } from '@/lib/url-state';
import { ControlsPanel } from './controls/ControlsPanel';
import { CopyLinkButton } from './CopyLinkButton';
import { LiveSummary } from './LiveSummary';
import { PresetBar } from './PresetBar';
import { ScenarioNotices } from './ScenarioNotices';
import { SimulatorErrorBoundary } from './SimulatorErrorBoundary';
import type { SimulatorDefinition } from './types';
import { usePresenterMode } from './usePresenterMode';
import { useScenario } from './useScenario';
import styles from './Shell.module.css';

export interface ShellProps {
  /** Preset to start from when the URL does not name a scenario. */
  presetId?: string;
  syncUrl?: boolean;
  /** The element id the share link scrolls to. */
  anchorId: string;
}

/** Runs the pure model and draws it; inside the error boundary so a throw is contained. */
const noNews = () => () => {};
const noVersion = () => 0;

function Result<S extends ScenarioSchema, R>({ definition, state, presenting, stale }: { definition: SimulatorDefinition<S, R>; state: ScenarioState<S>; presenting: boolean; stale: boolean }) {
  const version = useSyncExternalStore(definition.subscribe ?? noNews, definition.version ?? noVersion, noVersion);
  // `version` is a dependency on purpose: news from an asynchronous model means `run` has more to give.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const result = useMemo(() => definition.run(state), [definition, state, version]);
  const { View } = definition;
  const busy = stale || (definition.pending?.(result) ?? false);
  return (
    <div className={styles.result} aria-busy={busy} data-stale={busy || undefined}>
      <LiveSummary text={definition.summarise(state, result)} />
      <View state={state} result={result} presenting={presenting} />
    </div>
  );
}

/**
 * The frame every simulator lives in: scenario buttons, labelled controls, Reset, Copy link,
 * presenter mode, a one-sentence live summary and an error boundary. The scenario is kept in
 * the URL query so a copied link reopens it.
 */
export function SimulatorShell<S extends ScenarioSchema, R>({ definition, presetId, syncUrl = true, anchorId }: ShellProps & { definition: SimulatorDefinition<S, R> }) {
  const { schema, presets } = definition;
  const scenario = useScenario({ schema, presets, initialPresetId: presetId, syncUrl });
  const rootRef = useRef<HTMLDivElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const { presenting, enter, leave } = usePresenterMode(rootRef, presentButton);
  // The controls follow the learner at once; the model and its charts follow when React has time.
  // A slow run (a day of traffic) then never makes a slider or a typed value lag behind the hand.
  const shownState = useDeferredValue(scenario.state);
  const active = matchingPreset(schema, presets, scenario.state);
  // Reset returns to where this reader started: the preset their link named, else the page's own.
  const startPreset = presets.find((p) => p.id === scenario.startPresetId);

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={`${styles.shell} ${presenting ? styles.presenting : ''}`}
      data-testid="simulator-shell"
      data-presenting={presenting || undefined}
      aria-label={presenting ? `${definition.title}, presenter mode` : undefined}
      role={presenting ? 'region' : undefined}
    >
      {presenting ? <p className={styles.presenterTitle}>{definition.title}</p> : null}
      <div className={styles.toolbar}>
        <PresetBar presets={presets} activeId={active?.id} onPick={(p) => scenario.replace(presetState(schema, p))} />
        <div className={styles.tools}>
          <button type="button" className={styles.toolButton} onClick={() => scenario.replace(presetState(schema, startPreset))} data-testid="reset">
            Reset
          </button>
          <CopyLinkButton makeUrl={() => scenario.shareUrl(anchorId)} />
          {presenting ? (
            <button type="button" className={styles.toolButton} onClick={leave} data-testid="presenter-exit">
              Leave presenter mode <kbd>Esc</kbd>
            </button>
          ) : (
            <button type="button" ref={presentButton} className={styles.toolButton} onClick={enter} data-testid="presenter-enter">
              Presenter mode
            </button>
          )}
        </div>
      </div>
      {active ? <p className={styles.presetDescription}>{active.description}</p> : null}
      <ScenarioNotices notices={scenario.notices} />
      <div className={styles.body}>
        <ControlsPanel schema={schema} groups={definition.controls} state={scenario.state} onChange={scenario.update} />
        <div className={styles.output}>
          <SimulatorErrorBoundary title={definition.title} onReset={() => scenario.replace(presetState(schema, startPreset))}>
            <Result definition={definition} state={shownState} presenting={presenting} stale={shownState !== scenario.state} />
          </SimulatorErrorBoundary>
        </div>
      </div>
    </div>
  );
}
