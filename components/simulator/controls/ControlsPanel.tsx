'use client';

import type { ScenarioSchema, ScenarioState } from '@/lib/url-state';
import type { ControlGroup } from '../types';
import { BooleanControl } from './BooleanControl';
import { EnumControl } from './EnumControl';
import { FoldedGroup } from './FoldedGroup';
import { NumberControl } from './NumberControl';
import styles from '../Shell.module.css';

interface Props<S extends ScenarioSchema> {
  schema: S;
  groups: readonly ControlGroup<S>[];
  state: ScenarioState<S>;
  onChange: (name: keyof S & string, value: ScenarioState<S>[keyof S]) => void;
}

/** Draws one labelled control per schema field, grouped under fieldset legends. */
export function ControlsPanel<S extends ScenarioSchema>({ schema, groups, state, onChange }: Props<S>) {
  const values = state as Record<string, unknown>;
  const set = (name: keyof S & string) => (v: unknown) => onChange(name, v as ScenarioState<S>[keyof S]);
  return (
    <div className={styles.controls}>
      {groups.map((group) => {
        const fields = group.fields.map((name) => {
          const field = schema[name]!;
          if (field.kind === 'number') return <NumberControl key={name} name={name} field={field} value={values[name] as number} onChange={set(name)} />;
          if (field.kind === 'enum') return <EnumControl key={name} name={name} field={field} value={values[name] as string} onChange={set(name)} />;
          return <BooleanControl key={name} name={name} field={field} value={values[name] as boolean} onChange={set(name)} />;
        });
        if (!group.collapsed) {
          return (
            <fieldset key={group.legend} className={styles.group}>
              <legend>{group.legend}</legend>
              {fields}
            </fieldset>
          );
        }
        const changed = group.fields.some((name) => values[name] !== schema[name]!.default);
        return (
          <FoldedGroup key={group.legend} legend={group.legend} changed={changed}>
            {fields}
          </FoldedGroup>
        );
      })}
    </div>
  );
}
