'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import { defineView } from '@/components/simulator/types';
import { littlesLawScenario } from '@/lib/sim/littles-law/scenario';
import { LittlesLawView } from './LittlesLawView';

const definition = defineView(littlesLawScenario, {
  controls: [
    { legend: 'Traffic', fields: ['rps', 'duration'] },
    { legend: 'Platform', fields: ['limit'] },
  ],
  View: LittlesLawView,
});

/** Loaded lazily by its folder name (components/simulator/loaders.ts), only on pages that show it. */
export default function LittlesLawSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
