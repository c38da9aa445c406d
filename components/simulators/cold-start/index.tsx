'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import { ColdStartView } from './ColdStartView';
import { coldStartSchema, runColdStart, summariseColdStart, type ColdStartRun, type ColdStartSchema } from './definition';
import { runsVersion, subscribe } from './model/runner';
import { coldStartPresets } from './presets';

const definition: SimulatorDefinition<ColdStartSchema, ColdStartRun> = {
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
  subscribe,
  version: runsVersion,
  pending: (run) => run.pending,
  View: ColdStartView,
};

/** Loaded lazily by components/simulator/loaders.ts, only on pages that show it. */
export default function ColdStartSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
