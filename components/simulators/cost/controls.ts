import type { ControlGroup } from '@/components/simulator/types';
import type { CostExplorerSchema } from '@/lib/pricing';

export const costControls: ControlGroup<CostExplorerSchema>[] = [
  { legend: 'Workload', fields: ['requests', 'peakRatio', 'duration'] },
  { legend: 'Lambda', fields: ['memory', 'arch', 'front', 'freeTier', 'provisioned', 'coldShare', 'initMs', 'ephemeral'] },
  { legend: 'Always-on', fields: ['instance', 'rpsPerInstance', 'minInstances', 'scaling', 'taskVcpu', 'taskMemory', 'rpsPerTask', 'savings'] },
  { legend: 'Memory tuning', fields: ['cpuShare', 'threads'] },
];
