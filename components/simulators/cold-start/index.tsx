'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { ColdStartView } from './ColdStartView';
import { coldStartSchema, runColdStart, summariseColdStart, type ColdStartSchema } from './definition';
import { coldStartPresets } from './presets';

const definition: SimulatorDefinition<ColdStartSchema, ColdStartResult> = {
  id: 'cold-start',
  title: 'Cold starts',
  schema: coldStartSchema,
  presets: coldStartPresets,
  controls: [
    { legend: 'Function', fields: ['runtime', 'memory', 'pkg', 'vpc'] },
    { legend: 'Traffic', fields: ['pattern', 'rps', 'window', 'seed'] },
    { legend: 'Handler', fields: ['duration', 'spread'] },
    { legend: 'Keeping environments warm', fields: ['provisioned', 'keepalive', 'ping'] },
  ],
  run: runColdStart,
  summarise: summariseColdStart,
  View: ColdStartView,
};

/** Loaded lazily by components/simulator/loaders.ts, only on pages that show it. */
export default function ColdStartSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
