'use client';

import type { Preset, ScenarioSchema } from '@/lib/url-state';
import styles from './Shell.module.css';

interface Props<S extends ScenarioSchema> {
  presets: readonly Preset<S>[];
  activeId?: string;
  onPick: (preset: Preset<S>) => void;
}

/** Scenario buttons. The active one is marked with aria-pressed and a tick, not colour alone. */
export function PresetBar<S extends ScenarioSchema>({ presets, activeId, onPick }: Props<S>) {
  if (presets.length === 0) return null;
  return (
    <div className={styles.presets} role="group" aria-label="Scenarios">
      {presets.map((p) => {
        const active = p.id === activeId;
        return (
          <button key={p.id} type="button" aria-pressed={active} className={styles.presetButton} onClick={() => onPick(p)} title={p.description} data-testid={`preset-${p.id}`}>
            {active ? <span aria-hidden="true">✓ </span> : null}
            {p.label}
          </button>
        );
      })}
    </div>
  );
}
