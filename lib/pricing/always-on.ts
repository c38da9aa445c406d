import type { Architecture } from './aws-lambda';
import { ec2Instances, type Ec2InstanceType } from './aws-ec2';
import { fargateTaskHourlyUsd } from './aws-fargate';
import { fleetMonthlyBill, type FleetBill, type ScalingMode } from './fleet';

/** How the always-on options are sized: the same rule for an EC2 fleet and a Fargate service. */
export interface SizingRule {
  requests: number;
  peakRatio: number;
  scaling: ScalingMode;
  minUnits: number;
  savingsPercent: number;
}

export interface Ec2Fleet extends SizingRule {
  instance: Ec2InstanceType;
  rpsPerInstance: number;
}

export interface FargateService extends SizingRule {
  taskVcpu: number;
  taskMemoryGb: number;
  arch: Architecture;
  rpsPerTask: number;
}

/** A month of an EC2 fleet of one instance type, on-demand Linux, less any savings plan. */
export function ec2FleetBill(fleet: Ec2Fleet): FleetBill {
  return fleetMonthlyBill({ ...fleet, hourlyUsd: ec2Instances[fleet.instance].hourlyUsd.value, rpsPerUnit: fleet.rpsPerInstance });
}

/** A month of a Fargate service of identical tasks, less any savings plan. */
export function fargateServiceBill(service: FargateService): FleetBill {
  const hourlyUsd = fargateTaskHourlyUsd(service.taskVcpu, service.taskMemoryGb, service.arch);
  return fleetMonthlyBill({ ...service, hourlyUsd, rpsPerUnit: service.rpsPerTask });
}
