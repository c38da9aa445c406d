'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import { costControls, costSchema, runCost, summariseCost, type CostResult, type CostSchema } from './definition';
import { costExplorerPresets } from './presets';
import { CostView } from './CostView';

const definition: SimulatorDefinition<CostSchema, CostResult> = {
  id: 'cost',
  title: 'Cost explorer',
  schema: costSchema,
  presets: costExplorerPresets,
  controls: costControls,
  run: runCost,
  summarise: summariseCost,
  View: CostView,
};

/** Loaded lazily by components/simulator/loaders.ts, only on pages that show it. */
export default function CostSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
