'use client';

import { formatNumber } from '@/lib/format';
import { useId, useState } from 'react';
import { type NumberField } from '@/lib/url-state';
import { fromSliderMove, snap, SLIDER_STEPS, toSlider } from '@/lib/url-state/slider-scale';
import styles from '../Shell.module.css';

interface Props {
  name: string;
  field: NumberField;
  value: number;
  onChange: (value: number) => void;
}

/**
 * A labelled slider with a number field beside it: the slider for exploring, the field for an
 * exact value. Both are native inputs, so arrow keys, Page Up/Down, Home and End work.
 */
export function NumberControl({ name, field, value, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const unit = field.unit ? ` ${field.unit}` : '';
  const isLog = field.scale === 'log';

  const commit = (text: string) => {
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n)) onChange(snap(field, n));
    setDraft(null);
  };

  return (
    <div className={styles.control} data-control={name}>
      <label htmlFor={`${id}-number`} id={`${id}-label`} className={styles.controlLabel}>
        {field.label}
        {field.unit ? <span className={styles.unit}> ({field.unit})</span> : null}
      </label>
      <div className={styles.numberRow}>
        <input
          type="range"
          aria-labelledby={`${id}-label`}
          aria-valuetext={`${formatNumber(value)}${unit}`}
          min={isLog ? 0 : field.min}
          max={isLog ? SLIDER_STEPS : field.max}
          step={isLog ? 1 : field.step}
          value={toSlider(field, value)}
          onChange={(e) => onChange(isLog ? fromSliderMove(field, value, Number(e.target.value)) : snap(field, Number(e.target.value)))}
          data-testid={`range-${name}`}
        />
        <input
          id={`${id}-number`}
          type="number"
          inputMode="decimal"
          min={field.min}
          max={field.max}
          step={field.step}
          value={draft ?? String(value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
          aria-describedby={field.help ? `${id}-help` : undefined}
          data-testid={`input-${name}`}
        />
      </div>
      {field.help ? (
        <p id={`${id}-help`} className={styles.help}>
          {field.help}
        </p>
      ) : null}
    </div>
  );
}
