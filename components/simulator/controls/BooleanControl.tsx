'use client';

import { useId } from 'react';
import type { BooleanField } from '@/lib/url-state';
import styles from '../Shell.module.css';

export function BooleanControl({ name, field, value, onChange }: { name: string; field: BooleanField; value: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className={`${styles.control} ${styles.checkboxControl}`} data-control={name}>
      <input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} data-testid={`input-${name}`} aria-describedby={field.help ? `${id}-help` : undefined} />
      <label htmlFor={id} className={styles.controlLabel}>
        {field.label}
      </label>
      {field.help ? (
        <p id={`${id}-help`} className={styles.help}>
          {field.help}
        </p>
      ) : null}
    </div>
  );
}
