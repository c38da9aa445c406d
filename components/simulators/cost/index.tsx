'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import { defineView } from '@/components/simulator/types';
import { costScenario } from '@/lib/sim/cost/scenario';
import { costControls } from './controls';
import { CostView } from './CostView';

const definition = defineView(costScenario, { controls: costControls, View: CostView });

/** Loaded lazily by its folder name (components/simulator/loaders.ts), only on pages that show it. */
export default function CostSimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
