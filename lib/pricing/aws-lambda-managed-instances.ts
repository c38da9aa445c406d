import { sourced } from '../data/sourced';
import { ec2Instances, type Ec2InstanceType } from './aws-ec2';
import { LAMBDA_PRICING_PAGE } from './aws-lambda';
import { HOURS_PER_MONTH } from './month';

/**
 * Lambda Managed Instances' bill: the EC2 instances Lambda runs for you, at EC2 prices, plus a
 * management fee on the on-demand instance price, plus a request charge. There is no GB-second
 * duration charge, and the instances run whether or not requests arrive (at least three
 * execution environments by default, lib/data/compute-models.ts).
 *
 * The lesson and quiz use it only for worked examples; the cost explorer does not offer it.
 */
const asOf = '2026-12-08';
const TRANSCRIBED =
  'The page\'s rate tables are drawn by script; the figure is stated in its Managed Instances section as transcribed verbatim by a third-party harvest of the page (2026-09-20) and by AWS\'s own Managed Instances agent skill.';

export const managedInstancesPricing = {
  managementFeePercent: sourced(
    15,
    'percent on top of the EC2 on-demand price of each instance',
    LAMBDA_PRICING_PAGE,
    asOf,
    `Charged for Lambda provisioning, patching and scaling the instances. Savings Plans and Reserved Instances discount the EC2 part, not the fee. ${TRANSCRIBED}`,
  ),
  requestPricePerMillion: sourced(0.2, 'USD per million requests', LAMBDA_PRICING_PAGE, asOf, `The same request price as Event Functions. ${TRANSCRIBED}`),
} as const;

export interface ManagedInstancesMonth {
  instanceType: Ec2InstanceType;
  instances: number;
  requests: number;
}

/** One month of a Managed Instances capacity provider running `instances` all month. */
export function managedInstancesMonthlyBill({ instanceType, instances, requests }: ManagedInstancesMonth) {
  const ec2 = ec2Instances[instanceType].hourlyUsd.value * HOURS_PER_MONTH * instances;
  const managementFee = ec2 * (managedInstancesPricing.managementFeePercent.value / 100);
  const requestCharge = (requests / 1e6) * managedInstancesPricing.requestPricePerMillion.value;
  return { ec2, managementFee, requestCharge, total: ec2 + managementFee + requestCharge };
}
