import {
  costExplorerSchema,
  crossovers,
  explorerRange,
  lambdaMonthlyBill,
  lambdaWorkloadOf,
  memoryTuning,
  monthlyCosts,
  tuningInputOf,
  verdictSentence,
  type AlwaysOnOption,
  type CostExplorerInputs,
  type CostExplorerSchema,
  type Crossover,
  type MemoryTuningResult,
  type MonthlyCosts,
  type TrafficRange,
} from '@/lib/pricing';
import type { ControlGroup } from '@/components/simulator/types';

/** The schema is the model's own (lib/pricing/explorer-inputs.ts): its names are the URL's. */
export const costSchema = costExplorerSchema;
export type CostSchema = CostExplorerSchema;

export const costControls: ControlGroup<CostSchema>[] = [
  { legend: 'Workload', fields: ['requests', 'peakRatio', 'duration'] },
  { legend: 'Lambda', fields: ['memory', 'arch', 'front', 'freeTier', 'provisioned', 'coldShare', 'initMs', 'ephemeral'] },
  { legend: 'Always-on', fields: ['instance', 'rpsPerInstance', 'minInstances', 'scaling', 'taskVcpu', 'taskMemory', 'rpsPerTask', 'savings'] },
  { legend: 'Memory tuning', fields: ['cpuShare', 'threads'] },
];

/** Everything the view draws, computed once per change of the scenario. */
export interface CostResult {
  inputs: CostExplorerInputs;
  costs: MonthlyCosts;
  /** The chart's traffic axis (10,000 to 10 billion a month, widened to include the traffic set). */
  range: TrafficRange;
  crossings: Record<AlwaysOnOption, Crossover>;
  /** The one-sentence verdict against the EC2 fleet, and the same against Fargate. */
  verdict: string;
  fargateVerdict: string;
  /** The same Lambda bill on the other architecture, same duration assumed. */
  otherArchLambda: number;
  tuning: MemoryTuningResult;
}

export function runCost(inputs: CostExplorerInputs): CostResult {
  const range = explorerRange(inputs.requests);
  const otherArch = inputs.arch === 'x86' ? 'arm' : 'x86';
  const costs = monthlyCosts(inputs);
  const crossings = crossovers(inputs, range);
  return {
    inputs,
    costs,
    range,
    crossings,
    verdict: verdictSentence(inputs, 'ec2', costs, crossings.ec2),
    fargateVerdict: verdictSentence(inputs, 'fargate', costs, crossings.fargate),
    otherArchLambda: lambdaMonthlyBill({ ...lambdaWorkloadOf(inputs), arch: otherArch }).total,
    tuning: memoryTuning(tuningInputOf(inputs)),
  };
}

export function summariseCost(_inputs: CostExplorerInputs, result: CostResult): string {
  return result.verdict;
}
