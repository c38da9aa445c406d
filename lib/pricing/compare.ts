import { ec2FleetBill, fargateServiceBill, type Ec2Fleet, type FargateService, type SizingRule } from './always-on';
import type { CostExplorerInputs } from './explorer-inputs';
import type { FleetBill } from './fleet';
import { lambdaMonthlyBill, type LambdaBill, type LambdaWorkload } from './lambda-cost';
import { sustainedRps } from './month';
import { logSpaced, TRAFFIC_RANGE } from './traffic';

/** The three ways to serve the same traffic the cost explorer compares. */
export type CostOption = 'lambda' | 'ec2' | 'fargate';
export type AlwaysOnOption = Exclude<CostOption, 'lambda'>;

export function lambdaWorkloadOf(inputs: CostExplorerInputs): LambdaWorkload {
  return {
    memoryMb: inputs.memory,
    durationMs: inputs.duration,
    requests: inputs.requests,
    arch: inputs.arch,
    freeTier: inputs.freeTier,
    ephemeralMb: inputs.ephemeral,
    coldSharePercent: inputs.coldShare,
    initMs: inputs.initMs,
    provisionedConcurrency: inputs.provisioned,
    front: inputs.front,
  };
}

function sizingRuleOf(inputs: CostExplorerInputs): SizingRule {
  return {
    requests: inputs.requests,
    peakRatio: inputs.peakRatio,
    scaling: inputs.scaling,
    minUnits: inputs.minInstances,
    savingsPercent: inputs.savings,
  };
}

export function ec2FleetOf(inputs: CostExplorerInputs): Ec2Fleet {
  return { ...sizingRuleOf(inputs), instance: inputs.instance, rpsPerInstance: inputs.rpsPerInstance };
}

/** The Fargate tasks run on the architecture chosen for Lambda, so "Arm" compares Arm with Arm. */
export function fargateServiceOf(inputs: CostExplorerInputs): FargateService {
  return {
    ...sizingRuleOf(inputs),
    taskVcpu: inputs.taskVcpu,
    taskMemoryGb: inputs.taskMemory,
    arch: inputs.arch,
    rpsPerTask: inputs.rpsPerTask,
  };
}

export interface MonthlyCosts {
  lambda: LambdaBill;
  ec2: FleetBill;
  fargate: FleetBill;
}

/** Each option's bill, with its breakdown, for one set of inputs. */
export function monthlyCosts(inputs: CostExplorerInputs): MonthlyCosts {
  return {
    lambda: lambdaMonthlyBill(lambdaWorkloadOf(inputs)),
    ec2: ec2FleetBill(ec2FleetOf(inputs)),
    fargate: fargateServiceBill(fargateServiceOf(inputs)),
  };
}

/**
 * One option's monthly total as a function of traffic, everything else as in `inputs`. The
 * workload or fleet is built once, so a chart or a crossover scan pricing thousands of traffic
 * levels pays only for the bill itself at each.
 */
export function costCurve(inputs: CostExplorerInputs, option: CostOption): (requests: number) => number {
  if (option === 'lambda') {
    const workload = lambdaWorkloadOf(inputs);
    return (requests) => lambdaMonthlyBill({ ...workload, requests }).total;
  }
  if (option === 'ec2') {
    const fleet = ec2FleetOf(inputs);
    return (requests) => ec2FleetBill({ ...fleet, requests }).total;
  }
  const service = fargateServiceOf(inputs);
  return (requests) => fargateServiceBill({ ...service, requests }).total;
}

/** One option's monthly total at a given traffic, everything else as in `inputs`. */
export function monthlyCostAt(inputs: CostExplorerInputs, option: CostOption, requests: number): number {
  return costCurve(inputs, option)(requests);
}

/** Dollars per million requests: a month's cost divided by its traffic. */
export function costPerMillionRequests(monthlyCost: number, requests: number): number {
  return requests > 0 ? (monthlyCost / requests) * 1e6 : 0;
}

export interface CostPoint {
  requests: number;
  sustainedRps: number;
  lambda: number;
  ec2: number;
  fargate: number;
}

/** Monthly cost of each option across traffic, log-spaced, for the chart (~60 points by default). */
export function costSeries(inputs: CostExplorerInputs, points = 60, range = TRAFFIC_RANGE): CostPoint[] {
  const lambda = costCurve(inputs, 'lambda');
  const ec2 = costCurve(inputs, 'ec2');
  const fargate = costCurve(inputs, 'fargate');
  return logSpaced(range.fromRequests, range.toRequests, points).map((requests) => ({
    requests,
    sustainedRps: sustainedRps(requests),
    lambda: lambda(requests),
    ec2: ec2(requests),
    fargate: fargate(requests),
  }));
}
