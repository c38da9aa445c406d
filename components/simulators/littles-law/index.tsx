'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import type { SimulatorDefinition } from '@/components/simulator/types';
import type { LittlesLawResult } from '@/lib/sim/littles-law';
import { littlesLawPresets, littlesLawSchema, runLittlesLaw, summariseLittlesLaw, type LittlesLawSchema } from './definition';
import { LittlesLawView } from './LittlesLawView';

const definition: SimulatorDefinition<LittlesLawSchema, LittlesLawResult> = {
  id: 'littles-law',
  title: "Little's law",
  schema: littlesLawSchema,
  presets: littlesLawPresets,
  controls: [
    { legend: 'Traffic', fields: ['rps', 'duration'] },
    { legend: 'Platform', fields: ['limit'] },
  ],
  run: runLittlesLaw,
  summarise: summariseLittlesLaw,
  View: LittlesLawView,
};

/** Loaded lazily by components/simulator/loaders.ts, only on pages that show it. */
export default function LittlesLawSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
