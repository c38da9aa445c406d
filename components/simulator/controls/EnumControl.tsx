'use client';

import { useId } from 'react';
import type { EnumField } from '@/lib/url-state';
import styles from '../Shell.module.css';

export function EnumControl({ name, field, value, onChange }: { name: string; field: EnumField; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className={styles.control} data-control={name}>
      <label htmlFor={id} className={styles.controlLabel}>
        {field.label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={`input-${name}`} aria-describedby={field.help ? `${id}-help` : undefined}>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {field.help ? (
        <p id={`${id}-help`} className={styles.help}>
          {field.help}
        </p>
      ) : null}
    </div>
  );
}
