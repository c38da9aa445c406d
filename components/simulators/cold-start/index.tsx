'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import type { ColdStartSchema } from '@/lib/sim/cold-start';
import { coldStartScenario } from '@/lib/sim/cold-start/scenario';
import { ColdStartView } from './ColdStartView';
import { runColdStart, runsVersion, subscribe, type ColdStartRun } from './model/runner';

const { id, title, schema, presets } = coldStartScenario;

/** The scenario's model runs in a Web Worker (model/runner.ts); the shell shows the newest result meanwhile. */
const definition: SimulatorDefinition<ColdStartSchema, ColdStartRun> = {
  id,
  title,
  schema,
  presets,
  controls: [
    { legend: 'Function', fields: ['runtime', 'memory', 'pkg', 'vpc'] },
    { legend: 'Traffic', fields: ['pattern', 'rps', 'window', 'seed'] },
    { legend: 'Handler', fields: ['duration', 'spread'] },
    { legend: 'Keeping environments warm', fields: ['provisioned', 'keepalive', 'ping'] },
  ],
  run: runColdStart,
  summarise: (state, run) => (run.result ? coldStartScenario.summarise(state, run.result) : 'Working out this scenario…'),
  subscribe,
  version: runsVersion,
  pending: (run) => run.pending,
  View: ColdStartView,
};

/** Loaded lazily by its folder name (components/simulator/loaders.ts), only on pages that show it. */
export default function ColdStartSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
