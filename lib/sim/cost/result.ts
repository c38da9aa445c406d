import {
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
  type Crossover,
  type MemoryTuningResult,
  type MonthlyCosts,
  type TrafficRange,
} from '../../pricing';

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

/** The cost explorer's model: the three bills, the crossovers, the verdicts and the memory-tuning curve. */
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
