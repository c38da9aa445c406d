'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import type { ConcurrencyResult } from '@/lib/sim/concurrency';
import { ConcurrencyView } from './ConcurrencyView';
import { concurrencyControls, concurrencyPresets, concurrencySchema, runConcurrency, summariseConcurrencyScenario, type ConcurrencySchema } from './definition';

const definition: SimulatorDefinition<ConcurrencySchema, ConcurrencyResult> = {
  id: 'concurrency',
  title: 'Concurrency and scaling',
  schema: concurrencySchema,
  presets: concurrencyPresets,
  controls: concurrencyControls,
  run: runConcurrency,
  summarise: summariseConcurrencyScenario,
  View: ConcurrencyView,
};

/** Loaded lazily by components/simulator/loaders.ts, only on pages that show it. */
export default function ConcurrencySimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
