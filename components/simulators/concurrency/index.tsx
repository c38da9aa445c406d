'use client';

import { SimulatorShell, type ShellProps } from '@/components/simulator/SimulatorShell';
import { defineView } from '@/components/simulator/types';
import { concurrencyScenario } from '@/lib/sim/concurrency/scenario';
import { concurrencyControls } from './controls';
import { ConcurrencyView } from './ConcurrencyView';

const definition = defineView(concurrencyScenario, { controls: concurrencyControls, View: ConcurrencyView });

/** Loaded lazily by its folder name (components/simulator/loaders.ts), only on pages that show it. */
export default function ConcurrencySimulator(props: ShellProps) {
  return <SimulatorShell definition={definition} {...props} />;
}
