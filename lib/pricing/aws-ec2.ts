import { sourced, type Source, type Sourced } from '../data/sourced';
import type { Architecture } from './aws-lambda';

export { HOURS_PER_MONTH } from './month';

/** EC2 on-demand Linux prices, us-east-1, for the instances the cost explorer offers. */
export const EC2_ON_DEMAND_PAGE: Source = {
  title: 'Amazon EC2 On-Demand Pricing',
  url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
};

const asOf = '2026-11-22';
const HOW_CHECKED =
  'The on-demand page draws its price table by script, so no stored copy shows the figure; it matches several ' +
  'independent 2026 transcriptions of the AWS Price List (EC2 offer file), not read first-hand.';
const BURSTABLE =
  ' Burstable: a baseline of 20% CPU per vCPU; running hotter for long spends CPU credits and, in unlimited mode, ' +
  'adds a surplus-credit charge the model leaves out.';

export interface Ec2Instance {
  vcpus: number;
  memoryGib: number;
  arch: Architecture;
  burstable: boolean;
  hourlyUsd: Sourced<number>;
}

function instance(vcpus: number, memoryGib: number, arch: Architecture, price: number, burstable = false): Ec2Instance {
  const note = burstable ? HOW_CHECKED + BURSTABLE : HOW_CHECKED;
  return { vcpus, memoryGib, arch, burstable, hourlyUsd: sourced(price, 'USD per hour, Linux, on-demand', EC2_ON_DEMAND_PAGE, asOf, note) };
}

/** The instance menu. Arm (Graviton) types end in "g". */
export const ec2Instances = {
  't3.small': instance(2, 2, 'x86', 0.0208, true),
  't3.medium': instance(2, 4, 'x86', 0.0416, true),
  't4g.small': instance(2, 2, 'arm', 0.0168, true),
  't4g.medium': instance(2, 4, 'arm', 0.0336, true),
  'm5.large': instance(2, 8, 'x86', 0.096),
  'm7g.large': instance(2, 8, 'arm', 0.0816),
  'c5.large': instance(2, 4, 'x86', 0.085),
  'c6g.large': instance(2, 4, 'arm', 0.068),
} as const satisfies Record<string, Ec2Instance>;

export type Ec2InstanceType = keyof typeof ec2Instances;

export const EC2_INSTANCE_TYPES = Object.keys(ec2Instances) as Ec2InstanceType[];

export function isEc2InstanceType(name: string): name is Ec2InstanceType {
  return Object.hasOwn(ec2Instances, name);
}
